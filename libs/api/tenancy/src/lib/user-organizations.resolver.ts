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
    return OrganizationType.from(await this.organizations.get(user.organizationId));
  }

  @SignedIn()
  @ResolveField(() => [OrganizationType], {
    description: 'Client organisations a provider user is assigned to (that you may see).',
  })
  async assignedOrganizations(@Parent() user: UserType): Promise<OrganizationType[]> {
    return (await this.organizations.assignedTo(user.id)).map((o) => OrganizationType.from(o));
  }
}
