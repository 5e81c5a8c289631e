import { TimeEntryStatus, WorkReferenceType } from '@vigil/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from './base';
import { RetainerEntity } from './retainer.entity';

@Entity({ name: 'time_entries' })
@Check('ck_time_entries_quarter_hours', `"minutes" > 0 AND "minutes" % 15 = 0`)
@Index('ix_time_entries_user_date', ['userId', 'workDate'])
@Index('ix_time_entries_retainer_status', ['retainerId', 'status'])
export class TimeEntryEntity extends BaseRow {
  @Index('ix_time_entries_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'retainer_id', type: 'uuid' })
  retainerId!: string;

  @ManyToOne(() => RetainerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'retainer_id', foreignKeyConstraintName: 'fk_time_entries_retainer' })
  retainer?: RetainerEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** What the work was for; later issues add engagements, assessments and tabletops. */
  @Column({
    name: 'reference_type',
    type: 'enum',
    enum: WorkReferenceType,
    enumName: 'work_reference_type',
  })
  referenceType!: WorkReferenceType;

  @Column({ name: 'reference_id', type: 'uuid', nullable: true })
  referenceId!: string | null;

  @Column({ name: 'work_date', type: 'date' })
  workDate!: string;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean', default: true })
  billable!: boolean;

  @Column({
    type: 'enum',
    enum: TimeEntryStatus,
    enumName: 'time_entry_status',
    default: TimeEntryStatus.DRAFT,
  })
  status!: TimeEntryStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** The ledger debit this approval wrote (null when not billable or not approved). */
  @Column({ name: 'debit_entry_id', type: 'uuid', nullable: true })
  debitEntryId!: string | null;
}
