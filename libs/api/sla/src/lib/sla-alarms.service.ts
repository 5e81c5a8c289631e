import { randomBytes } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@vigil/api/core';
import { SlaCycleEntity, TenantDb } from '@vigil/api/database';
import {
  JobName,
  jobIds,
  QueueName,
  SLA_TICK_MS,
  SlaAlarmJobData,
  slaTick,
} from '@vigil/api/queue';
import { NotificationsService } from '@vigil/api/retainers';
import {
  dueEvents,
  ESCALATION_CHAIN,
  EscalationTarget,
  formatDuration,
  SlaCycleState,
  SlaEvent,
} from '@vigil/shared/domain';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { EntityManager } from 'typeorm';
import { alarmState, CycleRow, isLive, pendingOf } from './cycle-state';

/** What one batch of firing did. */
export interface FiredBatch {
  /** Cycles taken from PostgreSQL because something of theirs was due. */
  claimed: number;
  /** Notifications that went out. */
  sent: number;
  /** Cycles that breached in this batch (the benchmark reads them). */
  breached: string[];
}

interface EngagementPeople {
  engagement_id: string;
  reference: string;
  title: string;
  client_name: string;
  commanders: string[];
  team: string[];
  /** Only read when there is no team (else empty). */
  assigned: string[];
  /** Only read when an escalation goes to the account managers (else empty). */
  managers: string[];
}

/** An instant's tick in SQL, as slaTick computes it: epoch milliseconds, rounded up. */
const TICK_SQL = `(ceil(extract(epoch FROM c.next_alarm_at) * 1000 / ${SLA_TICK_MS}) * ${SLA_TICK_MS})::bigint`;

/** What firing reads of a cycle (under a row lock) and writes back. */
type FiredCycle = CycleRow &
  Pick<
    SlaCycleEntity,
    'id' | 'organizationId' | 'engagementId' | 'label' | 'severity' | 'dueAt' | 'nextAlarmAt'
  >;

interface Told {
  cycle: FiredCycle;
  event: SlaEvent;
  people: string[];
}

/** Cycles one firing transaction takes at most. */
export const FIRE_BATCH = 250;
/** Ticks read (and checked in Redis) per step of the sweep. */
const SWEEP_CHUNK = 5000;
/** Ticks per addBulk. */
const ARM_CHUNK = 1000;
/**
 * When a firing pass ends with cycles still due that it could not take (another process holds
 * them: a request changing the engagement, another worker), an alarm this much later checks again,
 * in case that process leaves them as they were.
 */
const RECHECK_AFTER_MS = 1000;
/**
 * The bells of the people told ring together, at most this often: each ring counts the unread
 * notifications of everyone in it, and the same few people hear of many cycles at once.
 */
const RING_EVERY_MS = 250;

/**
 * The time-driven side of SLA cycles. PostgreSQL is the truth: a cycle row says what is due and
 * what went out, and `next_alarm_at` when it next needs attention. The queue holds the alarms:
 * one delayed job per tick (SLA_TICK_MS) in which some cycle's next warning, breach or escalation
 * falls. An alarm takes every cycle due by then (FOR UPDATE SKIP LOCKED, so processes side by side
 * take different ones), does what is due, and records it in the same transaction as the
 * notifications, so a repeated, stale or concurrent alarm finds nothing left to do.
 */
@Injectable()
export class SlaAlarmsService {
  private readonly logger = new Logger(SlaAlarmsService.name);
  private readonly toRing = new Set<string>();
  private ringing: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationsService,
    @InjectQueue(QueueName.SLA) private readonly queue: Queue,
  ) {}

  /** Adds the alarms for these instants' ticks (idempotent by job id). Failures are left to the sweep. */
  async arm(instants: readonly Date[]): Promise<void> {
    await this.armTicks([...new Set(instants.map((at) => slaTick(at)))]);
  }

  /**
   * The cycles moved away from these instants (met, cancelled, paused, rescheduled): their ticks'
   * alarms go, unless another cycle still needs one. Removing first and then looking for such a
   * cycle means a cycle committed meanwhile into the same tick is always seen, or armed its alarm
   * after the removal.
   */
  async disarm(instants: readonly Date[]): Promise<void> {
    const ticks = [...new Set(instants.map((at) => slaTick(at)))].filter((t) => t > Date.now());
    if (!ticks.length) return;
    for (const tick of ticks) await this.queue.remove(jobIds.slaAlarm(tick)).catch(() => 0);
    const still = (await this.db.run(
      (em) =>
        em.query(
          `SELECT DISTINCT ${TICK_SQL} AS tick FROM sla_cycles c, unnest($1::bigint[]) AS t(tick)
           WHERE c.next_alarm_at > to_timestamp((t.tick - ${SLA_TICK_MS}) / 1000.0)
             AND c.next_alarm_at <= to_timestamp(t.tick / 1000.0)`,
          [ticks],
        ),
      SYSTEM_ACTOR,
    )) as { tick: string }[];
    await this.armTicks(still.map((r) => Number(r.tick)));
  }

  /**
   * Takes up to `limit` cycles with something due by `now` (skipping those another transaction
   * holds) and does it: warnings, the breach, escalations, each once. Their next alarms are armed
   * after the commit.
   */
  fireDue(now = new Date(), limit = FIRE_BATCH): Promise<FiredBatch> {
    return this.db.run(async (em) => {
      // Plain SQL and only the columns used: this runs for every alarm.
      const rows = (await em.query(
        `SELECT id, organization_id AS "organizationId", engagement_id AS "engagementId", label,
                severity, goal_minutes AS "goalMinutes", calendar, state, started_at AS "startedAt",
                pauses, due_at AS "dueAt", stopped_at AS "stoppedAt",
                warning_shares AS "warningShares", warnings_sent AS "warningsSent",
                breached_at AS "breachedAt", escalation_delays_minutes AS "escalationDelaysMinutes",
                escalations_sent AS "escalationsSent", next_alarm_at AS "nextAlarmAt"
         FROM sla_cycles WHERE next_alarm_at <= $1 ORDER BY next_alarm_at LIMIT $2
         FOR UPDATE SKIP LOCKED`,
        [now, limit],
      )) as FiredCycle[];
      const told: Told[] = [];
      const breached: string[] = [];
      for (const row of rows) {
        const events = isLive(row) ? dueEvents(alarmState(row), now) : [];
        for (const event of events) {
          if (event.kind === 'WARNING') row.warningsSent = [...row.warningsSent, event.step];
          else if (event.kind === 'BREACH') {
            row.state = SlaCycleState.BREACHED;
            row.breachedAt = event.at;
            breached.push(row.id);
          } else row.escalationsSent = Math.max(row.escalationsSent, event.step + 1);
          told.push({ cycle: row, event, people: [] });
        }
        // Nothing due (the alarm was early for it, or it is finished): the instant is put right.
        row.nextAlarmAt = pendingOf(row)[0]?.at ?? null;
      }
      if (!rows.length) return { claimed: 0, sent: 0, breached };
      await this.save(em, rows);
      const sent = await this.notify(em, told);
      const next = rows.flatMap((c) => (c.nextAlarmAt ? [c.nextAlarmAt] : []));
      if (next.length) this.db.afterCommit(() => this.arm(next));
      return { claimed: rows.length, sent, breached };
    }, SYSTEM_ACTOR);
  }

  /**
   * Fires batches until nothing is due by the time each starts, `parallel` transactions at once.
   * If cycles are still due that another transaction held, an alarm RECHECK_AFTER_MS later looks
   * again.
   */
  async fireAllDue(parallel = 1): Promise<{ fired: number; sent: number }> {
    let fired = 0;
    let sent = 0;
    const loop = async (): Promise<void> => {
      for (;;) {
        const batch = await this.fireDue();
        fired += batch.claimed;
        sent += batch.sent;
        if (batch.claimed < FIRE_BATCH) return;
      }
    };
    await Promise.all(Array.from({ length: parallel }, loop));
    const held = (await this.db.run(
      (em) =>
        em.query(`SELECT EXISTS (SELECT 1 FROM sla_cycles WHERE next_alarm_at <= now()) AS held`),
      SYSTEM_ACTOR,
    )) as { held: boolean }[];
    if (held[0]?.held) await this.armTicks([slaTick(Date.now() + RECHECK_AFTER_MS)]);
    return { fired, sent };
  }

  /**
   * The sweep, at start-up and every minute: fires whatever is overdue, then makes sure every
   * future tick with a cycle due in it has its alarm in the queue, adding only those Redis does
   * not hold (after a restart or a flush). Nothing is lost with Redis, and nothing goes out twice.
   */
  async sweep(): Promise<{ fired: number; rearmed: number }> {
    const { fired } = await this.fireAllDue();
    let rearmed = 0;
    let after = Date.now();
    // BullMQ's Redis backend hands out its ioredis client.
    const client = (await this.queue.getBackend().client) as unknown as Redis;
    for (;;) {
      const ticks = (
        (await this.db.run(
          (em) =>
            em.query(
              `SELECT DISTINCT ${TICK_SQL} AS tick FROM sla_cycles c
               WHERE c.next_alarm_at > to_timestamp($1 / 1000.0) ORDER BY tick LIMIT ${SWEEP_CHUNK}`,
              [after],
            ),
          SYSTEM_ACTOR,
        )) as { tick: string }[]
      ).map((r) => Number(r.tick));
      if (!ticks.length) break;
      after = ticks[ticks.length - 1] ?? after;
      const pipeline = client.pipeline();
      for (const tick of ticks) pipeline.exists(this.queue.toKey(jobIds.slaAlarm(tick)));
      const exists = (await pipeline.exec()) ?? [];
      const missing = ticks.filter((_, i) => exists[i]?.[1] !== 1);
      await this.armTicks(missing);
      rearmed += missing.length;
      if (ticks.length < SWEEP_CHUNK) break;
    }
    return { fired, rearmed };
  }

  /**
   * One delayed job per future tick. A tick that has come already may have rung before the cycle
   * that needs it committed, and its job id may be taken by that finished job: such cycles get an
   * alarm that rings at once, under an id of its own.
   */
  private async armTicks(ticks: readonly number[]): Promise<void> {
    if (!ticks.length) return;
    let failed = 0;
    let error: unknown;
    for (let i = 0; i < ticks.length; i += ARM_CHUNK) {
      // BullMQ makes a job due at its timestamp + delay: both from the same instant, so the
      // alarm rings on its tick however long the jobs took to build and send.
      const now = Date.now();
      const chunk = ticks.slice(i, i + ARM_CHUNK);
      const future = chunk.filter((tick) => tick > now);
      const jobs = future.map((tick) => ({
        name: JobName.SLA_ALARM,
        data: { tick } satisfies SlaAlarmJobData,
        opts: { jobId: jobIds.slaAlarm(tick), timestamp: now, delay: tick - now },
      }));
      if (future.length < chunk.length)
        jobs.push({
          name: JobName.SLA_ALARM,
          data: { tick: now } satisfies SlaAlarmJobData,
          opts: {
            jobId: jobIds.slaAlarmNow(now, randomBytes(4).toString('hex')),
            timestamp: now,
            delay: 0,
          },
        });
      try {
        await this.queue.addBulk(jobs);
      } catch (e) {
        failed += chunk.length;
        error = e;
      }
    }
    if (failed)
      this.logger.warn(`Could not arm ${failed} SLA alarm(s); the sweep will: ${String(error)}`);
  }

  private async save(em: EntityManager, rows: readonly FiredCycle[]): Promise<void> {
    await em.query(
      `UPDATE sla_cycles c SET
         state = v.state::sla_cycle_state,
         warnings_sent = v.warnings_sent,
         breached_at = v.breached_at,
         breach_recorded_at = CASE WHEN v.breached_at IS NOT NULL AND c.breached_at IS NULL
                                   THEN clock_timestamp() ELSE c.breach_recorded_at END,
         escalations_sent = v.escalations_sent,
         next_alarm_at = v.next_alarm_at,
         version = c.version + 1,
         updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, state text, warnings_sent integer[],
         breached_at timestamptz, escalations_sent integer, next_alarm_at timestamptz)
       WHERE c.id = v.id`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            state: r.state,
            warnings_sent: r.warningsSent,
            breached_at: r.breachedAt,
            escalations_sent: r.escalationsSent,
            next_alarm_at: r.nextAlarmAt,
          })),
        ),
      ],
    );
  }

  /** Writes each person's notification (once, by its dedupe key) and rings their bell. */
  private async notify(em: EntityManager, told: Told[]): Promise<number> {
    if (!told.length) return 0;
    const engagementIds = [...new Set(told.map((t) => t.cycle.engagementId))];
    const needManagers = told.some(
      (t) =>
        t.event.kind === 'ESCALATION' &&
        ESCALATION_CHAIN[t.event.step] === EscalationTarget.ACCOUNT_MANAGER,
    );
    // The batch's teams in one pass; the staff assigned to the client only where there is no
    // team, and the account managers only when an escalation goes to them (they used to be a scan
    // of every user for each engagement).
    const people = new Map(
      (
        (await em.query(
          `SELECT e.id AS engagement_id, e.reference, e.title, o.name AS client_name,
                  coalesce(mc.commanders, '{}') AS commanders, coalesce(mc.team, '{}') AS team,
                  CASE WHEN mc.team IS NULL THEN ARRAY(
                    SELECT a.user_id FROM organization_assignments a JOIN users u ON u.id = a.user_id
                    WHERE a.organization_id = e.organization_id AND u.status = 'ACTIVE'
                  ) ELSE '{}' END AS assigned,
                  CASE WHEN $2::boolean THEN ARRAY(
                    SELECT u.id FROM users u
                    WHERE u.status = 'ACTIVE' AND u.role = 'ACCOUNT_MANAGER' AND u.id IN (
                      SELECT a.user_id FROM organization_assignments a
                      WHERE a.organization_id = e.organization_id
                      UNION
                      SELECT r.account_manager_id FROM retainers r
                      WHERE r.organization_id = e.organization_id AND r.status = 'ACTIVE')
                  ) ELSE '{}' END AS managers
           FROM engagements e JOIN organizations o ON o.id = e.organization_id
           LEFT JOIN (
             SELECT m.engagement_id,
                    array_agg(m.user_id) FILTER (WHERE m.role = 'INCIDENT_COMMANDER') AS commanders,
                    array_agg(DISTINCT m.user_id) FILTER (
                      WHERE u.role IN ('PROVIDER_ADMIN', 'ACCOUNT_MANAGER', 'CONSULTANT')) AS team
             FROM engagement_members m JOIN users u ON u.id = m.user_id
             WHERE m.engagement_id = ANY($1::uuid[]) AND u.status = 'ACTIVE'
             GROUP BY m.engagement_id) mc ON mc.engagement_id = e.id
           WHERE e.id = ANY($1::uuid[])`,
          [engagementIds, needManagers],
        )) as EngagementPeople[]
      ).map((p) => [p.engagement_id, p]),
    );
    const needAdmins = told.some(
      (t) =>
        t.event.kind === 'ESCALATION' &&
        ESCALATION_CHAIN[t.event.step] === EscalationTarget.PROVIDER_ADMINS,
    );
    const admins = needAdmins
      ? (
          (await em.query(
            `SELECT id FROM users WHERE role = 'PROVIDER_ADMIN' AND status = 'ACTIVE'`,
          )) as { id: string }[]
        ).map((r) => r.id)
      : [];
    const rows: Record<string, unknown>[] = [];
    for (const t of told) {
      const p = people.get(t.cycle.engagementId);
      if (!p) continue;
      const recipients = recipientsOf(t.event, p, admins);
      for (const userId of recipients) {
        rows.push({
          organization_id: t.cycle.organizationId,
          user_id: userId,
          ...message(t, p),
          link: `/provider/engagements/${t.cycle.engagementId}`,
          dedupe_key: `sla:${t.cycle.id}:${t.event.kind}:${t.event.step}:${userId}`,
        });
      }
      t.people = recipients;
    }
    if (!rows.length) return 0;
    const inserted = (await em.query(
      `INSERT INTO notifications (organization_id, user_id, kind, title, body, link, dedupe_key)
       SELECT organization_id, user_id, kind, title, body, link, dedupe_key
       FROM jsonb_to_recordset($1::jsonb) AS n(organization_id uuid, user_id uuid, kind varchar,
         title varchar, body text, link varchar, dedupe_key varchar)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING user_id`,
      [JSON.stringify(rows)],
    )) as { user_id: string }[];
    this.ring(inserted.map((r) => r.user_id));
    return inserted.length;
  }

  /** Once the transaction has committed, rings these people's bells with the next ring. */
  private ring(userIds: string[]): void {
    if (!userIds.length) return;
    this.db.afterCommit(async () => {
      for (const id of userIds) this.toRing.add(id);
      this.ringing ??= setTimeout(() => {
        this.ringing = null;
        const ids = [...this.toRing];
        this.toRing.clear();
        // Outside any transaction: counts and publishes at once.
        this.notifications.publishCounts(ids);
      }, RING_EVERY_MS);
    });
  }
}

/** Who hears of an event: the team (or, before there is one, the staff assigned to the client). */
function recipientsOf(event: SlaEvent, p: EngagementPeople, admins: string[]): string[] {
  const team = p.team.length ? p.team : p.assigned;
  if (event.kind !== 'ESCALATION') return team;
  switch (ESCALATION_CHAIN[event.step]) {
    case EscalationTarget.INCIDENT_COMMANDER:
      return p.commanders.length ? p.commanders : team;
    case EscalationTarget.ACCOUNT_MANAGER:
      return p.managers.length ? p.managers : admins;
    case EscalationTarget.PROVIDER_ADMINS:
      return admins;
    default:
      return [];
  }
}

function message(t: Told, p: EngagementPeople): { kind: string; title: string; body: string } {
  const c = t.cycle;
  const what = `${c.label} on ${p.reference} (${p.client_name})`;
  const goal = `${formatDuration(c.goalMinutes * 60_000)}${c.severity ? ` for ${c.severity}` : ''}`;
  switch (t.event.kind) {
    case 'WARNING':
      return {
        kind: 'sla.warning',
        title: `SLA warning: ${t.event.step}% of ${what}`.slice(0, 200),
        body: `${t.event.step}% of the ${goal} goal has run. It is due at ${c.dueAt?.toISOString() ?? 'a time to be set'}. ${p.title}`,
      };
    case 'BREACH':
      return {
        kind: 'sla.breach',
        title: `SLA breached: ${what}`.slice(0, 200),
        body: `The ${goal} goal ran out at ${t.event.at.toISOString()}. ${p.title}`,
      };
    default:
      return {
        kind: 'sla.escalation',
        title: `SLA escalation: ${what}`.slice(0, 200),
        body: `Breached at ${c.breachedAt?.toISOString() ?? ''} and still not met (${goal} goal). Escalated to you as ${ESCALATION_LABELS[ESCALATION_CHAIN[t.event.step] ?? EscalationTarget.PROVIDER_ADMINS]}. ${p.title}`,
      };
  }
}

const ESCALATION_LABELS: Record<EscalationTarget, string> = {
  [EscalationTarget.INCIDENT_COMMANDER]: 'incident commander',
  [EscalationTarget.ACCOUNT_MANAGER]: 'account manager',
  [EscalationTarget.PROVIDER_ADMINS]: 'provider admin',
};
