import {
  DeclaredVia,
  EngagementPhase,
  EngagementRole,
  IncidentType,
  Severity,
} from '@vigil/shared/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BaseRow } from './base';
import { OrganizationEntity } from './organization.entity';
import { RetainerEntity } from './retainer.entity';

/** An active incident of one client, from intake to closure. */
@Entity({ name: 'engagements' })
@Index('uq_engagements_number', ['organizationId', 'number'], { unique: true })
@Index('ix_engagements_open', ['phase', 'severity', 'declaredAt'])
// Created by the migration: open ones by declared_at DESC, id DESC, INCLUDE (organization_id).
@Index('ix_engagements_open_declared', { synchronize: false })
export class EngagementEntity extends BaseRow {
  @Index('ix_engagements_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_engagements_organization' })
  organization?: OrganizationEntity;

  /** The retainer its hours draw on; null when billed separately. */
  @Column({ name: 'retainer_id', type: 'uuid', nullable: true })
  retainerId!: string | null;

  @ManyToOne(() => RetainerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'retainer_id', foreignKeyConstraintName: 'fk_engagements_retainer' })
  retainer?: RetainerEntity;

  /** 1, 2, 3… within the client; the reference is IR-0001. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'incident_type', type: 'enum', enum: IncidentType, enumName: 'incident_type' })
  incidentType!: IncidentType;

  @Column({ type: 'enum', enum: Severity, enumName: 'severity' })
  severity!: Severity;

  @Column({
    type: 'enum',
    enum: EngagementPhase,
    enumName: 'engagement_phase',
    default: EngagementPhase.INTAKE,
  })
  phase!: EngagementPhase;

  /** What happened, in words the client reads. */
  @Column({ type: 'text', default: '' })
  summary!: string;

  /** The provider team's notes; never shown to the client. */
  @Column({ name: 'internal_notes', type: 'text', default: '' })
  internalNotes!: string;

  @Column({ name: 'first_activity_at', type: 'timestamptz', nullable: true })
  firstActivityAt!: Date | null;

  @Column({ name: 'detected_at', type: 'timestamptz', nullable: true })
  detectedAt!: Date | null;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'contained_at', type: 'timestamptz', nullable: true })
  containedAt!: Date | null;

  @Column({ name: 'recovered_at', type: 'timestamptz', nullable: true })
  recoveredAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'declared_by_id', type: 'uuid', nullable: true })
  declaredById!: string | null;

  @Column({ name: 'declared_via', type: 'enum', enum: DeclaredVia, enumName: 'declared_via' })
  declaredVia!: DeclaredVia;

  @Column({ name: 'last_client_update_at', type: 'timestamptz', nullable: true })
  lastClientUpdateAt!: Date | null;

  /** The "next update by" the incident commander promised in the latest client update. */
  @Column({ name: 'next_update_due_at', type: 'timestamptz', nullable: true })
  nextUpdateDueAt!: Date | null;
  /** When the first responder started hands-on work (the "first responder engaged" commitment). */
  @Column({ name: 'responder_engaged_at', type: 'timestamptz', nullable: true })
  responderEngagedAt!: Date | null;

  /** The team is waiting on the client: commitments' clocks stop meanwhile. */
  @Column({ name: 'waiting_on_client', type: 'boolean', default: false })
  waitingOnClient!: boolean;

  @Column({ name: 'waiting_on_client_reason', type: 'text', nullable: true })
  waitingOnClientReason!: string | null;
}

/** Every severity an engagement has had, with who changed it and why. */
@Entity({ name: 'engagement_severity_changes' })
@Index('ix_engagement_severity_changes_engagement', ['engagementId', 'changedAt'])
export class EngagementSeverityChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_engagement_severity_changes_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_engagement_severity_changes_engagement',
  })
  engagement?: EngagementEntity;

  @Column({
    name: 'from_severity',
    type: 'enum',
    enum: Severity,
    enumName: 'severity',
    nullable: true,
  })
  fromSeverity!: Severity | null;

  @Column({ name: 'to_severity', type: 'enum', enum: Severity, enumName: 'severity' })
  toSeverity!: Severity;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById!: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

/** Every phase move, forwards through a gate or back with a reason. */
@Entity({ name: 'engagement_phase_changes' })
@Index('ix_engagement_phase_changes_engagement', ['engagementId', 'changedAt'])
export class EngagementPhaseChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_engagement_phase_changes_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_engagement_phase_changes_engagement',
  })
  engagement?: EngagementEntity;

  @Column({
    name: 'from_phase',
    type: 'enum',
    enum: EngagementPhase,
    enumName: 'engagement_phase',
    nullable: true,
  })
  fromPhase!: EngagementPhase | null;

  @Column({ name: 'to_phase', type: 'enum', enum: EngagementPhase, enumName: 'engagement_phase' })
  toPhase!: EngagementPhase;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById!: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

/** A checked item of a phase gate (PHASE_GATES in shared/domain). */
@Entity({ name: 'engagement_gate_checks' })
@Index('uq_engagement_gate_checks_item', ['engagementId', 'item'], { unique: true })
export class EngagementGateCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_engagement_gate_checks_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_engagement_gate_checks_engagement',
  })
  engagement?: EngagementEntity;

  @Column({ type: 'varchar', length: 60 })
  item!: string;

  @Column({ name: 'checked_by_id', type: 'uuid' })
  checkedById!: string;

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;
}

/** A person on the engagement: provider staff or a client contact, in one role. */
@Entity({ name: 'engagement_members' })
@Index('uq_engagement_members_role', ['engagementId', 'userId', 'role'], { unique: true })
@Index('uq_engagement_members_commander', ['engagementId'], {
  unique: true,
  where: `"role" = 'INCIDENT_COMMANDER'`,
})
export class EngagementMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_engagement_members_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_engagement_members_engagement',
  })
  engagement?: EngagementEntity;

  @Index('ix_engagement_members_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({
    type: 'enum',
    enum: Object.values(EngagementRole),
    enumName: 'engagement_role',
  })
  role!: EngagementRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
