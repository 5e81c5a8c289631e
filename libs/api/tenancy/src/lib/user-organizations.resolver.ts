import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@vigil/api/core';
import { UserType } from '@vigil/api/identity';
import { OrganizationType } from './dto/organization.types';
import { OrganizationsService } from './organizations.service';

@Resolver(() => UserType)
export class UserOrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @SignedIn()
  @ResolveField(() => OrganizationType, { description: 'The organisation this person belongs to.' })
  async organization(@Parent() user: UserType): Promise<OrganizationType> {
    const org = await this.organizations.get(user.organizationId);
    const counts = await this.organizations.countUsers([org.id]);
    return OrganizationType.from(org, counts.get(org.id) ?? 0);
  }

  @SignedIn()
  @ResolveField(() => [OrganizationType], {
    description: 'Client organisations a provider user is assigned to (that you may see).',
  })
  async assignedOrganizations(@Parent() user: UserType): Promise<OrganizationType[]> {
    const orgs = await this.organizations.assignedTo(user.id);
    const counts = await this.organizations.countUsers(orgs.map((o) => o.id));
    return orgs.map((o) => OrganizationType.from(o, counts.get(o.id) ?? 0));
  }
}
