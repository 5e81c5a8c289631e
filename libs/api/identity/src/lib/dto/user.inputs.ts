import { Field, ID, InputType } from '@nestjs/graphql';
import {
  isIanaTimeZone,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Role,
} from '@vigil/shared/domain';
import {
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIanaTimeZone(value),
        defaultMessage: () => 'must be an IANA time zone such as Europe/Berlin',
      },
    },
    options,
  );
}

const PASSWORD_MESSAGE = `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;

@InputType()
export class UpdateMyProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  currentPassword!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: PASSWORD_MESSAGE })
  newPassword!: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  organizationId!: string;

  @Field()
  @MaxLength(254, { message: 'must be at most 254 characters' })
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: `must be one of ${Object.values(Role).join(', ')}` })
  role!: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'is not an invitation token' })
  token!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: PASSWORD_MESSAGE })
  password!: string;

  @Field({ nullable: true, description: 'IANA time zone; defaults to the organisation’s.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: `must be one of ${Object.values(Role).join(', ')}` })
  role!: Role;
}

@InputType()
export class UsersFilter {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  organizationId!: string;

  @Field({ nullable: true, description: 'Matches name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string;
}
