import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrganizationEntity } from '@vigil/api/database';
import { Allow, Connection, SignedIn, toConnection, UuidPipe } from '@vigil/api/core';
import { Role } from '@vigil/shared/domain';
import {
  CreateClientOrganizationInput,
  OrganizationsFilter,
  OrganizationType,
  UpdateClientOrganizationInput,
} from './dto/organization.types';
import { OrganizationsService } from './organizations.service';

export const OrganizationConnection = Connection(OrganizationType, 'Organization');
export type OrganizationConnection = InstanceType<typeof OrganizationConnection>;

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @SignedIn()
  @Query(() => OrganizationConnection, {
    description: 'Client organisations you may see, by name.',
  })
  async organizations(
    @Args('filter', { nullable: true }) filter?: OrganizationsFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<OrganizationConnection> {
    const page = await this.service.list(filter ?? {}, first, after);
    return toConnection(
      page,
      (r) => ({ sort: r.name, id: r.id }),
      (r) => OrganizationType.fromRow(r),
    );
  }

  @SignedIn()
  @Query(() => OrganizationType)
  async organization(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<OrganizationType> {
    return this.present(await this.service.get(id));
  }

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => OrganizationType)
  async createClientOrganization(
    @Args('input') input: CreateClientOrganizationInput,
  ): Promise<OrganizationType> {
    return this.present(await this.service.create(input));
  }

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => OrganizationType)
  async updateClientOrganization(
    @Args('input') input: UpdateClientOrganizationInput,
  ): Promise<OrganizationType> {
    return this.present(await this.service.update(input));
  }

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => OrganizationType, {
    description: 'Keeps all records; its people can no longer sign in.',
  })
  async offboardClientOrganization(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<OrganizationType> {
    return this.present(await this.service.offboard(id, reason?.slice(0, 500)));
  }

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => OrganizationType, {
    description:
      'Lets an account manager or consultant see a client organisation; onCall marks a consultant as on call for it (told at once when the client declares an incident).',
  })
  async assignUserToOrganization(
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
    @Args('organizationId', { type: () => ID }, UuidPipe) organizationId: string,
    @Args('onCall', { nullable: true }) onCall?: boolean,
  ): Promise<OrganizationType> {
    return this.present(await this.service.assign(userId, organizationId, onCall));
  }

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => OrganizationType)
  async unassignUserFromOrganization(
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
    @Args('organizationId', { type: () => ID }, UuidPipe) organizationId: string,
  ): Promise<OrganizationType> {
    return this.present(await this.service.unassign(userId, organizationId));
  }

  private async present(org: OrganizationEntity): Promise<OrganizationType> {
    const counts = await this.service.countUsers([org.id]);
    return OrganizationType.from(org, counts.get(org.id) ?? 0);
  }
}
