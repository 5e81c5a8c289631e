import { addBusinessTime, BusinessCalendar, businessTimeBetween } from './business-time';

export enum SlaGoalKind {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  RESPOND = 'RESPOND',
  CLIENT_UPDATE = 'CLIENT_UPDATE',
  REPORT = 'REPORT',
  REGULATORY = 'REGULATORY',
}

export const SLA_GOAL_LABELS: Record<SlaGoalKind, string> = {
  [SlaGoalKind.ACKNOWLEDGE]: 'Acknowledge',
  [SlaGoalKind.RESPOND]: 'First responder engaged',
  [SlaGoalKind.CLIENT_UPDATE]: 'Client update',
  [SlaGoalKind.REPORT]: 'Post-incident report',
  [SlaGoalKind.REGULATORY]: 'Regulatory deadline',
};

export enum SlaCycleState {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  MET = 'MET',
  BREACHED = 'BREACHED',
  CANCELLED = 'CANCELLED',
}

export enum EscalationTarget {
  INCIDENT_COMMANDER = 'INCIDENT_COMMANDER',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  PROVIDER_ADMINS = 'PROVIDER_ADMINS',
}

/** Who hears of a breach, in order. */
export const ESCALATION_CHAIN: readonly EscalationTarget[] = [
  EscalationTarget.INCIDENT_COMMANDER,
  EscalationTarget.ACCOUNT_MANAGER,
  EscalationTarget.PROVIDER_ADMINS,
];

/** Warnings at these shares (percent) of the goal. */
export const DEFAULT_WARNING_SHARES: readonly number[] = [75, 90];

/** Minutes after the breach for each step of ESCALATION_CHAIN. */
export const DEFAULT_ESCALATION_DELAYS_MINUTES: readonly number[] = [15, 60, 120];

export const MAX_WARNING_SHARES = 5;
/** One week, the longest delay an escalation step may have. */
export const MAX_ESCALATION_DELAY_MINUTES = 10_080;

/** Null when fine: whole percents 1–99, strictly increasing, at most 5 of them (none is fine). */
export function warningSharesProblem(shares: number[]): string | null {
  if (shares.length > MAX_WARNING_SHARES)
    return `warning shares: at most ${MAX_WARNING_SHARES}, not ${shares.length}`;
  for (const [i, share] of shares.entries()) {
    if (!Number.isInteger(share) || share < 1 || share > 99)
      return `warning shares: ${share} is not a whole percent from 1 to 99`;
    const before = shares[i - 1];
    if (before !== undefined && share <= before)
      return `warning shares must increase (${share} comes after ${before})`;
  }
  return null;
}

/** Null when fine: one delay per escalation step, whole minutes 0–10080, never decreasing. */
export function escalationDelaysProblem(delays: number[]): string | null {
  if (delays.length !== ESCALATION_CHAIN.length)
    return `escalation delays: exactly ${ESCALATION_CHAIN.length} are needed (one per step), not ${delays.length}`;
  for (const [i, delay] of delays.entries()) {
    if (!Number.isInteger(delay) || delay < 0 || delay > MAX_ESCALATION_DELAY_MINUTES)
      return `escalation delays: ${delay} is not a whole number of minutes from 0 to ${MAX_ESCALATION_DELAY_MINUTES}`;
    const before = delays[i - 1];
    if (before !== undefined && delay < before)
      return `escalation delays must not decrease (${delay} comes after ${before})`;
  }
  return null;
}

/** A stretch during which the clock stood still; `to` null = still paused. */
export interface SlaPause {
  from: Date;
  to: Date | null;
}

export interface CycleInput {
  startedAt: Date;
  goalMinutes: number;
  calendar: BusinessCalendar;
  pauses: readonly SlaPause[];
}

export interface CycleClock {
  /** Working time the clock ran (pauses and non-working time excluded) up to `now`. */
  elapsedMs: number;
  /** goal − elapsed; negative once over. */
  remainingMs: number;
  /** Working time spent paused so far (closed pauses, plus the open one up to now). */
  pausedMs: number;
  paused: boolean;
  /**
   * When the goal is (or was) reached if nothing more pauses it; null while paused. This is
   * addBusinessTime(calendar, startedAt, goal + working time of the closed pauses) whenever those
   * pauses end before the goal is reached; a pause that began once the goal was already reached
   * does not move it (it is the earliest instant the running clock reaches the goal).
   */
  dueAt: Date | null;
}

const MINUTE_MS = 60_000;

/** Pauses from `startedAt` on, sorted and merged; an open pause runs to +∞ (`to` null). */
function pauseSpans(input: CycleInput): { from: number; to: number | null }[] {
  const start = input.startedAt.getTime();
  const spans = input.pauses
    .map((p) => ({ from: Math.max(p.from.getTime(), start), to: p.to ? p.to.getTime() : null }))
    .filter((p) => p.to === null || p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number | null }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || span.from <= last.to)) {
      last.to = last.to === null || span.to === null ? null : Math.max(last.to, span.to);
    } else merged.push({ ...span });
  }
  return merged;
}

/** The instant the running clock reaches `targetMs` of working time; null while paused. */
function reachedAt(input: CycleInput, targetMs: number): Date | null {
  if (input.pauses.some((p) => p.to === null)) return null;
  const { calendar } = input;
  let from = input.startedAt.getTime();
  let remaining = targetMs;
  for (const pause of pauseSpans(input)) {
    const running = businessTimeBetween(calendar, from, pause.from);
    if (remaining <= running) return addBusinessTime(calendar, from, remaining);
    remaining -= running;
    from = Math.max(from, pause.to ?? from);
  }
  return addBusinessTime(calendar, from, remaining);
}

export function cycleClock(input: CycleInput, now: Date): CycleClock {
  const { calendar } = input;
  const start = input.startedAt.getTime();
  const end = now.getTime();
  let pausedMs = 0;
  for (const pause of pauseSpans(input))
    pausedMs += businessTimeBetween(calendar, pause.from, Math.min(pause.to ?? end, end));
  const elapsedMs = businessTimeBetween(calendar, start, end) - pausedMs;
  return {
    elapsedMs,
    remainingMs: input.goalMinutes * MINUTE_MS - elapsedMs,
    pausedMs,
    paused: input.pauses.some((p) => p.to === null),
    dueAt: reachedAt(input, input.goalMinutes * MINUTE_MS),
  };
}

/** The instant a share (percent) of the goal is reached, same rule as dueAt (null while paused). */
export function shareReachedAt(input: CycleInput, sharePercent: number): Date | null {
  return reachedAt(input, Math.round((input.goalMinutes * MINUTE_MS * sharePercent) / 100));
}

export type SlaEventKind = 'WARNING' | 'BREACH' | 'ESCALATION';

export interface SlaEvent {
  kind: SlaEventKind;
  /** share percent for WARNING, 0 for BREACH, index into ESCALATION_CHAIN for ESCALATION */
  step: number;
  at: Date;
}

export interface CycleAlarmState {
  input: CycleInput;
  warningShares: readonly number[];
  warningsSent: readonly number[];
  /** when the breach was recorded (the due instant it happened at), or null */
  breachedAt: Date | null;
  escalationDelaysMinutes: readonly number[];
  /** how many steps of the chain were sent */
  escalationsSent: number;
}

/**
 * Events not yet sent, in time order (ties: warnings, breach, escalations): warnings not yet sent
 * whose instant is before the due instant (none once breached), the breach at dueAt unless
 * breached, then the escalation steps not yet sent at breachedAt (or dueAt while not breached) +
 * their delay. Empty while paused, except the escalations of a cycle already breached: they run
 * on wall-clock time after the breach, paused or not.
 */
export function pendingEvents(state: CycleAlarmState): SlaEvent[] {
  const { input } = state;
  const dueAt = reachedAt(input, input.goalMinutes * MINUTE_MS);
  const events: SlaEvent[] = [];
  if (state.breachedAt === null && dueAt !== null) {
    for (const share of state.warningShares) {
      if (state.warningsSent.includes(share)) continue;
      const at = shareReachedAt(input, share);
      if (at && at.getTime() < dueAt.getTime()) events.push({ kind: 'WARNING', step: share, at });
    }
    events.push({ kind: 'BREACH', step: 0, at: dueAt });
  }
  const base = state.breachedAt ?? dueAt;
  if (base) {
    const steps = Math.min(state.escalationDelaysMinutes.length, ESCALATION_CHAIN.length);
    for (let step = Math.max(0, state.escalationsSent); step < steps; step++) {
      const delay = state.escalationDelaysMinutes[step] ?? 0;
      events.push({ kind: 'ESCALATION', step, at: new Date(base.getTime() + delay * MINUTE_MS) });
    }
  }
  // Array.prototype.sort is stable: equal instants keep warning, breach, escalation order.
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The pending events whose instant has come (at <= now). */
export function dueEvents(state: CycleAlarmState, now: Date): SlaEvent[] {
  return pendingEvents(state).filter((e) => e.at.getTime() <= now.getTime());
}

/** The first pending event still ahead (at > now), or null. */
export function nextEvent(state: CycleAlarmState, now: Date): SlaEvent | null {
  return pendingEvents(state).find((e) => e.at.getTime() > now.getTime()) ?? null;
}

/**
 * "2 d 3 h", "1 h 05 min", "12 min", "45 s" (under a minute), rounded down; the absolute value
 * (the caller adds "over"). Days are 24 h of elapsed time.
 */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export type CountdownBand =
  'CALM' | 'UNDER_HOUR' | 'UNDER_HALF_HOUR' | 'BREACHED' | 'PAUSED' | 'MET' | 'CANCELLED';

/** Colour band for a badge: more than an hour → CALM; ≤ 1 h → UNDER_HOUR; ≤ 30 min → UNDER_HALF_HOUR; < 0 or state BREACHED → BREACHED; PAUSED/MET/CANCELLED states win. */
export function countdownBand(state: SlaCycleState, remainingMs: number): CountdownBand {
  switch (state) {
    case SlaCycleState.PAUSED:
      return 'PAUSED';
    case SlaCycleState.MET:
      return 'MET';
    case SlaCycleState.CANCELLED:
      return 'CANCELLED';
    case SlaCycleState.BREACHED:
      return 'BREACHED';
    default:
      if (remainingMs < 0) return 'BREACHED';
      if (remainingMs <= 30 * MINUTE_MS) return 'UNDER_HALF_HOUR';
      if (remainingMs <= 60 * MINUTE_MS) return 'UNDER_HOUR';
      return 'CALM';
  }
}
