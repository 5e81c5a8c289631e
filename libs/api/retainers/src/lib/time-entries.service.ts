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
  OveragePolicy,
  RetainerStatus,
  TimeEntryStatus,
  WorkReferenceType,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import { LogTimeInput, UpdateTimeEntryInput } from './dto/time-entry.types';
import { appendLedger, lockRetainer } from './ledger';
import { NotificationsService } from './notifications.service';
import { mayManage } from './retainers.service';

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
      await this.checkDay(em, actor.userId ?? '', input.workDate, input.minutes, null);
      const entry = await em.save(
        em.create(TimeEntryEntity, {
          organizationId: retainer.organizationId,
          retainerId: retainer.id,
          userId: actor.userId ?? '',
          referenceType: input.referenceType ?? WorkReferenceType.RETAINER,
          referenceId: input.referenceId ?? null,
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
      };
      this.checkTerm(retainer, next.workDate, 'input');
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
        entry.debitEntryId = next.billable ? await this.debit(em, actor, retainer, entry) : null;
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

  /** Approves submitted entries and debits their retainers, all or nothing. */
  approve(ids: string[]): Promise<TimeEntryEntity[]> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const approved: TimeEntryEntity[] = [];
      // A fixed lock order (by id) keeps two bulk approvals from deadlocking each other.
      for (const id of [...new Set(ids)].sort()) {
        const entry = await this.lockEntry(em, id);
        if (entry.status !== TimeEntryStatus.SUBMITTED)
          throw badInput(
            'input.ids',
            `entry ${id} is ${entry.status}; only submitted entries can be approved`,
          );
        const retainer = await lockRetainer(em, entry.retainerId);
        if (!retainer) throw notFound('Retainer');
        if (!mayManage(actor, retainer))
          throw forbidden(
            'Only the retainer’s account manager or a provider admin approves its time.',
          );
        if (retainer.status !== RetainerStatus.ACTIVE)
          throw badInput(
            'input.ids',
            `entry ${id}: the retainer is ${retainer.status}, not ACTIVE`,
          );
        entry.debitEntryId = entry.billable ? await this.debit(em, actor, retainer, entry) : null;
        entry.status = TimeEntryStatus.APPROVED;
        entry.approvedById = actor.userId;
        entry.approvedAt = new Date();
        approved.push(await em.save(entry));
        await this.audit.record(em, actor, {
          organizationId: entry.organizationId,
          action: 'time_entry.approved',
          targetType: 'TimeEntry',
          targetId: id,
          changes: { minutes: entry.minutes },
        });
      }
      return approved;
    });
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

  /** Writes the debit of an approved billable entry, honouring the overage policy. */
  private async debit(
    em: EntityManager,
    actor: Actor,
    retainer: RetainerEntity,
    entry: TimeEntryEntity,
  ): Promise<string> {
    const before = retainer.balanceMinutes;
    if (retainer.overagePolicy === OveragePolicy.BLOCK && before - entry.minutes < 0) {
      throw badInput(
        'input.ids',
        `approving ${formatHours(entry.minutes)} would take retainer ${retainer.reference} below zero: only ${Math.max(before, 0)} minutes remain`,
      );
    }
    retainer.overageMinutes += Math.max(0, entry.minutes - Math.max(before, 0));
    const usedBefore = retainer.minutesPurchased - before;
    const ledger = await appendLedger(em, retainer, LedgerEntryKind.TIME_DEBIT, -entry.minutes, {
      actorUserId: actor.userId,
      referenceType: 'TimeEntry',
      referenceId: entry.id,
    });
    await this.notifications.notifyThresholds(
      em,
      retainer,
      usedBefore,
      retainer.minutesPurchased - retainer.balanceMinutes,
    );
    return ledger.id;
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
