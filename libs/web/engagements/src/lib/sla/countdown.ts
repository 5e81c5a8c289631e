import {
  countdownBand,
  CountdownBand,
  formatDuration,
  REGIME_LABELS,
  RegulatoryRegime,
  SLA_GOAL_LABELS,
  SlaCycleState as CycleState,
  SlaGoalKind,
} from '@vigil/shared/domain';
import { duration } from '../format';

/**
 * What a countdown needs to know of a commitment: an SLA cycle as the API sends it, or a
 * regulator's deadline put in the same terms (deadlineCommitment).
 */
export interface Commitment {
  kind: string;
  sequence: number;
  label: string;
  severity: string | null;
  state: string;
  /** Null while paused. */
  dueAt: string | null;
  /** When the promise was kept (on time or late), or when a breached one ended. */
  stoppedAt: string | null;
  /** Working time left when it was read; what a paused clock still has. */
  remainingSeconds: number;
  cancelReason: string | null;
}

export interface CountdownView {
  band: CountdownBand;
  /** What the badge says: "1 h 05 min left", "12 min over", "Paused", "Met"… */
  text: string;
  /** True while the time still moves (the badge is a timer). */
  live: boolean;
}

const STATES = new Set<string>(Object.values(CycleState));

function stateOf(c: Commitment): CycleState {
  return STATES.has(c.state) ? (c.state as CycleState) : CycleState.RUNNING;
}

function ms(iso: string | null): number | null {
  if (!iso) return null;
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? null : t;
}

/** The badge of a commitment at `now`: its colour band and its words. */
export function countdown(c: Commitment, now: number): CountdownView {
  const state = stateOf(c);
  const due = ms(c.dueAt);
  const stopped = ms(c.stoppedAt);
  switch (state) {
    case CycleState.PAUSED: {
      const left = c.remainingSeconds * 1000;
      return {
        band: 'PAUSED',
        text: left > 0 ? `Paused · ${formatDuration(left)} left` : 'Paused',
        live: true,
      };
    }
    case CycleState.MET:
      return { band: 'MET', text: 'Met', live: false };
    case CycleState.CANCELLED:
      return { band: 'CANCELLED', text: 'Cancelled', live: false };
    case CycleState.BREACHED:
      if (stopped !== null) {
        // Kept late, or it ended (cancelled) after the breach.
        if (c.cancelReason) return { band: 'BREACHED', text: 'Missed', live: false };
        const late = due !== null ? Math.max(0, stopped - due) : -c.remainingSeconds * 1000;
        return { band: 'BREACHED', text: `Met ${formatDuration(late)} late`, live: false };
      }
      break;
    default:
      break;
  }
  const remaining = due !== null ? due - now : c.remainingSeconds * 1000;
  const band = countdownBand(state, remaining);
  if (band === 'BREACHED')
    return {
      band,
      text: remaining < 0 ? `${formatDuration(remaining)} over` : 'Breached',
      live: true,
    };
  return { band, text: `${formatDuration(remaining)} left`, live: true };
}

/** "Acknowledge (SEV1)", "Client update 2 (SEV2)", or a regulator's deadline by its title. */
export function goalName(c: Pick<Commitment, 'kind' | 'label' | 'severity' | 'sequence'>): string {
  const base =
    c.kind === SlaGoalKind.REGULATORY
      ? c.label
      : (SLA_GOAL_LABELS[c.kind as SlaGoalKind] ?? c.label);
  const nth = c.kind === SlaGoalKind.CLIENT_UPDATE && c.sequence > 1 ? ` ${c.sequence}` : '';
  return `${base}${nth}${c.severity ? ` (${c.severity})` : ''}`;
}

/**
 * The sentence a screen reader hears for a badge: the goal, the state and the time, e.g.
 * "Acknowledge (SEV1): 52 min left, due 27 Nov 2026, 11:20 (Europe/London)". `at` formats an
 * instant in the viewer's zone with the zone named.
 */
export function countdownLabel(c: Commitment, now: number, at: (iso: string) => string): string {
  const view = countdown(c, now);
  const goal = goalName(c);
  const state = stateOf(c);
  if (state === CycleState.PAUSED)
    return `${goal}: paused${
      c.remainingSeconds > 0
        ? `, ${formatDuration(c.remainingSeconds * 1000)} left when the clock runs again`
        : ''
    }`;
  if (state === CycleState.CANCELLED)
    return `${goal}: cancelled${c.cancelReason ? ` (${c.cancelReason})` : ''}`;
  if (state === CycleState.MET)
    return `${goal}: met${c.stoppedAt ? ` ${at(c.stoppedAt)}` : ''}${
      c.dueAt ? `, due ${at(c.dueAt)}` : ''
    }`;
  if (!view.live)
    return `${goal}: ${view.text.toLowerCase()}${c.dueAt ? `, was due ${at(c.dueAt)}` : ''}`;
  if (view.band === 'BREACHED')
    return `${goal}: breached, ${view.text}${c.dueAt ? `, was due ${at(c.dueAt)}` : ''}`;
  return `${goal}: ${view.text}${c.dueAt ? `, due ${at(c.dueAt)}` : ''}`;
}

/**
 * What a finished commitment's badge does not say: "20 min to spare" when met, why it ended
 * when cancelled or abandoned after a breach. Empty while it runs (the badge says it all) and
 * when kept late (the badge says how late).
 */
export function outcome(c: Commitment): string {
  const due = ms(c.dueAt);
  const stopped = ms(c.stoppedAt);
  switch (stateOf(c)) {
    case CycleState.MET:
      return due !== null && stopped !== null
        ? `${formatDuration(Math.max(0, due - stopped))} to spare`
        : '';
    case CycleState.CANCELLED:
      return c.cancelReason ?? '';
    case CycleState.BREACHED:
      return stopped !== null && c.cancelReason ? `Ended unmet: ${c.cancelReason}` : '';
    default:
      return '';
  }
}

/** A regulator's deadline in the terms of a countdown; null once dismissed (no clock runs). */
export function deadlineCommitment(d: {
  regime: string;
  title: string;
  status: string;
  dueAt: string;
  submittedAt: string | null;
}): Commitment | null {
  if (d.status === 'DISMISSED') return null;
  const submitted = d.status === 'SUBMITTED' ? d.submittedAt : null;
  const late = submitted !== null && new Date(submitted).getTime() > new Date(d.dueAt).getTime();
  return {
    kind: SlaGoalKind.REGULATORY,
    sequence: 1,
    label: d.title,
    severity: null,
    state: submitted === null ? CycleState.RUNNING : late ? CycleState.BREACHED : CycleState.MET,
    dueAt: d.dueAt,
    stoppedAt: submitted,
    remainingSeconds: 0,
    cancelReason: null,
  };
}

export function regimeLabel(regime: string): string {
  return REGIME_LABELS[regime as RegulatoryRegime] ?? regime;
}

export const DEADLINE_STATUS_LABELS: Record<string, string> = {
  PROPOSED: 'Proposed',
  CONFIRMED: 'Confirmed',
  DISMISSED: 'Dismissed',
  SUBMITTED: 'Submitted',
};

const PROMISES: Record<string, string> = {
  [SlaGoalKind.ACKNOWLEDGE]: 'We take on your incident',
  [SlaGoalKind.RESPOND]: 'A responder starts hands-on work',
  [SlaGoalKind.CLIENT_UPDATE]: 'You hear from us with an update',
  [SlaGoalKind.REPORT]: 'You receive the post-incident report',
};

/**
 * A goal's length: "1 h", "4 h 30 min", "2 d" around the clock; on a working-hours calendar in
 * hours only ("80 h"), since its days are not 24 hours long.
 */
export function goalDuration(minutes: number, calendarLabel: string): string {
  if (!calendarLabel.startsWith('Working hours') || minutes < 1440) return duration(minutes);
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

/**
 * What was promised, as the client reads it: "We take on your incident within 1 h (SEV1)";
 * a regulator's deadline by its title.
 */
export function promise(
  c: Pick<Commitment, 'kind' | 'label' | 'severity'> & {
    goalMinutes: number;
    calendarLabel: string;
  },
): string {
  const what = PROMISES[c.kind];
  if (!what) return c.label;
  return `${what} within ${goalDuration(c.goalMinutes, c.calendarLabel)}${
    c.severity ? ` (${c.severity})` : ''
  }`;
}
