import { LedgerEntryKind } from '@vigil/shared/domain';
import {
  Column,
  Generated,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RetainerEntity } from './retainer.entity';

/** Append-only: the application role may insert and read, never update or delete. */
@Entity({ name: 'ledger_entries' })
@Index('ix_ledger_entries_retainer_seq', ['retainerId', 'seq'])
// Created by the migration with INCLUDE columns, which @Index cannot express: the portfolio's
// last-30-days burn reads it without touching the table.
@Index('ix_ledger_entries_retainer_created', { synchronize: false })
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /**
   * The order entries were applied in. Inserts for one retainer are serialised by its row lock, so
   * this follows the running balance even when transactions started in another order.
   */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: string;

  @Index('ix_ledger_entries_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'retainer_id', type: 'uuid' })
  retainerId!: string;

  @ManyToOne(() => RetainerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'retainer_id', foreignKeyConstraintName: 'fk_ledger_entries_retainer' })
  retainer?: RetainerEntity;

  @Column({ type: 'enum', enum: LedgerEntryKind, enumName: 'ledger_entry_kind' })
  kind!: LedgerEntryKind;

  /** Signed: credits positive, debits negative. */
  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ name: 'balance_after', type: 'integer' })
  balanceAfter!: number;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'reference_type', type: 'varchar', length: 40, nullable: true })
  referenceType!: string | null;

  @Column({ name: 'reference_id', type: 'uuid', nullable: true })
  referenceId!: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
