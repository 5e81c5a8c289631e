import { IndicatorType, TlpMarking } from '@vigil/shared/domain';
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
import { EngagementEntity } from './engagement.entity';

/** An indicator of compromise, normalised per type; one row per (type, value) per engagement. */
@Entity({ name: 'indicators' })
@Index('uq_indicators_value', ['engagementId', 'type', 'value'], { unique: true })
export class IndicatorEntity extends BaseRow {
  @Index('ix_indicators_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_indicators_engagement' })
  engagement?: EngagementEntity;

  @Column({ type: 'enum', enum: IndicatorType, enumName: 'indicator_type' })
  type!: IndicatorType;

  @Column({ type: 'text' })
  value!: string;

  @Column({ type: 'enum', enum: TlpMarking, enumName: 'tlp_marking', default: TlpMarking.AMBER })
  tlp!: TlpMarking;

  @Column({ name: 'first_seen', type: 'timestamptz', nullable: true })
  firstSeen!: Date | null;

  @Column({ name: 'last_seen', type: 'timestamptz', nullable: true })
  lastSeen!: Date | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;
}

/** A piece of evidence, numbered within the engagement, with its hash and where it is kept. */
@Entity({ name: 'evidence_items' })
@Index('uq_evidence_items_number', ['engagementId', 'itemNumber'], { unique: true })
export class EvidenceItemEntity extends BaseRow {
  @Index('ix_evidence_items_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'fk_evidence_items_engagement' })
  engagement?: EngagementEntity;

  @Column({ name: 'item_number', type: 'integer' })
  itemNumber!: number;

  @Column({ type: 'text' })
  description!: string;

  /** Where it was taken from: a host, a mailbox, a cloud tenant. */
  @Column({ type: 'varchar', length: 300 })
  source!: string;

  @Column({ name: 'collected_by', type: 'varchar', length: 200 })
  collectedBy!: string;

  @Column({ name: 'collected_at', type: 'timestamptz' })
  collectedAt!: Date;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ name: 'storage_location', type: 'varchar', length: 300 })
  storageLocation!: string;

  /** Who holds it now: the last transfer's recipient, or the collector. */
  @Column({ type: 'varchar', length: 200 })
  custodian!: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;
}

/** One hand-over of a piece of evidence. The log can only grow: nothing is changed or deleted. */
@Entity({ name: 'custody_transfers' })
@Index('ix_custody_transfers_evidence', ['evidenceId', 'transferredAt'])
export class CustodyTransferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_custody_transfers_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId!: string;

  @ManyToOne(() => EvidenceItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id', foreignKeyConstraintName: 'fk_custody_transfers_evidence' })
  evidence?: EvidenceItemEntity;

  @Column({ name: 'from_party', type: 'varchar', length: 200 })
  fromParty!: string;

  @Column({ name: 'to_party', type: 'varchar', length: 200 })
  toParty!: string;

  @Column({ name: 'transferred_at', type: 'timestamptz' })
  transferredAt!: Date;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
