import { ExpectedVersionInput, IdInput, TextInput } from '@vigil/api/core';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { CorrectiveActionEntity, PostIncidentReviewEntity } from '@vigil/api/database';
import { CorrectiveActionStatus } from '@vigil/shared/domain';
import { IsEnum, IsInt, IsOptional, Min } from 'class-validator';

registerEnumType(CorrectiveActionStatus, { name: 'CorrectiveActionStatus' });

/** The review's texts, in the order the page shows them. */
export const REVIEW_TEXTS = [
  'rootCause',
  'timelineSummary',
  'whatWorked',
  'whatDidNot',
  'gapsTooling',
  'gapsProcess',
  'gapsTraining',
] as const;
export type ReviewText = (typeof REVIEW_TEXTS)[number];

@ObjectType('CorrectiveAction', {
  description: 'What will be done so it does not happen again, by whom and when.',
})
export class CorrectiveActionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field() title!: string;
  @Field({ description: 'A person on either side, by name.' }) ownerName!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueDate!: string;
  @Field(() => CorrectiveActionStatus) status!: CorrectiveActionStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) doneAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(a: CorrectiveActionEntity): CorrectiveActionType {
    return Object.assign(new CorrectiveActionType(), {
      id: a.id,
      engagementId: a.engagementId,
      title: a.title,
      ownerName: a.ownerName,
      dueDate: a.dueDate,
      status: a.status,
      doneAt: a.doneAt,
      version: a.version,
      updatedAt: a.updatedAt,
    });
  }
}

@ObjectType('PostIncidentReview', {
  description: 'What happened and what will change; client users read it once released.',
})
export class PostIncidentReviewType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field() rootCause!: string;
  @Field() timelineSummary!: string;
  @Field() whatWorked!: string;
  @Field() whatDidNot!: string;
  @Field({ description: 'Gaps in tooling.' }) gapsTooling!: string;
  @Field({ description: 'Gaps in process.' }) gapsProcess!: string;
  @Field({ description: 'Gaps in training.' }) gapsTraining!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: not released yet.' })
  releasedAt!: Date | null;
  @Field(() => String, { nullable: true }) releasedByName!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(r: PostIncidentReviewEntity, names: Map<string, string>): PostIncidentReviewType {
    return Object.assign(new PostIncidentReviewType(), {
      id: r.id,
      engagementId: r.engagementId,
      ...Object.fromEntries(REVIEW_TEXTS.map((f) => [f, r[f]])),
      releasedAt: r.releasedAt,
      releasedByName: r.releasedById ? (names.get(r.releasedById) ?? null) : null,
      version: r.version,
      updatedAt: r.updatedAt,
    });
  }
}

@InputType()
export class SavePostIncidentReviewInput {
  @IdInput() engagementId!: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'The version you edited; leave it out only to start the review. Refused when someone has saved since.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
  @TextInput({ optional: true, max: 20000 }) rootCause?: string;
  @TextInput({ optional: true, max: 20000 }) timelineSummary?: string;
  @TextInput({ optional: true, max: 20000 }) whatWorked?: string;
  @TextInput({ optional: true, max: 20000 }) whatDidNot?: string;
  @TextInput({ optional: true, max: 20000 }) gapsTooling?: string;
  @TextInput({ optional: true, max: 20000 }) gapsProcess?: string;
  @TextInput({ optional: true, max: 20000 }) gapsTraining?: string;
}

@InputType()
export class AddCorrectiveActionInput {
  @IdInput({ description: 'The post-incident review it comes out of.' }) reviewId!: string;
  @TextInput({ min: 3, max: 300 }) title!: string;
  @TextInput({ min: 1, max: 200, description: 'Who owns it, on either side, by name.' })
  ownerName!: string;
  @TextInput({ max: 10, description: 'YYYY-MM-DD.' }) dueDate!: string;
}

@InputType()
export class UpdateCorrectiveActionInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @TextInput({ optional: true, min: 3, max: 300 }) title?: string;
  @TextInput({ optional: true, min: 1, max: 200 }) ownerName?: string;
  @TextInput({ optional: true, max: 10, description: 'YYYY-MM-DD.' }) dueDate?: string;
  @Field(() => CorrectiveActionStatus, { nullable: true, description: 'DONE records when.' })
  @IsOptional()
  @IsEnum(CorrectiveActionStatus)
  status?: CorrectiveActionStatus;
}
