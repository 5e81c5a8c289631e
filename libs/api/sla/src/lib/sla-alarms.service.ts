import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Actor, SYSTEM_ACTOR } from '@vigil/api/core';
import { SlaCycleEntity, TenantDb } from '@vigil/api/database';
import { JobName, jobIds, QueueName, SlaAlarmJobData } from '@vigil/api/queue';
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

/** A cycle's alarm as the queue carries it. */
export interface ArmedAlarm {
  id: string;
  organizationId: string;
  at: Date;
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

const BATCH_LIMIT = 500;
const SWEEP_CHUNK = 5000;
/**
 * Alarms per addBulk, and how many of those are sent at once: while Redis runs one pipeline's
 * scripts this process encodes the next, so arming many (a restore after a flush) takes about the
 * longer of the two instead of their sum.
 */
const ARM_CHUNK = 1000;
const ARMING_AT_ONCE = 4;
/**
 * The bells of the people told ring together, at most this often: each ring counts the unread
 * notifications of everyone in it, and the same few people hear of many cycles at once.
 */
const RING_EVERY_MS = 250;

/**
 * The time-driven side of SLA cycles. PostgreSQL is the truth: a cycle row says what is due and
 * what went out; the queue holds one alarm per cycle, for its next warning, breach or escalation.
 * Firing locks the cycles, does whatever is due by now, and records it in the same transaction
 * as the notifications, so a repeated, stale or concurrent alarm finds nothing left to do.
 */
@Injectable()
export class SlaAlarmsService {
  private readonly logger = new Logger(SlaAlarmsService.name);
  private providerId: Promise<string[]> | undefined;
  private readonly toRing = new Set<string>();
  private ringing: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationsService,
    @InjectQueue(QueueName.SLA) private readonly queue: Queue,
  ) {}

  /** Adds the alarms (idempotent by job id). Failures are left to the sweep. */
  async arm(alarms: readonly ArmedAlarm[]): Promise<void> {
    if (!alarms.length) return;
    const chunks: ArmedAlarm[][] = [];
    for (let i = 0; i < alarms.length; i += ARM_CHUNK) chunks.push(alarms.slice(i, i + ARM_CHUNK));
    let failed = 0;
    let error: unknown;
    const send = async (): Promise<void> => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        // BullMQ makes a job due at its timestamp + delay: both from the same instant, so the
        // alarm rings at `at` however long the jobs took to build and send.
        const now = Date.now();
        try {
          await this.queue.addBulk(
            chunk.map((a) => ({
              name: JobName.SLA_ALARM,
              data: { cycleId: a.id, organizationId: a.organizationId } satisfies SlaAlarmJobData,
              opts: {
                jobId: jobIds.slaAlarm(a.id, a.at),
                timestamp: now,
                delay: Math.max(0, a.at.getTime() - now),
              },
            })),
          );
        } catch (e) {
          failed += chunk.length;
          error = e;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(ARMING_AT_ONCE, chunks.length) }, send));
    if (failed)
      this.logger.warn(`Could not arm ${failed} SLA alarm(s); the sweep will: ${String(error)}`);
  }

  /** Removes alarms that no longer stand (the cycle moved, was met or cancelled). */
  async disarm(alarms: readonly Pick<ArmedAlarm, 'id' | 'at'>[]): Promise<void> {
    for (const a of alarms) await this.queue.remove(jobIds.slaAlarm(a.id, a.at)).catch(() => 0);
  }

  /**
   * Does whatever is due by `now` for these cycles: warnings, the breach, escalations, each once.
   * Returns how many went out and, for the benchmark, which cycles breached.
   */
  async fire(
    cycles: readonly SlaAlarmJobData[],
    now = new Date(),
  ): Promise<{ sent: number; breached: string[] }> {
    if (!cycles.length) return { sent: 0, breached: [] };
    const actor = await this.actorFor(cycles.map((c) => c.organizationId));
    return this.db.run(async (em) => {
      // In id order, so two batches that share cycles wait for each other instead of deadlocking.
      // Plain SQL and only the columns used: this runs for every alarm.
      const rows = (await em.query(
        `SELECT id, organization_id AS "organizationId", engagement_id AS "engagementId", label,
                severity, goal_minutes AS "goalMinutes", calendar, state, started_at AS "startedAt",
                pauses, due_at AS "dueAt", stopped_at AS "stoppedAt",
                warning_shares AS "warningShares", warnings_sent AS "warningsSent",
                breached_at AS "breachedAt", escalation_delays_minutes AS "escalationDelaysMinutes",
                escalations_sent AS "escalationsSent", next_alarm_at AS "nextAlarmAt"
         FROM sla_cycles WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [[...new Set(cycles.map((c) => c.cycleId))]],
      )) as FiredCycle[];
      const told: Told[] = [];
      const changed: FiredCycle[] = [];
      const breached: string[] = [];
      for (const row of rows) {
        const events = isLive(row) ? dueEvents(alarmState(row), now) : [];
        if (!events.length) {
          // Nothing due: only keep the row's alarm instant true (a finished cycle has none).
          const next = pendingOf(row)[0]?.at ?? null;
          if (next?.getTime() !== row.nextAlarmAt?.getTime()) {
            row.nextAlarmAt = next;
            changed.push(row);
          }
          continue;
        }
        for (const event of events) {
          if (event.kind === 'WARNING') row.warningsSent = [...row.warningsSent, event.step];
          else if (event.kind === 'BREACH') {
            row.state = SlaCycleState.BREACHED;
            row.breachedAt = event.at;
            breached.push(row.id);
          } else row.escalationsSent = Math.max(row.escalationsSent, event.step + 1);
          told.push({ cycle: row, event, people: [] });
        }
        row.nextAlarmAt = pendingOf(row)[0]?.at ?? null;
        changed.push(row);
      }
      if (!changed.length) return { sent: 0, breached };
      await this.save(em, changed);
      const sent = await this.notify(em, told);
      const next = changed.filter((c) => c.nextAlarmAt && c.nextAlarmAt.getTime() > now.getTime());
      if (next.length)
        this.db.afterCommit(() =>
          this.arm(
            next.map((c) => ({
              id: c.id,
              organizationId: c.organizationId,
              at: c.nextAlarmAt as Date,
            })),
          ),
        );
      return { sent, breached };
    }, actor);
  }

  /**
   * The sweep, at start-up and every minute: fires whatever is overdue, then makes sure every
   * future alarm is in the queue, adding only those Redis does not hold (after a restart or a
   * flush). Nothing is lost with Redis, and nothing goes out twice.
   */
  async sweep(actor: Actor = SYSTEM_ACTOR): Promise<{ fired: number; rearmed: number }> {
    let fired = 0;
    const now = new Date();
    for (;;) {
      const overdue = await this.db.run(
        (em) =>
          em.query(
            `SELECT id AS "cycleId", organization_id AS "organizationId" FROM sla_cycles
             WHERE next_alarm_at <= $1 ORDER BY next_alarm_at LIMIT ${BATCH_LIMIT}`,
            [now],
          ) as Promise<SlaAlarmJobData[]>,
        actor,
      );
      if (!overdue.length) break;
      // Each fired cycle's alarm moves past `now` (or goes away), so this loop ends.
      await this.fire(overdue, now);
      fired += overdue.length;
      if (overdue.length < BATCH_LIMIT) break;
    }
    let rearmed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    // BullMQ's Redis backend hands out its ioredis client.
    const client = (await this.queue.getBackend().client) as unknown as Redis;
    // One chunk is armed while the next is read and checked.
    let arming: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        const future = (await this.db.run(
          (em) =>
            em.query(
              `SELECT id, organization_id AS "organizationId", next_alarm_at AS at FROM sla_cycles
               WHERE next_alarm_at IS NOT NULL AND id > $1 ORDER BY id LIMIT ${SWEEP_CHUNK}`,
              [after],
            ),
          actor,
        )) as ArmedAlarm[];
        if (!future.length) break;
        after = future[future.length - 1]?.id ?? after;
        const pipeline = client.pipeline();
        for (const a of future) pipeline.exists(this.queue.toKey(jobIds.slaAlarm(a.id, a.at)));
        const exists = (await pipeline.exec()) ?? [];
        const missing = future.filter((_, i) => exists[i]?.[1] !== 1);
        await arming;
        arming = this.arm(missing);
        rearmed += missing.length;
        if (future.length < SWEEP_CHUNK) break;
      }
    } finally {
      await arming;
    }
    return { fired, rearmed };
  }

  /** Sees the organisations of the cycles, and the provider's own for its admins. */
  private async actorFor(organizationIds: readonly string[]): Promise<Actor> {
    this.providerId ??= this.db
      .run(
        (em) =>
          em.query(`SELECT id FROM organizations WHERE kind = 'PROVIDER'`) as Promise<
            { id: string }[]
          >,
        SYSTEM_ACTOR,
      )
      .then((rows) => rows.map((r) => r.id));
    const provider = await this.providerId.catch((e: unknown) => {
      this.providerId = undefined;
      throw e;
    });
    return {
      ...SYSTEM_ACTOR,
      allOrganizations: false,
      organizationIds: [...new Set([...organizationIds, ...provider])],
    };
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
