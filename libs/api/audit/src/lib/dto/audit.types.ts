import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '@vigil/api/core';
import { AuditLogEntity } from '@vigil/api/database';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Null when the system acted (worker, sweep).' })
  actorUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who acted, by name, as it was then ("Vigil" for the system).',
  })
  actorName!: string | null;

  @Field({ description: 'user or system' })
  actorKind!: string;

  @Field({ description: 'What happened, e.g. organization.created.' })
  action!: string;

  @Field()
  targetType!: string;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field(() => JSONScalar, { description: 'What changed: { field: { from, to } } or details.' })
  changes!: object;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  static from(e: AuditLogEntity): AuditEntryType {
    return Object.assign(new AuditEntryType(), e);
  }
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  actorUserId?: string;

  @Field({
    nullable: true,
    description: 'Exact action, or a prefix ending in "." (e.g. "invitation.").',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  action?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'From this instant (inclusive).',
  })
  @IsOptional()
  @IsDate({ message: 'must be a date-time' })
  from?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Before this instant (exclusive).',
  })
  @IsOptional()
  @IsDate({ message: 'must be a date-time' })
  to?: Date;
}
