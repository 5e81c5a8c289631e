import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { Actor, badInput, forbidden, notFound, Page } from '@vigil/api/core';
import { keysetPage, RetainerEntity, TenantDb, TimeEntryEntity } from '@vigil/api/database';
import {
  formatHours,
  isClientRole,
  isQuarterHours,
  isWithinTerm,
  LedgerEntryKind,
  MAX_MINUTES_PER_DAY,
  RetainerStatus,
  TimeEntryStatus,
  WorkReferenceType,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import { LogTimeInput, UpdateTimeEntryInput } from './dto/time-entry.types';
import { appendLedger, lockRetainer } from './ledger';
import { NotificationsService } from './notifications.service';
import { mayManage } from './retainers.service';
import { checkWorkReference } from './work-reference';

@Injectable()
export class TimeEntriesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  log(input: LogTimeInput): Promise<TimeEntryEntity> {
    const actor = this.db.actor();
    if (!isQuarterHours(input.minutes))
      throw badInput('input.minutes', 'must be a positive multiple of 15 minutes');
    return this.db.run(async (em) => {
      const retainer = await em.findOneBy(RetainerEntity, { id: input.retainerId });
      if (!retainer) throw notFound('Retainer');
      this.checkTerm(retainer, input.workDate, 'input');
      const referenceType = input.referenceType ?? WorkReferenceType.RETAINER;
      const referenceId = input.referenceId ?? null;
      await checkWorkReference(em, retainer, referenceType, referenceId, 'input');
      await this.checkDay(em, actor.userId ?? '', input.workDate, input.minutes, null);
      const entry = await em.save(
        em.create(TimeEntryEntity, {
          organizationId: retainer.organizationId,
          retainerId: retainer.id,
          userId: actor.userId ?? '',
          referenceType,
          referenceId,
          workDate: input.workDate,
          minutes: input.minutes,
          description: input.description.trim(),
          billable: input.billable ?? true,
          status: TimeEntryStatus.DRAFT,
        }),
      );
      await this.audit.record(em, actor, {
        organizationId: retainer.organizationId,
        action: 'time_entry.logged',
        targetType: 'TimeEntry',
        targetId: entry.id,
        changes: { workDate: entry.workDate, minutes: entry.minutes },
      });
      return entry;
    });
  }

  /**
   * The author edits their own entry until it is approved. An approved entry is edited by an
   * approver: its debit is reversed and a new one written, in one transaction.
   */
  update(input: UpdateTimeEntryInput): Promise<TimeEntryEntity> {
    const actor = this.db.actor();
    if (input.minutes !== undefined && !isQuarterHours(input.minutes))
      throw badInput('input.minutes', 'must be a positive multiple of 15 minutes');
    return this.db.run(async (em) => {
      const entry = await this.lockEntry(em, input.id);
      const retainer = await lockRetainer(em, entry.retainerId);
      if (!retainer) throw notFound('Retainer');
      const approved = entry.status === TimeEntryStatus.APPROVED;
      if (approved ? !mayManage(actor, retainer) : entry.userId !== actor.userId) {
        throw forbidden(
          approved
            ? 'Only the account manager or a provider admin can change an approved entry.'
            : 'You can only change your own time entries.',
        );
      }
      const next = {
        workDate: input.workDate ?? entry.workDate,
        minutes: input.minutes ?? entry.minutes,
        description: input.description?.trim() ?? entry.description,
        billable: input.billable ?? entry.billable,
        // A new type takes its id from the same input (none: no reference).
        referenceType: input.referenceType ?? entry.referenceType,
        referenceId: input.referenceType
          ? (input.referenceId ?? null)
          : (input.referenceId ?? entry.referenceId),
      };
      this.checkTerm(retainer, next.workDate, 'input');
      if (input.referenceType || input.referenceId)
        await checkWorkReference(em, retainer, next.referenceType, next.referenceId, 'input');
      await this.checkDay(em, entry.userId, next.workDate, next.minutes, entry.id);
      if (approved) {
        if (entry.debitEntryId) {
          await appendLedger(em, retainer, LedgerEntryKind.REVERSAL, entry.minutes, {
            actorUserId: actor.userId,
            reason: 'Approved time entry edited',
            referenceType: 'TimeEntry',
            referenceId: entry.id,
          });
        }
        Object.assign(entry, next);
        entry.debitEntryId = next.billable ? await this.debit(em, actor, entry) : null;
      } else {
        Object.assign(entry, next);
        if (entry.status === TimeEntryStatus.REJECTED) {
          entry.status = TimeEntryStatus.DRAFT;
          entry.rejectionReason = null;
        }
      }
      const saved = await em.save(entry);
      await this.audit.record(em, actor, {
        organizationId: entry.organizationId,
        action: 'time_entry.updated',
        targetType: 'TimeEntry',
        targetId: entry.id,
        changes: next,
      });
      return saved;
    });
  }

  submit(id: string): Promise<TimeEntryEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const entry = await this.lockEntry(em, id);
      if (entry.userId !== actor.userId)
        throw forbidden('You can only submit your own time entries.');
      if (entry.status !== TimeEntryStatus.DRAFT)
        throw badInput('id', `only a draft can be submitted; this entry is ${entry.status}`);
      entry.status = TimeEntryStatus.SUBMITTED;
      const saved = await em.save(entry);
      await this.audit.record(em, actor, {
        organizationId: entry.organizationId,
        action: 'time_entry.submitted',
        targetType: 'TimeEntry',
        targetId: id,
      });
      return saved;
    });
  }

  /**
   * Approves submitted entries and debits their retainers, all or nothing, in one statement (the
   * rules are in vigil_approve_time_entries: submitted entries only, the retainer's account manager
   * or an admin, an active retainer, the overage policy, threshold notifications, the audit row).
   */
  async approve(ids: string[]): Promise<TimeEntryEntity[]> {
    const actor = this.db.actor();
    if (!actor.userId) throw forbidden('Only a signed-in person approves time.');
    const rows = await this.db.statement<{ entry: TimeEntryJson; notified: string[] }>(
      'SELECT entry, notified FROM vigil_approve_time_entries($1, $2, $3, $4, $5, $6)',
      [
        actor.userId,
        actor.sessionId,
        actor.role,
        actor.organizationId,
        ids,
        this.audit.requestId(),
      ],
    );
    const notified = rows.flatMap((r) => r.notified);
    if (notified.length) this.notifications.publishCounts(notified);
    return rows.map((r) => timeEntryFromJson(r.entry));
  }

  reject(id: string, reason: string): Promise<TimeEntryEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const entry = await this.lockEntry(em, id);
      const retainer = await em.findOneByOrFail(RetainerEntity, { id: entry.retainerId });
      if (!mayManage(actor, retainer))
        throw forbidden(
          'Only the retainer’s account manager or a provider admin rejects its time.',
        );
      if (entry.status !== TimeEntryStatus.SUBMITTED)
        throw badInput(
          'input.id',
          `only a submitted entry can be rejected; this one is ${entry.status}`,
        );
      entry.status = TimeEntryStatus.REJECTED;
      entry.rejectionReason = reason.trim();
      const saved = await em.save(entry);
      await this.audit.record(em, actor, {
        organizationId: entry.organizationId,
        action: 'time_entry.rejected',
        targetType: 'TimeEntry',
        targetId: id,
        changes: { reason: entry.rejectionReason },
      });
      return saved;
    });
  }

  /** Provider staff see every entry they may see; client users only approved ones. */
  list(
    filter: { retainerId?: string; userId?: string; status?: TimeEntryStatus },
    first?: number | null,
    after?: string | null,
  ): Promise<Page<TimeEntryEntity>> {
    const actor = this.db.actor();
    return this.db.run((em) => {
      const qb = em.createQueryBuilder(TimeEntryEntity, 't');
      if (filter.retainerId) qb.andWhere('t.retainer_id = :r', { r: filter.retainerId });
      if (filter.userId) qb.andWhere('t.user_id = :u', { u: filter.userId });
      if (actor.role && isClientRole(actor.role))
        qb.andWhere('t.status = :approved', { approved: TimeEntryStatus.APPROVED });
      else if (filter.status) qb.andWhere('t.status = :s', { s: filter.status });
      return keysetPage(qb, {
        sort: 't.workDate',
        id: 't.id',
        direction: 'DESC',
        cast: 'date',
        first,
        after,
      });
    });
  }

  /**
   * Writes the debit of an approved billable entry to its locked retainer (vigil_debit_time: the
   * overage policy, the running balance, threshold notifications) and returns the ledger entry.
   */
  private async debit(em: EntityManager, actor: Actor, entry: TimeEntryEntity): Promise<string> {
    const [row] = (await em.query(
      'SELECT ledger_id, notified FROM vigil_debit_time($1, $2, $3, $4)',
      [entry.retainerId, entry.id, entry.minutes, actor.userId],
    )) as { ledger_id: string; notified: string[] }[];
    if (!row) throw notFound('Retainer');
    if (row.notified.length) this.notifications.publishCounts(row.notified);
    return row.ledger_id;
  }

  private async lockEntry(em: EntityManager, id: string): Promise<TimeEntryEntity> {
    const entry = await em.findOne(TimeEntryEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entry) throw notFound('Time entry');
    return entry;
  }

  private checkTerm(retainer: RetainerEntity, workDate: string, prefix: string): void {
    if (retainer.status !== RetainerStatus.ACTIVE)
      throw badInput(
        `${prefix}.retainerId`,
        `time can only be logged against an active retainer; this one is ${retainer.status}`,
      );
    if (!isWithinTerm(workDate, retainer.termStart, retainer.termEnd)) {
      throw badInput(
        `${prefix}.workDate`,
        `must fall inside the retainer's term (${retainer.termStart} to ${retainer.termEnd})`,
      );
    }
  }

  /** No one logs more than 24 hours on one day (rejected entries do not count). */
  private async checkDay(
    em: EntityManager,
    userId: string,
    workDate: string,
    minutes: number,
    excludeId: string | null,
  ): Promise<void> {
    const qb = em
      .createQueryBuilder(TimeEntryEntity, 't')
      .select('coalesce(sum(t.minutes), 0)::int', 'total')
      .where('t.user_id = :userId AND t.work_date = :workDate', { userId, workDate })
      .andWhere('t.status IN (:...statuses)', {
        statuses: [TimeEntryStatus.DRAFT, TimeEntryStatus.SUBMITTED, TimeEntryStatus.APPROVED],
      });
    if (excludeId) qb.andWhere('t.id <> :excludeId', { excludeId });
    const row = await qb.getRawOne<{ total: number }>();
    const total = (row?.total ?? 0) + minutes;
    if (total > MAX_MINUTES_PER_DAY) {
      throw badInput(
        'input.minutes',
        `would bring the time logged on ${workDate} to ${formatHours(total)}; the limit is 24 h a day`,
      );
    }
  }
}

/** A time_entries row as to_jsonb writes it. */
interface TimeEntryJson {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  organization_id: string;
  retainer_id: string;
  user_id: string;
  reference_type: WorkReferenceType;
  reference_id: string | null;
  work_date: string;
  minutes: number;
  description: string;
  billable: boolean;
  status: TimeEntryStatus;
  rejection_reason: string | null;
  approved_by_id: string | null;
  approved_at: string | null;
  debit_entry_id: string | null;
}

function timeEntryFromJson(row: TimeEntryJson): TimeEntryEntity {
  return Object.assign(new TimeEntryEntity(), {
    id: row.id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    version: row.version,
    organizationId: row.organization_id,
    retainerId: row.retainer_id,
    userId: row.user_id,
    referenceType: row.reference_type,
    referenceId: row.reference_id,
    workDate: row.work_date,
    minutes: row.minutes,
    description: row.description,
    billable: row.billable,
    status: row.status,
    rejectionReason: row.rejection_reason,
    approvedById: row.approved_by_id,
    approvedAt: row.approved_at ? new Date(row.approved_at) : null,
    debitEntryId: row.debit_entry_id,
  });
}
