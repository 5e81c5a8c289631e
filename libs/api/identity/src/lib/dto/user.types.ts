import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserEntity, UserStatus } from '@vigil/api/database';
import { Role } from '@vigil/shared/domain';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do; held in exactly one organisation.',
});
registerEnumType(UserStatus, { name: 'UserStatus' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => UserStatus)
  status!: UserStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  static from(e: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: e.id,
      organizationId: e.organizationId,
      email: e.email,
      name: e.name,
      timeZone: e.timeZone,
      role: e.role,
      status: e.status,
      lastLoginAt: e.lastLoginAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token for the Authorization header.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single-use token for refreshToken; each use returns a new one.' })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
