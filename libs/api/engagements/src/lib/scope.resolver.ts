import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, SignedIn, UuidPipe } from '@vigil/api/core';
import { PROVIDER_ROLES } from '@vigil/shared/domain';
import {
  AddScopeAccountInput,
  AddScopeAssetInput,
  AddScopeDataInput,
  ScopeAccountType,
  ScopeAssetType,
  ScopeDataType,
  UpdateScopeAccountInput,
  UpdateScopeAssetInput,
  UpdateScopeDataInput,
} from './dto/scope.types';
import { ScopeService } from './scope.service';

/**
 * The engagement's scope: affected assets, accounts and data. Provider staff keep it; client
 * users read none of it (empty lists).
 */
@Resolver()
export class ScopeResolver {
  constructor(private readonly service: ScopeService) {}

  @SignedIn()
  @Query(() => [ScopeAssetType], {
    description: 'Affected assets (provider staff; empty for client users).',
  })
  async scopeAssets(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<ScopeAssetType[]> {
    return (await this.service.assets(engagementId)).map((a) => ScopeAssetType.from(a));
  }

  @SignedIn()
  @Query(() => [ScopeAccountType], {
    description: 'Affected accounts (provider staff; empty for client users).',
  })
  async scopeAccounts(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<ScopeAccountType[]> {
    return (await this.service.accounts(engagementId)).map((a) => ScopeAccountType.from(a));
  }

  @SignedIn()
  @Query(() => [ScopeDataType], {
    description: 'Affected data by category (provider staff; empty for client users).',
  })
  async scopeData(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<ScopeDataType[]> {
    return (await this.service.data(engagementId)).map((d) => ScopeDataType.from(d));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ScopeAssetType, { description: 'Records an affected asset: a host name or IP.' })
  async addScopeAsset(@Args('input') input: AddScopeAssetInput): Promise<ScopeAssetType> {
    return ScopeAssetType.from(await this.service.addAsset(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ScopeAssetType)
  async updateScopeAsset(@Args('input') input: UpdateScopeAssetInput): Promise<ScopeAssetType> {
    return ScopeAssetType.from(await this.service.updateAsset(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => Boolean, {
    description: 'Removes an affected asset, and its links from timeline events.',
  })
  removeScopeAsset(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.service.removeAsset(id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ScopeAccountType)
  async addScopeAccount(@Args('input') input: AddScopeAccountInput): Promise<ScopeAccountType> {
    return ScopeAccountType.from(await this.service.addAccount(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ScopeAccountType)
  async updateScopeAccount(
    @Args('input') input: UpdateScopeAccountInput,
  ): Promise<ScopeAccountType> {
    return ScopeAccountType.from(await this.service.updateAccount(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => Boolean)
  removeScopeAccount(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.service.removeAccount(id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ScopeDataType, {
    description: 'Records affected data of a category; one entry per category.',
  })
  async addScopeData(@Args('input') input: AddScopeDataInput): Promise<ScopeDataType> {
    return ScopeDataType.from(await this.service.addData(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ScopeDataType)
  async updateScopeData(@Args('input') input: UpdateScopeDataInput): Promise<ScopeDataType> {
    return ScopeDataType.from(await this.service.updateData(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => Boolean)
  removeScopeData(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.service.removeData(id);
  }
}
