import { Injectable } from '@nestjs/common';
import { EngagementEntity, SlaCycleEntity, StoredCalendar, TenantDb } from '@vigil/api/database';
import {
  cycleClock,
  EngagementPhase,
  Severity,
  SLA_GOAL_LABELS,
  SlaCycleState,
  SlaGoalKind,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import { slaTick } from '@vigil/api/queue';
import { cycleInput, isLive, schedule } from './cycle-state';
import { SlaAlarmsService } from './sla-alarms.service';

/** A goal of the policy that covers an engagement, its calendar resolved for the client. */
interface ResolvedGoal {
  policyId: string;
  minutes: number;
  calendar: StoredCalendar;
  warningShares: number[];
  escalationDelaysMinutes: number[];
}

interface EngagementFacts {
  engagement: EngagementEntity;
  timeZone: string;
  waiting: string | null;
  publishedUpdates: Date[];
  reportReleasedAt: Date | null;
}

const POLICY_KINDS = [
  SlaGoalKind.ACKNOWLEDGE,
  SlaGoalKind.RESPOND,
  SlaGoalKind.CLIENT_UPDATE,
  SlaGoalKind.REPORT,
] as const;

/** Regular client updates are owed while the incident is live: they end once it is recovered. */
const UPDATES_END: readonly EngagementPhase[] = [
  EngagementPhase.POST_INCIDENT_REVIEW,
  EngagementPhase.CLOSED,
];

/**
 * Keeps an engagement's commitment clocks in line with its state: starts the cycles its policy
 * promises, stops them when the promise is kept, pauses them while the team waits on the client,
 * applies a new severity's goal from each running cycle's start, and re-arms the alarms after
 * the transaction commits. Called by every change that can move a clock; idempotent.
 */
@Injectable()
export class SlaClockService {
  constructor(
    private readonly db: TenantDb,
    private readonly alarms: SlaAlarmsService,
  ) {}

  async reconcile(engagementId: string, now = new Date()): Promise<void> {
    // The whole engagement counts, whoever made the change (a client sees only part of it).
    await this.db.asSystem(async (em) => {
      const facts = await this.facts(em, engagementId);
      if (!facts) return;
      const cycles = await em.find(SlaCycleEntity, {
        where: { engagementId },
        order: { sequence: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const before = new Map(cycles.map((c) => [c.id, c.nextAlarmAt]));
      const goals = await this.goals(em, facts);
      const touched = new Set<SlaCycleEntity>();
      for (const kind of POLICY_KINDS) {
        const own = cycles.filter((c) => c.kind === kind);
        for (const c of this.reconcileKind(kind, own, facts, goals, now)) {
          touched.add(c);
          if (!cycles.includes(c)) cycles.push(c);
        }
      }
      for (const c of cycles) {
        if (c.kind === SlaGoalKind.REGULATORY || !c.pausable || !isLive(c)) continue;
        if (this.applyPause(c, facts.waiting, now)) touched.add(c);
      }
      if (!touched.size) return;
      for (const c of touched) {
        Object.assign(c, schedule(c));
      }
      await em.save([...touched]);
      this.rearm([...touched], before);
    });
  }

  /** After commit: the alarms that moved go (unless another cycle needs them), the new ones come. */
  rearm(cycles: readonly SlaCycleEntity[], before: Map<string, Date | null>): void {
    const stale: Date[] = [];
    const fresh: Date[] = [];
    for (const c of cycles) {
      const old = before.get(c.id) ?? null;
      if (old?.getTime() === c.nextAlarmAt?.getTime()) continue;
      if (old) stale.push(old);
      if (c.nextAlarmAt) fresh.push(c.nextAlarmAt);
    }
    const armed = new Set(fresh.map((at) => slaTick(at)));
    const gone = stale.filter((at) => !armed.has(slaTick(at)));
    if (gone.length || fresh.length)
      this.db.afterCommit(async () => {
        await this.alarms.arm(fresh);
        await this.alarms.disarm(gone);
      });
  }

  /** The cycles of one kind after this change; returns the ones it created or changed. */
  private reconcileKind(
    kind: SlaGoalKind,
    cycles: SlaCycleEntity[],
    f: EngagementFacts,
    goals: Map<string, ResolvedGoal>,
    now: Date,
  ): SlaCycleEntity[] {
    const e = f.engagement;
    const touched: SlaCycleEntity[] = [];
    const goalFor = (severity: Severity): ResolvedGoal | undefined =>
      goals.get(`${kind}:${severity}`);
    const start = (startedAt: Date): SlaCycleEntity | null => {
      const goal = goalFor(e.severity);
      if (!goal) return null;
      const c = newCycle(e, kind, cycles.length + 1, goal, startedAt);
      cycles.push(c);
      touched.push(c);
      return c;
    };
    // A running cycle takes the current severity's goal, counted from its own start.
    for (const c of cycles) {
      if (!isLive(c) || c.severity === e.severity || c.breachedAt) continue;
      const goal = goalFor(e.severity);
      if (!goal) {
        cancel(c, `No ${SLA_GOAL_LABELS[kind].toLowerCase()} goal for ${e.severity}`, now);
      } else {
        c.severity = e.severity;
        c.goalMinutes = goal.minutes;
        c.calendar = goal.calendar;
        c.policyId = goal.policyId;
      }
      touched.push(c);
    }
    const open = (): SlaCycleEntity | undefined => cycles.find((c) => isLive(c));
    switch (kind) {
      case SlaGoalKind.ACKNOWLEDGE:
      case SlaGoalKind.RESPOND: {
        const doneAt = kind === SlaGoalKind.ACKNOWLEDGE ? e.acknowledgedAt : e.responderEngagedAt;
        if (!cycles.length) start(e.declaredAt);
        const c = open();
        const last = cycles[cycles.length - 1];
        if (c && doneAt) {
          stop(c, doneAt, now);
          touched.push(c);
        } else if (
          !c &&
          doneAt &&
          last?.stoppedAt &&
          !last.cancelReason &&
          last.stoppedAt.getTime() !== doneAt.getTime()
        ) {
          // The time was corrected (the first responder is often recorded late): the kept or
          // broken promise follows it.
          restop(last, doneAt, now);
          touched.push(last);
        } else if (c && e.phase === EngagementPhase.CLOSED) {
          cancel(c, 'The engagement closed first', now);
          touched.push(c);
        }
        break;
      }
      case SlaGoalKind.CLIENT_UPDATE: {
        if (!cycles.length) start(e.declaredAt);
        // Each published update keeps the current promise and starts the next cycle.
        for (let c = open(); c;) {
          const cycle = c;
          const update = f.publishedUpdates.find((at) => at.getTime() > cycle.startedAt.getTime());
          if (!update) break;
          stop(cycle, update, now);
          touched.push(cycle);
          c = UPDATES_END.includes(e.phase) ? undefined : (start(update) ?? undefined);
        }
        const c = open();
        if (c && UPDATES_END.includes(e.phase)) {
          cancel(c, 'Recovered: regular updates end', now);
          touched.push(c);
        }
        break;
      }
      case SlaGoalKind.REPORT: {
        const c = open();
        if (e.phase === EngagementPhase.CLOSED && e.closedAt) {
          const current = c ?? (cycles.length ? undefined : start(e.closedAt));
          if (current && f.reportReleasedAt) {
            stop(
              current,
              f.reportReleasedAt > current.startedAt ? f.reportReleasedAt : current.startedAt,
              now,
            );
            touched.push(current);
          }
        } else if (c) {
          cancel(c, 'The engagement was reopened', now);
          touched.push(c);
        }
        break;
      }
      default:
        break;
    }
    return touched;
  }

  /** Opens or closes the cycle's pause to match whether the team waits on the client. */
  private applyPause(c: SlaCycleEntity, waiting: string | null, now: Date): boolean {
    const open = c.pauses.find((p) => !p.to);
    if (waiting && !open) {
      c.pauses = [...c.pauses, { from: now.toISOString(), to: null, reason: waiting }];
      if (c.state === SlaCycleState.RUNNING) c.state = SlaCycleState.PAUSED;
      return true;
    }
    if (!waiting && open) {
      c.pauses = c.pauses.map((p) => (p === open ? { ...p, to: now.toISOString() } : p));
      if (c.state === SlaCycleState.PAUSED) c.state = SlaCycleState.RUNNING;
      return true;
    }
    return false;
  }

  private async facts(em: EntityManager, engagementId: string): Promise<EngagementFacts | null> {
    const engagement = await em.findOneBy(EngagementEntity, { id: engagementId });
    if (!engagement) return null;
    const [row] = (await em.query(
      `SELECT o.time_zone,
         (SELECT t.title FROM engagement_tasks t WHERE t.engagement_id = $1 AND t.request_for_information
            AND t.blocking AND t.status NOT IN ('DONE', 'CANCELLED') ORDER BY t.created_at LIMIT 1) AS blocking_request,
         ARRAY(SELECT u.published_at FROM client_updates u WHERE u.engagement_id = $1
            AND u.status = 'PUBLISHED' ORDER BY u.published_at) AS published,
         (SELECT r.released_at FROM post_incident_reviews r WHERE r.engagement_id = $1) AS released_at
       FROM organizations o WHERE o.id = $2`,
      [engagementId, engagement.organizationId],
    )) as {
      time_zone: string;
      blocking_request: string | null;
      published: Date[];
      released_at: Date | null;
    }[];
    if (!row) return null;
    const waiting = engagement.waitingOnClient
      ? `Waiting on the client${engagement.waitingOnClientReason ? `: ${engagement.waitingOnClientReason}` : ''}`
      : row.blocking_request
        ? `Blocking request open: ${row.blocking_request}`
        : null;
    return {
      engagement,
      timeZone: row.time_zone,
      waiting,
      publishedUpdates: row.published.map((d) => new Date(d)),
      reportReleasedAt: row.released_at ? new Date(row.released_at) : null,
    };
  }

  /** The goals of the policy for the engagement's retainer tier, or of the default policy. */
  private async goals(em: EntityManager, f: EngagementFacts): Promise<Map<string, ResolvedGoal>> {
    const rows = (await em.query(
      `WITH policy AS (
         SELECT p.* FROM sla_policies p
         WHERE p.retainer_tier IS NULL
            OR lower(p.retainer_tier) = (SELECT lower(r.response_tier) FROM retainers r WHERE r.id = $1)
         ORDER BY p.retainer_tier NULLS LAST LIMIT 1)
       SELECT g.kind, g.severity, g.duration_minutes, p.id AS policy_id, p.warning_shares,
              p.escalation_delays_minutes, c.time_zone, c.week, c.holidays::text[] AS holidays,
              c.id IS NOT NULL AS has_calendar
       FROM policy p JOIN sla_goals g ON g.policy_id = p.id
       LEFT JOIN sla_calendars c ON c.id = g.calendar_id`,
      [f.engagement.retainerId],
    )) as {
      kind: SlaGoalKind;
      severity: Severity;
      duration_minutes: number;
      policy_id: string;
      warning_shares: number[];
      escalation_delays_minutes: number[];
      time_zone: string | null;
      week: StoredCalendar['week'];
      holidays: string[] | null;
      has_calendar: boolean;
    }[];
    return new Map(
      rows.map((r) => [
        `${r.kind}:${r.severity}`,
        {
          policyId: r.policy_id,
          minutes: r.duration_minutes,
          calendar: {
            timeZone: r.time_zone ?? f.timeZone,
            week: r.has_calendar ? r.week : null,
            holidays: r.has_calendar ? (r.holidays ?? []) : [],
          },
          warningShares: r.warning_shares,
          escalationDelaysMinutes: r.escalation_delays_minutes,
        },
      ]),
    );
  }
}

function newCycle(
  e: EngagementEntity,
  kind: SlaGoalKind,
  sequence: number,
  goal: ResolvedGoal,
  startedAt: Date,
): SlaCycleEntity {
  const c = new SlaCycleEntity();
  Object.assign(c, {
    organizationId: e.organizationId,
    engagementId: e.id,
    kind,
    sequence,
    severity: e.severity,
    policyId: goal.policyId,
    regulatoryDeadlineId: null,
    label: SLA_GOAL_LABELS[kind],
    goalMinutes: goal.minutes,
    calendar: goal.calendar,
    pausable: true,
    state: SlaCycleState.RUNNING,
    startedAt,
    pauses: [],
    dueAt: null,
    stoppedAt: null,
    warningShares: goal.warningShares,
    warningsSent: [],
    breachedAt: null,
    breachRecordedAt: null,
    escalationDelaysMinutes: goal.escalationDelaysMinutes,
    escalationsSent: 0,
    nextAlarmAt: null,
    cancelReason: null,
  } satisfies Partial<SlaCycleEntity>);
  return c;
}

/** The promise was kept at `at`: on time, or late (a breach the alarm may not have seen yet). */
export function stop(c: SlaCycleEntity, at: Date, now: Date): void {
  c.pauses = c.pauses.map((p) =>
    p.to ? p : { ...p, to: (at > new Date(p.from) ? at : new Date(p.from)).toISOString() },
  );
  c.stoppedAt = at;
  const clock = cycleClock(cycleInput(c), at);
  c.dueAt = clock.dueAt;
  if (c.breachedAt || clock.remainingMs < 0) {
    c.state = SlaCycleState.BREACHED;
    if (!c.breachedAt) {
      c.breachedAt = clock.dueAt;
      c.breachRecordedAt = now;
    }
  } else c.state = SlaCycleState.MET;
}

/**
 * A finished cycle's stop moves to a corrected instant: the pauses its stop closed are closed
 * there instead, and met or breached is decided again. A breach that stands keeps the instant it
 * was recorded at; notifications already sent stay sent.
 */
export function restop(c: SlaCycleEntity, at: Date, now: Date): void {
  const old = c.stoppedAt?.toISOString();
  const breach = { at: c.breachedAt, recordedAt: c.breachRecordedAt };
  c.pauses = c.pauses.map((p) => (p.to === old ? { ...p, to: null } : p));
  c.breachedAt = null;
  c.breachRecordedAt = null;
  stop(c, at, now);
  if (c.breachedAt && breach.at) {
    c.breachedAt = breach.at;
    c.breachRecordedAt = breach.recordedAt;
  }
}

/** The promise no longer applies. A breach stays on record (ended, never met). */
export function cancel(c: SlaCycleEntity, reason: string, now: Date): void {
  c.pauses = c.pauses.map((p) => (p.to ? p : { ...p, to: now.toISOString() }));
  c.cancelReason = reason;
  if (c.breachedAt) c.stoppedAt = now;
  else c.state = SlaCycleState.CANCELLED;
}
