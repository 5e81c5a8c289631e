import {
  RegulatoryRegime,
  Severity,
  SlaCycleState,
  SlaGoalKind,
  type WorkingInterval,
} from '@vigil/shared/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BaseRow } from './base';
import { EngagementEntity } from './engagement.entity';
import { OrganizationEntity } from './organization.entity';

/** A pause of a cycle's clock: from, to (null while it lasts), and why. */
export interface StoredPause {
  from: string;
  to: string | null;
  reason: string;
}

/** The calendar a cycle counts on, resolved when the cycle starts (the client's zone filled in). */
export interface StoredCalendar {
  timeZone: string;
  week: WorkingInterval[][] | null;
  holidays: string[];
}

/** Working hours the provider counts goals on: 24×7 (week null) or hours per weekday, with holidays. */
@Entity({ name: 'sla_calendars' })
@Index('uq_sla_calendars_name', ['organizationId', 'name'], { unique: true })
export class SlaCalendarEntity extends BaseRow {
  @Index('ix_sla_calendars_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_sla_calendars_organization',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Null: the client's own time zone. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  /** Null: around the clock. Otherwise seven lists of intervals, Sunday first. */
  @Column({ type: 'jsonb', nullable: true })
  week!: WorkingInterval[][] | null;

  @Column({ type: 'date', array: true, default: () => `'{}'` })
  holidays!: string[];
}

/** What a retainer tier promises; the policy without a tier covers engagements without one. */
@Entity({ name: 'sla_policies' })
// Created by the migration: one policy per tier, whatever its case ("Premier" is "premier").
@Index('uq_sla_policies_tier', { synchronize: false })
@Index('uq_sla_policies_default', ['organizationId'], {
  unique: true,
  where: `"retainer_tier" IS NULL`,
})
export class SlaPolicyEntity extends BaseRow {
  @Index('ix_sla_policies_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_sla_policies_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** The retainers' response tier it applies to; null for the default policy. */
  @Column({ name: 'retainer_tier', type: 'varchar', length: 60, nullable: true })
  retainerTier!: string | null;

  /** Percent of the goal at which warnings go out. */
  @Column({ name: 'warning_shares', type: 'integer', array: true, default: () => `'{75,90}'` })
  warningShares!: number[];

  /** Minutes after a breach for the commander, the account manager, then the provider admins. */
  @Column({
    name: 'escalation_delays_minutes',
    type: 'integer',
    array: true,
    default: () => `'{15,60,120}'`,
  })
  escalationDelaysMinutes!: number[];
}

/** One goal of a policy: a kind and severity, a duration and the calendar it counts on. */
@Entity({ name: 'sla_goals' })
@Index('uq_sla_goals_kind_severity', ['policyId', 'kind', 'severity'], { unique: true })
@Check('ck_sla_goals_duration', `"duration_minutes" > 0`)
export class SlaGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_sla_goals_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'policy_id', type: 'uuid' })
  policyId!: string;

  @ManyToOne(() => SlaPolicyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_id', foreignKeyConstraintName: 'fk_sla_goals_policy' })
  policy?: SlaPolicyEntity;

  @Column({ type: 'enum', enum: SlaGoalKind, enumName: 'sla_goal_kind' })
  kind!: SlaGoalKind;

  @Column({ type: 'enum', enum: Severity, enumName: 'severity' })
  severity!: Severity;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  /** Null: around the clock. */
  @Column({ name: 'calendar_id', type: 'uuid', nullable: true })
  calendarId!: string | null;

  @ManyToOne(() => SlaCalendarEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'fk_sla_goals_calendar' })
  calendar?: SlaCalendarEntity;
}

/**
 * One run of a commitment's clock on one engagement. PostgreSQL holds the truth: the goal, start,
 * pauses, state, due instant and which warnings, breach and escalations went out; Redis only
 * holds the alarm for the next of them.
 */
@Entity({ name: 'sla_cycles' })
@Index('uq_sla_cycles_sequence', ['engagementId', 'kind', 'sequence'], { unique: true })
// Created by the migration: cycles by alarm instant (partial: only those with an alarm).
@Index('ix_sla_cycles_alarm', { synchronize: false })
@Check('ck_sla_cycles_goal', `"goal_minutes" >= 0`)
export class SlaCycleEntity extends BaseRow {
  @Index('ix_sla_cycles_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_sla_cycles_engagement' })
  engagement?: EngagementEntity;

  @Column({ type: 'enum', enum: SlaGoalKind, enumName: 'sla_goal_kind' })
  kind!: SlaGoalKind;

  /** 1, 2, 3… per engagement and kind (client updates start a new cycle with each one). */
  @Column({ type: 'integer' })
  sequence!: number;

  /** The severity whose goal applies; null for regulatory deadlines. */
  @Column({ type: 'enum', enum: Severity, enumName: 'severity', nullable: true })
  severity!: Severity | null;

  @Column({ name: 'policy_id', type: 'uuid', nullable: true })
  policyId!: string | null;

  @Column({ name: 'regulatory_deadline_id', type: 'uuid', nullable: true })
  regulatoryDeadlineId!: string | null;

  /** What the cycle counts towards, in words ("Acknowledge", "GDPR: notify the authority"). */
  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ name: 'goal_minutes', type: 'integer' })
  goalMinutes!: number;

  @Column({ type: 'jsonb' })
  calendar!: StoredCalendar;

  /** Whether waiting on the client stops this clock (regulators do not wait). */
  @Column({ type: 'boolean', default: true })
  pausable!: boolean;

  @Column({ type: 'enum', enum: SlaCycleState, enumName: 'sla_cycle_state' })
  state!: SlaCycleState;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  pauses!: StoredPause[];

  /** When the goal is reached if nothing pauses it; null while paused. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** When the commitment was fulfilled (acknowledged, update published…), on time or late. */
  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;

  @Column({ name: 'warning_shares', type: 'integer', array: true })
  warningShares!: number[];

  @Column({ name: 'warnings_sent', type: 'integer', array: true, default: () => `'{}'` })
  warningsSent!: number[];

  /** The due instant the breach happened at. */
  @Column({ name: 'breached_at', type: 'timestamptz', nullable: true })
  breachedAt!: Date | null;

  /** When the breach was committed (its lateness is this minus breached_at). */
  @Column({ name: 'breach_recorded_at', type: 'timestamptz', nullable: true })
  breachRecordedAt!: Date | null;

  @Column({ name: 'escalation_delays_minutes', type: 'integer', array: true })
  escalationDelaysMinutes!: number[];

  @Column({ name: 'escalations_sent', type: 'integer', default: 0 })
  escalationsSent!: number;

  /** The next warning, breach or escalation; null when nothing more will go out. */
  @Column({ name: 'next_alarm_at', type: 'timestamptz', nullable: true })
  nextAlarmAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;
}

/** Which regimes may apply to a client: the starting point of its regulatory deadlines. */
@Entity({ name: 'regulatory_profiles' })
export class RegulatoryProfileEntity extends BaseRow {
  @Index('uq_regulatory_profiles_organization', { unique: true })
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_regulatory_profiles_organization',
  })
  organization?: OrganizationEntity;

  @Column({
    type: 'enum',
    enum: RegulatoryRegime,
    enumName: 'regulatory_regime',
    array: true,
    default: () => `'{}'`,
  })
  regimes!: RegulatoryRegime[];

  @Column({ type: 'text', default: '' })
  notes!: string;
}

/** The facts of an engagement that arm regulators' clocks. */
@Entity({ name: 'engagement_regulatory_facts' })
export class EngagementRegulatoryFactsEntity extends BaseRow {
  @Index('ix_engagement_regulatory_facts_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Index('uq_engagement_regulatory_facts_engagement', { unique: true })
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_engagement_regulatory_facts_engagement',
  })
  engagement?: EngagementEntity;

  @Column({ name: 'aware_at', type: 'timestamptz', nullable: true })
  awareAt!: Date | null;

  @Column({ name: 'personal_data_affected', type: 'boolean', default: false })
  personalDataAffected!: boolean;

  @Column({ name: 'health_data_affected', type: 'boolean', default: false })
  healthDataAffected!: boolean;

  @Column({ name: 'card_data_affected', type: 'boolean', default: false })
  cardDataAffected!: boolean;

  @Column({ name: 'records_affected', type: 'integer', nullable: true })
  recordsAffected!: number | null;

  @Column({ name: 'significant_incident', type: 'boolean', default: false })
  significantIncident!: boolean;

  @Column({ name: 'major_classified_at', type: 'timestamptz', nullable: true })
  majorClassifiedAt!: Date | null;

  @Column({ name: 'materiality_determined_at', type: 'timestamptz', nullable: true })
  materialityDeterminedAt!: Date | null;
}

export enum RegulatoryDeadlineStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
  SUBMITTED = 'SUBMITTED',
}

/** A notification a regulator may expect, proposed from the profile and facts, then decided. */
@Entity({ name: 'regulatory_deadlines' })
@Index('uq_regulatory_deadlines_obligation', ['engagementId', 'obligation'], { unique: true })
export class RegulatoryDeadlineEntity extends BaseRow {
  @Index('ix_regulatory_deadlines_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_regulatory_deadlines_engagement',
  })
  engagement?: EngagementEntity;

  @Column({ type: 'enum', enum: RegulatoryRegime, enumName: 'regulatory_regime' })
  regime!: RegulatoryRegime;

  @Column({ type: 'varchar', length: 40 })
  obligation!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  rule!: string;

  @Column({ name: 'trigger_label', type: 'varchar', length: 200 })
  triggerLabel!: string;

  @Column({ name: 'trigger_at', type: 'timestamptz' })
  triggerAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({
    type: 'enum',
    enum: RegulatoryDeadlineStatus,
    enumName: 'regulatory_deadline_status',
    default: RegulatoryDeadlineStatus.PROPOSED,
  })
  status!: RegulatoryDeadlineStatus;

  /** Why it was confirmed or dismissed. */
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById!: string | null;

  /** The regulator's case number or the channel used. */
  @Column({ name: 'submission_reference', type: 'varchar', length: 200, nullable: true })
  submissionReference!: string | null;
}
