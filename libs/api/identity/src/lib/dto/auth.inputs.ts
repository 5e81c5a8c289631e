import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@vigil/shared/domain';
import { IsEmail, IsNotEmpty, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(254, { message: 'must be at most 254 characters' })
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}

@InputType()
export class RefreshInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'is not a refresh token' })
  refreshToken!: string;
}

export const PASSWORD_RULE = `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;
