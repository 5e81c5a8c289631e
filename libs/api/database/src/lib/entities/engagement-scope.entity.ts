import {
  AccountKind,
  AssetKind,
  CompromiseStatus,
  CorrectiveActionStatus,
  DataCategory,
} from '@vigil/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from './base';
import { EngagementEntity } from './engagement.entity';

/** An affected machine or resource. */
@Entity({ name: 'scope_assets' })
@Index('ix_scope_assets_engagement', ['engagementId'])
export class ScopeAssetEntity extends BaseRow {
  @Index('ix_scope_assets_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_scope_assets_engagement' })
  engagement?: EngagementEntity;

  @Column({ type: 'varchar', length: 253, default: '' })
  hostname!: string;

  @Column({ name: 'ip_address', type: 'varchar', length: 45, nullable: true })
  ipAddress!: string | null;

  @Column({ type: 'enum', enum: AssetKind, enumName: 'asset_kind' })
  kind!: AssetKind;

  /** Who runs it on the client's side. */
  @Column({ type: 'varchar', length: 200, default: '' })
  owner!: string;

  @Column({
    name: 'compromise_status',
    type: 'enum',
    enum: CompromiseStatus,
    enumName: 'compromise_status',
    default: CompromiseStatus.SUSPECTED,
  })
  compromiseStatus!: CompromiseStatus;
}

/** An affected account. */
@Entity({ name: 'scope_accounts' })
@Index('ix_scope_accounts_engagement', ['engagementId'])
export class ScopeAccountEntity extends BaseRow {
  @Index('ix_scope_accounts_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_scope_accounts_engagement' })
  engagement?: EngagementEntity;

  @Column({ type: 'varchar', length: 200 })
  username!: string;

  /** The directory or system it belongs to (Entra ID, AD, AWS…). */
  @Column({ type: 'varchar', length: 200, default: '' })
  system!: string;

  @Column({ type: 'enum', enum: AccountKind, enumName: 'account_kind' })
  kind!: AccountKind;

  @Column({
    name: 'compromise_status',
    type: 'enum',
    enum: CompromiseStatus,
    enumName: 'compromise_status',
    default: CompromiseStatus.SUSPECTED,
  })
  compromiseStatus!: CompromiseStatus;
}

/** Affected data of one category, with an estimate of the records; the regulatory clocks read it. */
@Entity({ name: 'scope_data' })
@Index('uq_scope_data_category', ['engagementId', 'category'], { unique: true })
export class ScopeDataEntity extends BaseRow {
  @Index('ix_scope_data_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_scope_data_engagement' })
  engagement?: EngagementEntity;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category' })
  category!: DataCategory;

  @Column({ name: 'estimated_records', type: 'integer', nullable: true })
  estimatedRecords!: number | null;

  @Column({ type: 'text', default: '' })
  description!: string;
}

/** The post-incident review: one per engagement, shown to the client once released. */
@Entity({ name: 'post_incident_reviews' })
export class PostIncidentReviewEntity extends BaseRow {
  @Index('ix_post_incident_reviews_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Index('uq_post_incident_reviews_engagement', { unique: true })
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_post_incident_reviews_engagement',
  })
  engagement?: EngagementEntity;

  @Column({ name: 'root_cause', type: 'text', default: '' })
  rootCause!: string;

  @Column({ name: 'timeline_summary', type: 'text', default: '' })
  timelineSummary!: string;

  @Column({ name: 'what_worked', type: 'text', default: '' })
  whatWorked!: string;

  @Column({ name: 'what_did_not', type: 'text', default: '' })
  whatDidNot!: string;

  @Column({ name: 'gaps_tooling', type: 'text', default: '' })
  gapsTooling!: string;

  @Column({ name: 'gaps_process', type: 'text', default: '' })
  gapsProcess!: string;

  @Column({ name: 'gaps_training', type: 'text', default: '' })
  gapsTraining!: string;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'released_by_id', type: 'uuid', nullable: true })
  releasedById!: string | null;
}

/** What will be done so it does not happen again, by whom and when, tracked to done. */
@Entity({ name: 'corrective_actions' })
@Index('ix_corrective_actions_engagement', ['engagementId', 'status'])
export class CorrectiveActionEntity extends BaseRow {
  @Index('ix_corrective_actions_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'engagement_id',
    foreignKeyConstraintName: 'fk_corrective_actions_engagement',
  })
  engagement?: EngagementEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** A person on either side, by name (the client's owners are often not Vigil users). */
  @Column({ name: 'owner_name', type: 'varchar', length: 200 })
  ownerName!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({
    type: 'enum',
    enum: CorrectiveActionStatus,
    enumName: 'corrective_action_status',
    default: CorrectiveActionStatus.OPEN,
  })
  status!: CorrectiveActionStatus;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;
}
