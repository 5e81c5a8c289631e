import { applyDecorators } from '@nestjs/common';
import { ExpectedVersionInput, IdInput, TextInput } from '@vigil/api/core';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ScopeAccountEntity, ScopeAssetEntity, ScopeDataEntity } from '@vigil/api/database';
import { AccountKind, AssetKind, CompromiseStatus, DataCategory } from '@vigil/shared/domain';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

registerEnumType(AssetKind, { name: 'AssetKind' });
registerEnumType(AccountKind, { name: 'AccountKind' });
registerEnumType(CompromiseStatus, { name: 'CompromiseStatus' });
registerEnumType(DataCategory, {
  name: 'DataCategory',
  description: 'The regulatory clocks read personal, health and payment card data.',
});

/** Most records one category may be estimated at: more than any breach on record. */
export const MAX_ESTIMATED_RECORDS = 2_000_000_000;

/** Whole records, 0 or more; absent, or null on an update, means not known. */
function EstimatedRecordsInput(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    IsInt({ message: 'must be a whole number of records' }),
    Min(0, { message: 'must be 0 or more' }),
    Max(MAX_ESTIMATED_RECORDS, { message: 'must be at most 2,000,000,000' }),
  );
}

@ObjectType('ScopeAsset', { description: 'An affected machine or resource.' })
export class ScopeAssetType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field({ description: 'Empty when only the IP address is known.' }) hostname!: string;
  @Field(() => String, { nullable: true, description: 'Normalised IPv4 or IPv6.' })
  ipAddress!: string | null;
  @Field(() => AssetKind) kind!: AssetKind;
  @Field({ description: 'Who runs it on the client’s side.' }) owner!: string;
  @Field(() => CompromiseStatus) compromiseStatus!: CompromiseStatus;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(a: ScopeAssetEntity): ScopeAssetType {
    return Object.assign(new ScopeAssetType(), {
      id: a.id,
      engagementId: a.engagementId,
      hostname: a.hostname,
      ipAddress: a.ipAddress,
      kind: a.kind,
      owner: a.owner,
      compromiseStatus: a.compromiseStatus,
      version: a.version,
      updatedAt: a.updatedAt,
    });
  }
}

@InputType()
export class AddScopeAssetInput {
  @IdInput() engagementId!: string;
  @TextInput({
    optional: true,
    max: 253,
    description: 'FS01, or a DNS name such as fs01.corp.example.com; this or ipAddress.',
  })
  hostname?: string;
  @TextInput({ optional: true, max: 64, description: 'IPv4 or IPv6; this or hostname.' })
  ipAddress?: string;
  @Field(() => AssetKind) @IsEnum(AssetKind) kind!: AssetKind;
  @TextInput({ optional: true, max: 200 }) owner?: string;
  @Field(() => CompromiseStatus, { nullable: true, description: 'Default SUSPECTED.' })
  @IsOptional()
  @IsEnum(CompromiseStatus)
  compromiseStatus?: CompromiseStatus;
}

@InputType()
export class UpdateScopeAssetInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @TextInput({ optional: true, max: 253, description: '"" clears it (an IP address must stay).' })
  hostname?: string;
  @TextInput({ optional: true, max: 64, description: '"" clears it (a hostname must stay).' })
  ipAddress?: string;
  @Field(() => AssetKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssetKind)
  kind?: AssetKind;
  @TextInput({ optional: true, max: 200 }) owner?: string;
  @Field(() => CompromiseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CompromiseStatus)
  compromiseStatus?: CompromiseStatus;
}

@ObjectType('ScopeAccount', { description: 'An affected account.' })
export class ScopeAccountType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field() username!: string;
  @Field({ description: 'The directory or system it belongs to (Entra ID, AD, AWS…).' })
  system!: string;
  @Field(() => AccountKind) kind!: AccountKind;
  @Field(() => CompromiseStatus) compromiseStatus!: CompromiseStatus;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(a: ScopeAccountEntity): ScopeAccountType {
    return Object.assign(new ScopeAccountType(), {
      id: a.id,
      engagementId: a.engagementId,
      username: a.username,
      system: a.system,
      kind: a.kind,
      compromiseStatus: a.compromiseStatus,
      version: a.version,
      updatedAt: a.updatedAt,
    });
  }
}

@InputType()
export class AddScopeAccountInput {
  @IdInput() engagementId!: string;
  @TextInput({ min: 1, max: 200 }) username!: string;
  @TextInput({ optional: true, max: 200 }) system?: string;
  @Field(() => AccountKind) @IsEnum(AccountKind) kind!: AccountKind;
  @Field(() => CompromiseStatus, { nullable: true, description: 'Default SUSPECTED.' })
  @IsOptional()
  @IsEnum(CompromiseStatus)
  compromiseStatus?: CompromiseStatus;
}

@InputType()
export class UpdateScopeAccountInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @TextInput({ optional: true, min: 1, max: 200 }) username?: string;
  @TextInput({ optional: true, max: 200 }) system?: string;
  @Field(() => AccountKind, { nullable: true })
  @IsOptional()
  @IsEnum(AccountKind)
  kind?: AccountKind;
  @Field(() => CompromiseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CompromiseStatus)
  compromiseStatus?: CompromiseStatus;
}

@ObjectType('ScopeData', {
  description: 'Affected data of one category (one row per category), with an estimate.',
})
export class ScopeDataType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field(() => DataCategory) category!: DataCategory;
  @Field(() => Int, { nullable: true, description: 'Null: not known yet.' })
  estimatedRecords!: number | null;
  @Field() description!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(d: ScopeDataEntity): ScopeDataType {
    return Object.assign(new ScopeDataType(), {
      id: d.id,
      engagementId: d.engagementId,
      category: d.category,
      estimatedRecords: d.estimatedRecords,
      description: d.description,
      version: d.version,
      updatedAt: d.updatedAt,
    });
  }
}

@InputType()
export class AddScopeDataInput {
  @IdInput() engagementId!: string;
  @Field(() => DataCategory) @IsEnum(DataCategory) category!: DataCategory;
  @EstimatedRecordsInput('Whole records, 0 to 2,000,000,000; leave out when not known.')
  estimatedRecords?: number;
  @TextInput({ optional: true, max: 5000 }) description?: string;
}

@InputType()
export class UpdateScopeDataInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @Field(() => DataCategory, { nullable: true })
  @IsOptional()
  @IsEnum(DataCategory)
  category?: DataCategory;
  @EstimatedRecordsInput('Whole records, 0 to 2,000,000,000; null: not known.')
  estimatedRecords?: number | null;
  @TextInput({ optional: true, max: 5000 }) description?: string;
}
