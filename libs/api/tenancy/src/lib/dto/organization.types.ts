import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { OrganizationEntity } from '@vigil/api/database';
import type { OrganizationListRow } from '../organization-list.sql';
import { IsTimeZone } from '@vigil/api/identity';
import {
  isCountryCode,
  OrganizationKind,
  OrganizationStatus,
  SLUG_PATTERN,
} from '@vigil/shared/domain';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(OrganizationStatus, { name: 'OrganizationStatus' });

function IsCountry(): PropertyDecorator {
  return ValidateBy({
    name: 'isCountry',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && isCountryCode(v),
      defaultMessage: () => 'must be an ISO 3166-1 alpha-2 country code such as DE or US',
    },
  });
}

const SLUG_MESSAGE =
  'must be lower-case letters, digits and hyphens (e.g. acme-corp), at most 63 characters';

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field({ description: 'IANA time zone the organisation works in.' })
  timeZone!: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;

  @Field({ description: 'Industry or sector.' })
  sector!: string;

  @Field(() => OrganizationStatus)
  status!: OrganizationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  offboardedAt!: Date | null;

  @Field(() => Int, {
    description:
      'Change counter; pass it back as expectedVersion to avoid overwriting someone else’s edit.',
  })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: 'People with an account in this organisation.' })
  userCount!: number;

  static from(e: OrganizationEntity, userCount: number): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: e.id,
      kind: e.kind,
      name: e.name,
      slug: e.slug,
      timeZone: e.timeZone,
      country: e.country,
      sector: e.sector,
      status: e.status,
      offboardedAt: e.offboardedAt,
      version: e.version,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      userCount,
    });
  }

  static fromRow(r: OrganizationListRow): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: r.id,
      kind: r.kind,
      name: r.name,
      slug: r.slug,
      timeZone: r.time_zone,
      country: r.country,
      sector: r.sector,
      status: r.status,
      offboardedAt: r.offboarded_at,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      userCount: r.user_count,
    });
  }
}

@InputType()
export class CreateClientOrganizationInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name!: string;

  @Field({ nullable: true, description: 'Defaults to one made from the name.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @Field()
  @IsTimeZone()
  timeZone!: string;

  @Field()
  @IsCountry()
  country!: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  sector!: string;
}

@InputType()
export class UpdateClientOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; a newer one on the server is a conflict.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  expectedVersion?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCountry()
  country?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  sector?: string;
}

@InputType()
export class OrganizationsFilter {
  @Field({ nullable: true, description: 'Matches name or slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string;

  @Field(() => OrganizationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationStatus, { message: 'must be ACTIVE or OFFBOARDED' })
  status?: OrganizationStatus;
}
