import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, SignedIn, toConnection, UuidPipe } from '@vigil/api/core';
import { Role } from '@vigil/shared/domain';
import {
  ChangePasswordInput,
  ChangeUserRoleInput,
  UpdateMyProfileInput,
  UsersFilter,
} from '../dto/user.inputs';
import { UserType } from '../dto/user.types';
import { UsersService } from './users.service';

export const UserConnection = Connection(UserType, 'User');
export type UserConnection = InstanceType<typeof UserConnection>;

@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @SignedIn()
  @Query(() => UserType, { description: 'The signed-in person.' })
  async me(): Promise<UserType> {
    return UserType.from(await this.service.me());
  }

  @SignedIn()
  @Query(() => UserType)
  async user(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<UserType> {
    return UserType.from(await this.service.get(id));
  }

  @SignedIn()
  @Query(() => UserConnection, { description: 'People of one organisation, by name.' })
  async users(
    @Args('filter') filter: UsersFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<UserConnection> {
    const page = await this.service.list(filter.organizationId, filter.search, first, after);
    return toConnection(page, (u) => ({ sort: u.name, id: u.id }), UserType.from);
  }

  @SignedIn()
  @Mutation(() => UserType)
  async updateMyProfile(@Args('input') input: UpdateMyProfileInput): Promise<UserType> {
    return UserType.from(await this.service.updateMyProfile(input));
  }

  @SignedIn()
  @Mutation(() => UserType, {
    description: 'Changes your password and signs out your other sessions.',
  })
  async changeMyPassword(@Args('input') input: ChangePasswordInput): Promise<UserType> {
    return UserType.from(
      await this.service.changePassword(input.currentPassword, input.newPassword),
    );
  }

  @Allow(Role.PROVIDER_ADMIN, Role.CLIENT_ADMIN)
  @Mutation(() => UserType)
  async changeUserRole(@Args('input') input: ChangeUserRoleInput): Promise<UserType> {
    return UserType.from(await this.service.changeRole(input.userId, input.role));
  }

  @Allow(Role.PROVIDER_ADMIN, Role.CLIENT_ADMIN)
  @Mutation(() => UserType, {
    description: 'Blocks sign-in and ends every session of that person.',
  })
  async deactivateUser(
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
  ): Promise<UserType> {
    return UserType.from(await this.service.deactivate(userId));
  }
}
