import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { Actor, systemActorFor } from '@vigil/api/core';
import {
  NotificationEntity,
  OrganizationEntity,
  RetainerEntity,
  TenantDb,
  UserEntity,
} from '@vigil/api/database';
import { JobName, jobIds, QueueName, RetainerAlarmJobData } from '@vigil/api/queue';
import {
  addDays,
  formatHours,
  LedgerEntryKind,
  RetainerStatus,
  Role,
  zonedTimeToInstant,
} from '@vigil/shared/domain';
import { Queue } from 'bullmq';
import { EntityManager, In, MoreThan } from 'typeorm';
import { appendLedger, lockRetainer } from './ledger';
import { NotificationsService } from './notifications.service';

export const REMINDER_DAYS = [30, 7] as const;
/** Reminders go out at 09:00 in the client's time zone. */
const REMINDER_HOUR = 9;

/**
 * The time-driven side of retainers: reminders before the term ends and the expiry itself, as
 * BullMQ delayed jobs. PostgreSQL is the truth: the term end says what is due, notification keys
 * say what was sent, and the retainer's status says whether it expired; the jobs are only alarms.
 */
@Injectable()
export class RetainerAlarmsService {
  private readonly logger = new Logger(RetainerAlarmsService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @InjectQueue(QueueName.RETAINERS) private readonly queue: Queue,
  ) {}

  /** When each alarm of a retainer is due, computed in its client's time zone. */
  static dueTimes(
    termEnd: string,
    timeZone: string,
  ): { reminders: { daysBefore: number; at: Date }[]; expiry: Date } {
    return {
      reminders: REMINDER_DAYS.map((daysBefore) => ({
        daysBefore,
        at: zonedTimeToInstant(addDays(termEnd, -daysBefore), REMINDER_HOUR, timeZone),
      })),
      // The term includes its last day: the retainer expires at the next local midnight.
      expiry: zonedTimeToInstant(addDays(termEnd, 1), 0, timeZone),
    };
  }

  /** Arms the alarms of an active retainer (idempotent by job id). Failures are left to the sweep. */
  async arm(
    retainer: Pick<RetainerEntity, 'id' | 'organizationId' | 'termEnd'>,
    timeZone: string,
  ): Promise<void> {
    const due = RetainerAlarmsService.dueTimes(retainer.termEnd, timeZone);
    const base: RetainerAlarmJobData = {
      retainerId: retainer.id,
      organizationId: retainer.organizationId,
      termEnd: retainer.termEnd,
    };
    try {
      for (const r of due.reminders) {
        await this.queue.add(
          JobName.RETAINER_REMINDER,
          { ...base, daysBefore: r.daysBefore },
          {
            jobId: jobIds.retainerReminder(retainer.id, retainer.termEnd, r.daysBefore),
            delay: Math.max(0, r.at.getTime() - Date.now()),
          },
        );
      }
      await this.queue.add(JobName.RETAINER_EXPIRY, base, {
        jobId: jobIds.retainerExpiry(retainer.id, retainer.termEnd),
        delay: Math.max(0, due.expiry.getTime() - Date.now()),
      });
    } catch (e) {
      this.logger.warn(
        `Could not arm the alarms of retainer ${retainer.id}; the sweep will: ${String(e)}`,
      );
    }
  }

  /** Removes the alarms computed from an old term end (after the term moved). */
  async disarm(retainerId: string, termEnd: string): Promise<void> {
    const ids = [
      ...REMINDER_DAYS.map((d) => jobIds.retainerReminder(retainerId, termEnd, d)),
      jobIds.retainerExpiry(retainerId, termEnd),
    ];
    for (const id of ids) await this.queue.remove(id).catch(() => 0);
  }

  /** A reminder: once per retainer, term end, lead time and person, whatever runs it how often. */
  async remind(data: RetainerAlarmJobData): Promise<number> {
    const scope = systemActorFor(data.organizationId);
    return this.db.run(async (em) => {
      const retainer = await em.findOneBy(RetainerEntity, { id: data.retainerId });
      if (
        !retainer ||
        retainer.status !== RetainerStatus.ACTIVE ||
        retainer.termEnd !== data.termEnd
      )
        return 0;
      // A reminder that comes due after the term has ended has nothing left to remind of.
      const org = await em.findOneByOrFail(OrganizationEntity, { id: retainer.organizationId });
      if (
        RetainerAlarmsService.dueTimes(retainer.termEnd, org.timeZone).expiry.getTime() <=
        Date.now()
      )
        return 0;
      const recipients = await this.recipients(em, retainer);
      this.notifications.publishCounts(recipients);
      let sent = 0;
      for (const userId of recipients) {
        const result = await em
          .createQueryBuilder()
          .insert()
          .into(NotificationEntity)
          .values({
            organizationId: retainer.organizationId,
            userId,
            kind: 'retainer.term_ending',
            title: `Retainer ${retainer.reference} ends in ${data.daysBefore ?? 0} days`,
            body: `The term ends on ${retainer.termEnd}; ${formatHours(retainer.balanceMinutes)} are left.`,
            link: `/provider/retainers/${retainer.id}`,
            dedupeKey: `retainer-reminder:${retainer.id}:${retainer.termEnd}:${data.daysBefore ?? 0}:${userId}`,
          })
          .orIgnore()
          .execute();
        sent += result.identifiers.filter(Boolean).length;
      }
      return sent;
    }, scope);
  }

  /**
   * Expires an active retainer at the end of its term: up to the rollover allowance of the remaining
   * hours moves into the client's next retainer (when there is one), the rest is written off.
   * The status change is the guard: a second run finds it EXPIRED and does nothing.
   */
  async expire(data: RetainerAlarmJobData, now = new Date()): Promise<boolean> {
    const scope = systemActorFor(data.organizationId);
    return this.db.run(async (em) => {
      const retainer = await lockRetainer(em, data.retainerId);
      if (
        !retainer ||
        retainer.status !== RetainerStatus.ACTIVE ||
        retainer.termEnd !== data.termEnd
      )
        return false;
      const org = await em.findOneByOrFail(OrganizationEntity, { id: retainer.organizationId });
      if (RetainerAlarmsService.dueTimes(retainer.termEnd, org.timeZone).expiry > now)
        throw new Error(`Retainer ${retainer.id} is not due to expire yet`);
      const remaining = Math.max(0, retainer.balanceMinutes);
      const next = await em.findOne(RetainerEntity, {
        where: {
          organizationId: retainer.organizationId,
          status: In([RetainerStatus.DRAFT, RetainerStatus.ACTIVE]),
          termStart: MoreThan(retainer.termEnd),
        },
        order: { termStart: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const carry = next ? Math.min(remaining, retainer.rolloverMaxMinutes ?? 0) : 0;
      const meta = { actorUserId: null, referenceType: 'Retainer' };
      if (carry > 0 && next) {
        await appendLedger(em, retainer, LedgerEntryKind.ROLLOVER_CREDIT, -carry, {
          ...meta,
          referenceId: next.id,
          reason: `Carried over to ${next.reference}`,
        });
        await appendLedger(em, next, LedgerEntryKind.ROLLOVER_CREDIT, carry, {
          ...meta,
          referenceId: retainer.id,
          reason: `Carried over from ${retainer.reference}`,
        });
      }
      if (remaining - carry > 0) {
        await appendLedger(em, retainer, LedgerEntryKind.EXPIRY_WRITE_OFF, -(remaining - carry), {
          ...meta,
          referenceId: retainer.id,
          reason: 'Unused at the end of the term',
        });
      }
      await em.update(RetainerEntity, { id: retainer.id }, { status: RetainerStatus.EXPIRED });
      await this.audit.record(em, scope, {
        organizationId: retainer.organizationId,
        action: 'retainer.expired',
        targetType: 'Retainer',
        targetId: retainer.id,
        changes: {
          carriedOverMinutes: carry,
          writtenOffMinutes: remaining - carry,
          nextRetainerId: next?.id ?? null,
        },
      });
      return true;
    }, scope);
  }

  /** The sweep: arms every active retainer's alarms and runs what is overdue, so nothing is lost with Redis. */
  async sweep(actor: Actor): Promise<{ armed: number; expired: number }> {
    const active = await this.db.run(
      (em) =>
        em
          .createQueryBuilder(RetainerEntity, 'r')
          .innerJoin(OrganizationEntity, 'o', 'o.id = r.organization_id')
          .select([
            'r.id AS id',
            'r.organization_id AS "organizationId"',
            'r.term_end::text AS "termEnd"',
            'o.time_zone AS "timeZone"',
          ])
          .where('r.status = :s', { s: RetainerStatus.ACTIVE })
          .getRawMany<{ id: string; organizationId: string; termEnd: string; timeZone: string }>(),
      actor,
    );
    let expired = 0;
    for (const r of active) {
      const due = RetainerAlarmsService.dueTimes(r.termEnd, r.timeZone);
      const data = { retainerId: r.id, organizationId: r.organizationId, termEnd: r.termEnd };
      for (const reminder of due.reminders) {
        if (reminder.at.getTime() <= Date.now())
          await this.remind({ ...data, daysBefore: reminder.daysBefore });
      }
      if (due.expiry.getTime() <= Date.now()) {
        if (await this.expire(data)) expired += 1;
      } else {
        await this.arm(r, r.timeZone);
      }
    }
    return { armed: active.length - expired, expired };
  }

  private async recipients(em: EntityManager, retainer: RetainerEntity): Promise<string[]> {
    const admins = await em.find(UserEntity, {
      where: { organizationId: retainer.organizationId, role: Role.CLIENT_ADMIN },
      select: { id: true },
    });
    return [...new Set([retainer.accountManagerId, ...admins.map((u) => u.id)])];
  }
}
