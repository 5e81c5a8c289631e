import { OveragePolicy, RetainerStatus } from '@vigil/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from './base';
import { OrganizationEntity } from './organization.entity';

/** Prepaid hours for one client organisation over a term. Minutes are exact integers. */
@Entity({ name: 'retainers' })
@Check('ck_retainers_term', `"term_end" >= "term_start"`)
@Check(
  'ck_retainers_amounts',
  `"minutes_purchased" >= 0 AND "hourly_rate_cents" >= 0 AND "overage_rate_cents" >= 0 AND ("rollover_max_minutes" IS NULL OR "rollover_max_minutes" >= 0)`,
)
@Index('uq_retainers_one_active', ['organizationId'], {
  unique: true,
  where: `"status" = 'ACTIVE'`,
})
@Index('uq_retainers_reference', ['organizationId', 'reference'], { unique: true })
export class RetainerEntity extends BaseRow {
  @Index('ix_retainers_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_retainers_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 40 })
  reference!: string;

  /** Calendar dates in the client's time zone. */
  @Column({ name: 'term_start', type: 'date' })
  termStart!: string;

  @Column({ name: 'term_end', type: 'date' })
  termEnd!: string;

  @Column({ name: 'minutes_purchased', type: 'integer' })
  minutesPurchased!: number;

  @Column({ name: 'hourly_rate_cents', type: 'integer' })
  hourlyRateCents!: number;

  @Column({ name: 'overage_rate_cents', type: 'integer' })
  overageRateCents!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'overage_policy', type: 'enum', enum: OveragePolicy, enumName: 'overage_policy' })
  overagePolicy!: OveragePolicy;

  /** Null: nothing carries over. Otherwise at most this many minutes roll into the next term. */
  @Column({ name: 'rollover_max_minutes', type: 'integer', nullable: true })
  rolloverMaxMinutes!: number | null;

  @Column({ name: 'response_tier', type: 'varchar', length: 60 })
  responseTier!: string;

  @Column({
    name: 'alert_thresholds',
    type: 'integer',
    array: true,
    default: () => `'{75,90,100}'`,
  })
  alertThresholds!: number[];

  @Column({ name: 'account_manager_id', type: 'uuid' })
  accountManagerId!: string;

  @Column({
    type: 'enum',
    enum: RetainerStatus,
    enumName: 'retainer_status',
    default: RetainerStatus.DRAFT,
  })
  status!: RetainerStatus;

  /** Internal to the provider; never shown to clients. */
  @Column({ type: 'text', default: '' })
  notes!: string;

  /** Sum of the ledger, kept in the same transaction as every ledger insert. */
  @Column({ name: 'balance_minutes', type: 'integer', default: 0 })
  balanceMinutes!: number;

  /** Minutes approved past a zero balance (ALLOW policy). */
  @Column({ name: 'overage_minutes', type: 'integer', default: 0 })
  overageMinutes!: number;
}
