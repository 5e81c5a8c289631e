import { applyDecorators } from '@nestjs/common';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ExpectedVersionInput, IdInput, InstantInput, TextInput } from '@vigil/api/core';
import {
  EngagementRegulatoryFactsEntity,
  RegulatoryDeadlineEntity,
  RegulatoryDeadlineStatus,
  RegulatoryProfileEntity,
  SlaCalendarEntity,
  SlaCycleEntity,
  SlaGoalEntity,
  SlaPolicyEntity,
} from '@vigil/api/database';
import {
  cycleClock,
  RegulatoryRegime,
  Severity,
  SlaCycleState,
  SlaGoalKind,
} from '@vigil/shared/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { cycleInput } from '../cycle-state';

registerEnumType(SlaGoalKind, {
  name: 'SlaGoalKind',
  description:
    'What a commitment is about: acknowledge, first responder, client update, report, or a regulator’s deadline.',
});
registerEnumType(SlaCycleState, { name: 'SlaCycleState' });
registerEnumType(RegulatoryRegime, { name: 'RegulatoryRegime' });
registerEnumType(RegulatoryDeadlineStatus, { name: 'RegulatoryDeadlineStatus' });

@ObjectType('SlaPause')
export class SlaPauseType {
  @Field(() => GraphQLISODateTime) from!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) to!: Date | null;
  @Field() reason!: string;
}

@ObjectType('SlaCycle', { description: 'One run of a commitment’s clock on an engagement.' })
export class SlaCycleType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field(() => SlaGoalKind) kind!: SlaGoalKind;
  @Field(() => Int, { description: '1, 2, 3… per engagement and kind.' }) sequence!: number;
  @Field() label!: string;
  @Field(() => Severity, { nullable: true }) severity!: Severity | null;
  @Field(() => Int) goalMinutes!: number;
  @Field({ description: '"Around the clock" or the working hours and zone it counts in.' })
  calendarLabel!: string;
  @Field(() => SlaCycleState) state!: SlaCycleState;
  @Field(() => GraphQLISODateTime) startedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while paused.' })
  dueAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the promise was kept (on time or late).',
  })
  stoppedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) breachedAt!: Date | null;
  @Field(() => Int, { description: 'Seconds left when this was read; negative once over.' })
  remainingSeconds!: number;
  @Field(() => Int, { description: 'Working time spent paused, in seconds.' })
  pausedSeconds!: number;
  @Field(() => [SlaPauseType]) pauses!: SlaPauseType[];
  @Field(() => [Int]) warningShares!: number[];
  @Field(() => [Int]) warningsSent!: number[];
  @Field(() => Int) escalationsSent!: number;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => ID, { nullable: true }) regulatoryDeadlineId!: string | null;

  static from(c: SlaCycleEntity, now = new Date()): SlaCycleType {
    const end = c.stoppedAt ?? (c.state === SlaCycleState.CANCELLED ? c.updatedAt : now);
    const clock = cycleClock(cycleInput(c), new Date(end));
    return Object.assign(new SlaCycleType(), {
      id: c.id,
      engagementId: c.engagementId,
      kind: c.kind,
      sequence: c.sequence,
      label: c.label,
      severity: c.severity,
      goalMinutes: c.goalMinutes,
      calendarLabel: c.calendar.week
        ? `Working hours (${c.calendar.timeZone})`
        : 'Around the clock',
      state: c.state,
      startedAt: c.startedAt,
      dueAt: c.dueAt,
      stoppedAt: c.stoppedAt,
      breachedAt: c.breachedAt,
      remainingSeconds: Math.trunc(clock.remainingMs / 1000),
      pausedSeconds: Math.trunc(clock.pausedMs / 1000),
      pauses: c.pauses.map((p) => ({
        from: new Date(p.from),
        to: p.to ? new Date(p.to) : null,
        reason: p.reason,
      })),
      warningShares: c.warningShares,
      warningsSent: c.warningsSent,
      escalationsSent: c.escalationsSent,
      cancelReason: c.cancelReason,
      regulatoryDeadlineId: c.regulatoryDeadlineId,
    });
  }
}

@InputType()
export class SetWaitingOnClientInput {
  @IdInput() engagementId!: string;
  @Field({ description: 'True while the team waits on the client: commitments’ clocks stop.' })
  @IsBoolean()
  waiting!: boolean;
  @TextInput({ max: 500, optional: true }) reason?: string;
  @ExpectedVersionInput() expectedVersion!: number;
}

@InputType()
export class RecordResponderEngagedInput {
  @IdInput() engagementId!: string;
  @InstantInput({ description: 'When the first responder started hands-on work.' }) at!: string;
  @ExpectedVersionInput() expectedVersion!: number;
}

// ---- Policies and calendars ----

@ObjectType('WorkingInterval')
export class WorkingIntervalType {
  @Field() start!: string;
  @Field() end!: string;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

@InputType()
export class WorkingIntervalInput {
  @Field({ description: 'HH:mm local time.' })
  @IsString()
  @Matches(HH_MM, { message: 'must be a time as HH:mm' })
  start!: string;
  @Field({ description: 'HH:mm local time; 24:00 for midnight.' })
  @IsString()
  @Matches(HH_MM, { message: 'must be a time as HH:mm' })
  end!: string;
}

@ObjectType('SlaCalendar')
export class SlaCalendarType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Null: the client’s own time zone.' })
  timeZone!: string | null;
  @Field(() => [[WorkingIntervalType]], {
    nullable: true,
    description: 'Seven days, Sunday first; null: around the clock.',
  })
  week!: WorkingIntervalType[][] | null;
  @Field(() => [String]) holidays!: string[];
  @Field(() => Int) version!: number;

  static from(c: SlaCalendarEntity): SlaCalendarType {
    return Object.assign(new SlaCalendarType(), {
      id: c.id,
      name: c.name,
      timeZone: c.timeZone,
      week: c.week,
      holidays: c.holidays,
      version: c.version,
    });
  }
}

@InputType()
export class SaveSlaCalendarInput {
  @IdInput({ optional: true }) id?: string;
  @TextInput({ max: 120, min: 1 }) name!: string;
  @TextInput({ max: 64, optional: true, description: 'Empty: the client’s own time zone.' })
  timeZone?: string;
  @Field(() => [[WorkingIntervalInput]], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  week?: WorkingIntervalInput[][] | null;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(400)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    each: true,
    message: 'each holiday must be a date as YYYY-MM-DD',
  })
  holidays!: string[];
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@ObjectType('SlaGoal')
export class SlaGoalType {
  @Field(() => SlaGoalKind) kind!: SlaGoalKind;
  @Field(() => Severity) severity!: Severity;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => ID, { nullable: true, description: 'Null: around the clock.' })
  calendarId!: string | null;

  static from(g: SlaGoalEntity): SlaGoalType {
    return Object.assign(new SlaGoalType(), {
      kind: g.kind,
      severity: g.severity,
      durationMinutes: g.durationMinutes,
      calendarId: g.calendarId,
    });
  }
}

@InputType()
export class SlaGoalInput {
  @Field(() => SlaGoalKind) @IsEnum(SlaGoalKind) kind!: SlaGoalKind;
  @Field(() => Severity) @IsEnum(Severity) severity!: Severity;
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(525_600, { message: 'must be at most a year (525600 minutes)' })
  durationMinutes!: number;
  @IdInput({ optional: true }) calendarId?: string;
}

@ObjectType('SlaPolicy')
export class SlaPolicyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Null: the default policy.' })
  retainerTier!: string | null;
  @Field(() => [Int]) warningShares!: number[];
  @Field(() => [Int], { description: 'Commander, account manager, provider admins.' })
  escalationDelaysMinutes!: number[];
  @Field(() => [SlaGoalType]) goals!: SlaGoalType[];
  @Field(() => Int) version!: number;

  static from(p: SlaPolicyEntity, goals: SlaGoalEntity[]): SlaPolicyType {
    return Object.assign(new SlaPolicyType(), {
      id: p.id,
      name: p.name,
      retainerTier: p.retainerTier,
      warningShares: p.warningShares,
      escalationDelaysMinutes: p.escalationDelaysMinutes,
      goals: goals.map((g) => SlaGoalType.from(g)),
      version: p.version,
    });
  }
}

@InputType()
export class SaveSlaPolicyInput {
  @IdInput({ optional: true }) id?: string;
  @TextInput({ max: 120, min: 1 }) name!: string;
  @TextInput({ max: 60, optional: true, description: 'Empty: the default policy.' })
  retainerTier?: string;
  @Field(() => [Int]) @IsArray() @IsInt({ each: true }) warningShares!: number[];
  @Field(() => [Int]) @IsArray() @IsInt({ each: true }) escalationDelaysMinutes!: number[];
  @Field(() => [SlaGoalInput])
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => SlaGoalInput)
  goals!: SlaGoalInput[];
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

// ---- Regulatory ----

@ObjectType('RegulatoryProfile')
export class RegulatoryProfileType {
  @Field(() => ID) organizationId!: string;
  @Field(() => [RegulatoryRegime]) regimes!: RegulatoryRegime[];
  @Field() notes!: string;
  @Field(() => Int, { description: '0 before it is first saved.' }) version!: number;

  static from(organizationId: string, p: RegulatoryProfileEntity | null): RegulatoryProfileType {
    return Object.assign(new RegulatoryProfileType(), {
      organizationId,
      regimes: p?.regimes ?? [],
      notes: p?.notes ?? '',
      version: p?.version ?? 0,
    });
  }
}

@InputType()
export class SaveRegulatoryProfileInput {
  @IdInput() organizationId!: string;
  @Field(() => [RegulatoryRegime])
  @IsArray()
  @IsEnum(RegulatoryRegime, { each: true, message: 'each regime must be one Vigil knows' })
  regimes!: RegulatoryRegime[];
  @TextInput({ max: 2000, optional: true }) notes?: string;
  @Field(() => Int, { description: '0 when saving it for the first time.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

function RecordsInput(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable: true, description: 'People or records affected, if known.' }),
    IsOptional(),
    IsInt({ message: 'must be a whole number' }),
    Min(0, { message: 'must be 0 or more' }),
  );
}

@ObjectType('RegulatoryFacts')
export class RegulatoryFactsType {
  @Field(() => GraphQLISODateTime, { nullable: true }) awareAt!: Date | null;
  @Field() personalDataAffected!: boolean;
  @Field() healthDataAffected!: boolean;
  @Field() cardDataAffected!: boolean;
  @Field(() => Int, { nullable: true }) recordsAffected!: number | null;
  @Field() significantIncident!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) majorClassifiedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) materialityDeterminedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(f: EngagementRegulatoryFactsEntity): RegulatoryFactsType {
    return Object.assign(new RegulatoryFactsType(), {
      awareAt: f.awareAt,
      personalDataAffected: f.personalDataAffected,
      healthDataAffected: f.healthDataAffected,
      cardDataAffected: f.cardDataAffected,
      recordsAffected: f.recordsAffected,
      significantIncident: f.significantIncident,
      majorClassifiedAt: f.majorClassifiedAt,
      materialityDeterminedAt: f.materialityDeterminedAt,
      version: f.version,
    });
  }
}

@InputType()
export class RecordRegulatoryFactsInput {
  @IdInput() engagementId!: string;
  @InstantInput({
    optional: true,
    description: 'When the client became aware; empty: not yet known.',
  })
  awareAt?: string;
  @Field() @IsBoolean() personalDataAffected!: boolean;
  @Field() @IsBoolean() healthDataAffected!: boolean;
  @Field() @IsBoolean() cardDataAffected!: boolean;
  @RecordsInput() recordsAffected?: number | null;
  @Field({ description: 'A significant incident in the sense of NIS2 Art. 23(3).' })
  @IsBoolean()
  significantIncident!: boolean;
  @InstantInput({ optional: true, description: 'DORA: when classified as major.' })
  majorClassifiedAt?: string;
  @InstantInput({ optional: true, description: 'SEC: when materiality was determined.' })
  materialityDeterminedAt?: string;
  @Field(() => Int, { description: '0 the first time facts are recorded.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

@ObjectType('RegulatoryDeadline')
export class RegulatoryDeadlineType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field(() => RegulatoryRegime) regime!: RegulatoryRegime;
  @Field() obligation!: string;
  @Field() title!: string;
  @Field({ description: 'The rule behind the deadline, with its source.' }) rule!: string;
  @Field() triggerLabel!: string;
  @Field(() => GraphQLISODateTime) triggerAt!: Date;
  @Field(() => GraphQLISODateTime) dueAt!: Date;
  @Field(() => RegulatoryDeadlineStatus) status!: RegulatoryDeadlineStatus;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) submissionReference!: string | null;
  @Field(() => Int) version!: number;

  static from(d: RegulatoryDeadlineEntity): RegulatoryDeadlineType {
    return Object.assign(new RegulatoryDeadlineType(), {
      id: d.id,
      engagementId: d.engagementId,
      regime: d.regime,
      obligation: d.obligation,
      title: d.title,
      rule: d.rule,
      triggerLabel: d.triggerLabel,
      triggerAt: d.triggerAt,
      dueAt: d.dueAt,
      status: d.status,
      decisionReason: d.decisionReason,
      decidedAt: d.decidedAt,
      submittedAt: d.submittedAt,
      submissionReference: d.submissionReference,
      version: d.version,
    });
  }
}

@ObjectType('EngagementRegulatory')
export class EngagementRegulatoryType {
  @Field(() => RegulatoryFactsType, { nullable: true, description: 'Provider staff only.' })
  facts!: RegulatoryFactsType | null;
  @Field(() => [RegulatoryRegime], { description: 'The client’s profile (provider staff only).' })
  regimes!: RegulatoryRegime[];
  @Field(() => [RegulatoryDeadlineType]) deadlines!: RegulatoryDeadlineType[];
}

@InputType()
export class DecideRegulatoryDeadlineInput {
  @IdInput() deadlineId!: string;
  @Field({ description: 'True: it applies and its clock runs. False: dismissed with the reason.' })
  @IsBoolean()
  confirm!: boolean;
  @TextInput({ max: 1000, optional: true }) reason?: string;
  @ExpectedVersionInput() expectedVersion!: number;
}

@InputType()
export class RecordRegulatorySubmissionInput {
  @IdInput() deadlineId!: string;
  @InstantInput() submittedAt!: string;
  @TextInput({ max: 200, optional: true, description: 'The regulator’s case number or channel.' })
  reference?: string;
  @ExpectedVersionInput() expectedVersion!: number;
}

// ---- Reports ----

@ObjectType('SlaComplianceRow')
export class SlaComplianceRowType {
  @Field(() => ID) organizationId!: string;
  @Field() clientName!: string;
  @Field({ description: 'YYYY-MM in the client’s time zone.' }) month!: string;
  @Field(() => SlaGoalKind) kind!: SlaGoalKind;
  @Field(() => Severity, { nullable: true }) severity!: Severity | null;
  @Field(() => Int) finished!: number;
  @Field(() => Int) met!: number;
  @Field(() => Int) breached!: number;
}

@ObjectType('ResponseTimeRow')
export class ResponseTimeRowType {
  @Field(() => Severity) severity!: Severity;
  @Field({ description: 'ACKNOWLEDGE, CONTAIN or RECOVER, from declaration.' }) measure!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) meanMinutes!: number;
  @Field(() => Int) medianMinutes!: number;
  @Field(() => Int) p90Minutes!: number;
}
