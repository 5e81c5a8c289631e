import {
  ClientUpdateStatus,
  EngagementPhase,
  TaskPriority,
  TaskStatus,
  TimelineEventKind,
  Visibility,
} from '@vigil/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseRow } from './base';
import { EngagementEntity } from './engagement.entity';

/**
 * A task of the engagement. Given to a client user it is a request for information, which they
 * answer in the portal; a blocking one stops the SLA clock while it is open (SLA issue).
 */
@Entity({ name: 'engagement_tasks' })
@Index('ix_engagement_tasks_engagement', ['engagementId', 'status'])
@Index('ix_engagement_tasks_owner', ['ownerId', 'status'])
export class EngagementTaskEntity extends BaseRow {
  @Index('ix_engagement_tasks_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_engagement_tasks_engagement' })
  engagement?: EngagementEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  details!: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** True when the owner is a client user: a request for information. */
  @Column({ name: 'request_for_information', type: 'boolean', default: false })
  requestForInformation!: boolean;

  @Column({ type: 'boolean', default: false })
  blocking!: boolean;

  @Column({ type: 'enum', enum: EngagementPhase, enumName: 'engagement_phase' })
  phase!: EngagementPhase;

  @Column({
    type: 'enum',
    enum: TaskPriority,
    enumName: 'task_priority',
    default: TaskPriority.MEDIUM,
  })
  priority!: TaskPriority;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status', default: TaskStatus.OPEN })
  status!: TaskStatus;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;
}

/** Something that happened, placed on the reconstructed timeline by when it happened. */
@Entity({ name: 'timeline_events' })
// Created by the migration with INCLUDE (organization_id, visibility), which @Index cannot express.
@Index('ix_timeline_events_engagement_occurred', { synchronize: false })
export class TimelineEventEntity extends BaseRow {
  @Index('ix_timeline_events_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_timeline_events_engagement' })
  engagement?: EngagementEntity;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** The IANA zone the time was given in (the log's or the witness's), for showing it back. */
  @Column({ name: 'occurred_time_zone', type: 'varchar', length: 64 })
  occurredTimeZone!: string;

  @Column({ type: 'enum', enum: TimelineEventKind, enumName: 'timeline_event_kind' })
  kind!: TimelineEventKind;

  @Column({ type: 'text' })
  description!: string;

  /** Where the fact comes from: a log, a tool, a person. */
  @Column({ type: 'varchar', length: 200, default: '' })
  source!: string;

  @Column({
    type: 'enum',
    enum: Visibility,
    enumName: 'visibility',
    default: Visibility.INTERNAL,
  })
  visibility!: Visibility;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;
}

/** A timeline event's link to an indicator of compromise. */
@Entity({ name: 'timeline_event_indicators' })
export class TimelineEventIndicatorEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Index('ix_timeline_event_indicators_indicator')
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @Index('ix_timeline_event_indicators_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;
}

/** A timeline event's link to an affected asset. */
@Entity({ name: 'timeline_event_assets' })
export class TimelineEventAssetEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Index('ix_timeline_event_assets_asset')
  @PrimaryColumn({ name: 'asset_id', type: 'uuid' })
  assetId!: string;

  @Index('ix_timeline_event_assets_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;
}

/**
 * A status update written for the client: what we know, what we did, what is next, what we need
 * from you. Drafts are the team's; the incident commander publishes, promising the next by a time.
 */
@Entity({ name: 'client_updates' })
@Index('ix_client_updates_engagement', ['engagementId', 'publishedAt'])
export class ClientUpdateEntity extends BaseRow {
  @Index('ix_client_updates_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_client_updates_engagement' })
  engagement?: EngagementEntity;

  @Column({ name: 'what_we_know', type: 'text', default: '' })
  whatWeKnow!: string;

  @Column({ name: 'what_we_did', type: 'text', default: '' })
  whatWeDid!: string;

  @Column({ name: 'what_is_next', type: 'text', default: '' })
  whatIsNext!: string;

  @Column({ name: 'what_we_need', type: 'text', default: '' })
  whatWeNeed!: string;

  @Column({
    type: 'enum',
    enum: ClientUpdateStatus,
    enumName: 'client_update_status',
    default: ClientUpdateStatus.DRAFT,
  })
  status!: ClientUpdateStatus;

  @Column({ name: 'next_update_by', type: 'timestamptz', nullable: true })
  nextUpdateBy!: Date | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById!: string | null;
}
