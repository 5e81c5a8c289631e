import { ExpectedVersionInput, IdInput, InstantInput, TextInput } from '@vigil/api/core';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ClientUpdateEntity, EngagementTaskEntity, TimelineEventEntity } from '@vigil/api/database';
import {
  ClientUpdateStatus,
  EngagementPhase,
  TaskPriority,
  TaskStatus,
  TimelineEventKind,
  Visibility,
} from '@vigil/shared/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';

registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });
registerEnumType(TimelineEventKind, { name: 'TimelineEventKind' });
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'INTERNAL: the provider’s team only. CLIENT: the client’s people too.',
});
registerEnumType(ClientUpdateStatus, { name: 'ClientUpdateStatus' });

@ObjectType('TimelineEvent')
export class TimelineEventType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it happened.' }) occurredAt!: Date;
  @Field({ description: 'The IANA zone the time was given in.' }) occurredTimeZone!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' }) recordedAt!: Date;
  @Field(() => TimelineEventKind) kind!: TimelineEventKind;
  @Field() description!: string;
  @Field() source!: string;
  @Field(() => Visibility) visibility!: Visibility;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field(() => [ID], { description: 'Linked indicators (provider staff only; empty for clients).' })
  indicatorIds!: string[];
  @Field(() => [ID], { description: 'Linked assets (provider staff only; empty for clients).' })
  assetIds!: string[];
  @Field(() => Int) version!: number;

  static from(
    e: TimelineEventEntity,
    links: { indicatorIds: string[]; assetIds: string[] },
    recordedByName: string | null,
  ): TimelineEventType {
    return Object.assign(new TimelineEventType(), {
      id: e.id,
      engagementId: e.engagementId,
      occurredAt: e.occurredAt,
      occurredTimeZone: e.occurredTimeZone,
      recordedAt: e.createdAt,
      kind: e.kind,
      description: e.description,
      source: e.source,
      visibility: e.visibility,
      recordedByName,
      indicatorIds: links.indicatorIds,
      assetIds: links.assetIds,
      version: e.version,
    });
  }
}

@InputType()
export class AddTimelineEventInput {
  @IdInput() engagementId!: string;
  @InstantInput({
    description: 'When it happened: ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00.',
  })
  occurredAt!: string;
  @TextInput({ max: 64, description: 'IANA zone the time was observed in, e.g. Europe/Berlin.' })
  occurredTimeZone!: string;
  @Field(() => TimelineEventKind) @IsEnum(TimelineEventKind) kind!: TimelineEventKind;
  @TextInput({ min: 3, max: 5000 }) description!: string;
  @TextInput({ optional: true, max: 200 }) source?: string;
  @Field(() => Visibility, { nullable: true, description: 'Default INTERNAL.' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ids' })
  indicatorIds?: string[];
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ids' })
  assetIds?: string[];
}

@InputType()
export class UpdateTimelineEventInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @InstantInput({ optional: true }) occurredAt?: string;
  @TextInput({ optional: true, max: 64 }) occurredTimeZone?: string;
  @Field(() => TimelineEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(TimelineEventKind)
  kind?: TimelineEventKind;
  @TextInput({ optional: true, min: 3, max: 5000 }) description?: string;
  @TextInput({ optional: true, max: 200 }) source?: string;
  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
  @Field(() => [ID], { nullable: true, description: 'Replaces the linked indicators.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ids' })
  indicatorIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Replaces the linked assets.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ids' })
  assetIds?: string[];
}

@ObjectType('ClientUpdate')
export class ClientUpdateType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field() whatWeKnow!: string;
  @Field() whatWeDid!: string;
  @Field() whatIsNext!: string;
  @Field() whatWeNeed!: string;
  @Field(() => ClientUpdateStatus) status!: ClientUpdateStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextUpdateBy!: Date | null;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) publishedByName!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(u: ClientUpdateEntity, names: Map<string, string>): ClientUpdateType {
    return Object.assign(new ClientUpdateType(), {
      id: u.id,
      engagementId: u.engagementId,
      whatWeKnow: u.whatWeKnow,
      whatWeDid: u.whatWeDid,
      whatIsNext: u.whatIsNext,
      whatWeNeed: u.whatWeNeed,
      status: u.status,
      nextUpdateBy: u.nextUpdateBy,
      authorName: names.get(u.authorId) ?? null,
      publishedAt: u.publishedAt,
      publishedByName: u.publishedById ? (names.get(u.publishedById) ?? null) : null,
      version: u.version,
      updatedAt: u.updatedAt,
    });
  }
}

@InputType()
export class ClientUpdateFields {
  @TextInput({ optional: true, max: 10000 }) whatWeKnow?: string;
  @TextInput({ optional: true, max: 10000 }) whatWeDid?: string;
  @TextInput({ optional: true, max: 10000 }) whatIsNext?: string;
  @TextInput({ optional: true, max: 10000 }) whatWeNeed?: string;
}

@InputType()
export class DraftClientUpdateInput extends ClientUpdateFields {
  @IdInput() engagementId!: string;
}

@InputType()
export class EditClientUpdateInput extends ClientUpdateFields {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
}

@InputType()
export class PublishClientUpdateInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @InstantInput({
    description: 'ISO 8601 with its offset: when the client will hear from us next.',
  })
  nextUpdateBy!: string;
}

@ObjectType('EngagementTask')
export class TaskType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field() title!: string;
  @Field() details!: string;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field({ description: 'Given to a client user: a request for information.' })
  requestForInformation!: boolean;
  @Field({ description: 'While open, the team is waiting on the client.' }) blocking!: boolean;
  @Field(() => EngagementPhase) phase!: EngagementPhase;
  @Field(() => TaskPriority) priority!: TaskPriority;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt!: Date | null;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt!: Date | null;
  @Field(() => String, { nullable: true }) answeredByName!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(t: EngagementTaskEntity, names: Map<string, string>): TaskType {
    return Object.assign(new TaskType(), {
      id: t.id,
      engagementId: t.engagementId,
      title: t.title,
      details: t.details,
      ownerId: t.ownerId,
      ownerName: t.ownerId ? (names.get(t.ownerId) ?? null) : null,
      requestForInformation: t.requestForInformation,
      blocking: t.blocking,
      phase: t.phase,
      priority: t.priority,
      dueAt: t.dueAt,
      status: t.status,
      answer: t.answer,
      answeredAt: t.answeredAt,
      answeredByName: t.answeredById ? (names.get(t.answeredById) ?? null) : null,
      version: t.version,
      updatedAt: t.updatedAt,
    });
  }
}

@InputType()
export class CreateTaskInput {
  @IdInput() engagementId!: string;
  @TextInput({ min: 3, max: 200 }) title!: string;
  @TextInput({ optional: true, max: 10000 }) details?: string;
  @IdInput({ optional: true, description: 'A client user makes it a request for information.' })
  ownerId?: string;
  @Field(() => TaskPriority, { nullable: true })
  @IsOptional()
  @IsEnum(TaskPriority)
  priority?: TaskPriority;
  @InstantInput({ optional: true }) dueAt?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() blocking?: boolean;
  @Field(() => EngagementPhase, { nullable: true, description: 'Default: the current phase.' })
  @IsOptional()
  @IsEnum(EngagementPhase)
  phase?: EngagementPhase;
}

@InputType()
export class UpdateTaskInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @TextInput({ optional: true, min: 3, max: 200 }) title?: string;
  @TextInput({ optional: true, max: 10000 }) details?: string;
  @IdInput({ optional: true }) ownerId?: string;
  @Field(() => TaskPriority, { nullable: true })
  @IsOptional()
  @IsEnum(TaskPriority)
  priority?: TaskPriority;
  @InstantInput({ optional: true, description: 'ISO 8601 with its offset; "" clears it.' })
  dueAt?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() blocking?: boolean;
  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
}

@InputType()
export class AnswerTaskInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @TextInput({ min: 1, max: 20000 }) answer!: string;
}
