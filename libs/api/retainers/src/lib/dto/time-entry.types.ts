import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { NotificationEntity, TimeEntryEntity } from '@vigil/api/database';
import { TimeEntryStatus, WorkReferenceType } from '@vigil/shared/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';

registerEnumType(TimeEntryStatus, { name: 'TimeEntryStatus' });
registerEnumType(WorkReferenceType, { name: 'WorkReferenceType' });

@ObjectType('TimeEntry')
export class TimeEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) retainerId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => WorkReferenceType) referenceType!: WorkReferenceType;
  @Field(() => ID, { nullable: true }) referenceId!: string | null;
  @Field() workDate!: string;
  @Field(() => Int) minutes!: number;
  @Field() description!: string;
  @Field() billable!: boolean;
  @Field(() => TimeEntryStatus) status!: TimeEntryStatus;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => ID, { nullable: true }) approvedById!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(e: TimeEntryEntity): TimeEntryType {
    return Object.assign(new TimeEntryType(), {
      id: e.id,
      organizationId: e.organizationId,
      retainerId: e.retainerId,
      userId: e.userId,
      referenceType: e.referenceType,
      referenceId: e.referenceId,
      workDate: e.workDate,
      minutes: e.minutes,
      description: e.description,
      billable: e.billable,
      status: e.status,
      rejectionReason: e.rejectionReason,
      approvedById: e.approvedById,
      approvedAt: e.approvedAt,
      version: e.version,
    });
  }
}

const DATE = { message: 'must be a date as YYYY-MM-DD' };
const MINUTES = { message: 'must be whole minutes' };

@InputType()
export class LogTimeInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) retainerId!: string;
  @Field()
  @IsISO8601({ strict: true }, DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  workDate!: string;
  @Field(() => Int, { description: 'A positive multiple of 15.' }) @IsInt(MINUTES) minutes!: number;
  @Field()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2,000 characters' })
  description!: string;
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() billable?: boolean;
  @Field(() => WorkReferenceType, { nullable: true, defaultValue: WorkReferenceType.RETAINER })
  @IsOptional()
  @IsEnum(WorkReferenceType, { message: 'must be RETAINER, ENGAGEMENT, ASSESSMENT or TABLETOP' })
  referenceType?: WorkReferenceType;
  @Field(() => ID, {
    nullable: true,
    description: 'Required with ENGAGEMENT: an engagement of the retainer’s client.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  referenceId?: string;
}

@InputType()
export class UpdateTimeEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id!: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  workDate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(MINUTES) minutes?: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2,000 characters' })
  description?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() billable?: boolean;
  @Field(() => WorkReferenceType, {
    nullable: true,
    description: 'What the work was for; a new type takes referenceId from this input too.',
  })
  @IsOptional()
  @IsEnum(WorkReferenceType, { message: 'must be RETAINER, ENGAGEMENT, ASSESSMENT or TABLETOP' })
  referenceType?: WorkReferenceType;
  @Field(() => ID, { nullable: true, description: 'The engagement (or other work) it was for.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  referenceId?: string;
}

@InputType()
export class ApproveTimeEntriesInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one entry' })
  @ArrayMaxSize(200, { message: 'must name at most 200 entries' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  ids!: string[];
}

@InputType()
export class RejectTimeEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id!: string;
  @Field()
  @IsString()
  @Length(1, 500, { message: 'is required (1 to 500 characters)' })
  reason!: string;
}

@InputType()
export class TimeEntriesFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  retainerId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  userId?: string;
  @Field(() => TimeEntryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TimeEntryStatus, { message: 'must be a time entry status' })
  status?: TimeEntryStatus;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field() kind!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: NotificationEntity): NotificationType {
    return Object.assign(new NotificationType(), {
      id: e.id,
      organizationId: e.organizationId,
      kind: e.kind,
      title: e.title,
      body: e.body,
      link: e.link,
      readAt: e.readAt,
      createdAt: e.createdAt,
    });
  }
}
