import { SlaCycleEntity, StoredCalendar } from '@vigil/api/database';
import {
  BusinessCalendar,
  CycleAlarmState,
  CycleInput,
  cycleClock,
  pendingEvents,
  SlaCycleState,
  SlaEvent,
} from '@vigil/shared/domain';

/** The columns of a cycle its clock and alarms are computed from. */
export type CycleRow = Pick<
  SlaCycleEntity,
  | 'startedAt'
  | 'goalMinutes'
  | 'calendar'
  | 'pauses'
  | 'state'
  | 'warningShares'
  | 'warningsSent'
  | 'breachedAt'
  | 'escalationDelaysMinutes'
  | 'escalationsSent'
  | 'stoppedAt'
  | 'dueAt'
>;

export function calendarOf(stored: StoredCalendar): BusinessCalendar {
  return { timeZone: stored.timeZone, week: stored.week, holidays: stored.holidays };
}

export function cycleInput(row: CycleRow): CycleInput {
  return {
    startedAt: new Date(row.startedAt),
    goalMinutes: row.goalMinutes,
    calendar: calendarOf(row.calendar),
    pauses: row.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null })),
  };
}

export function alarmState(row: CycleRow): CycleAlarmState {
  return {
    input: cycleInput(row),
    warningShares: row.warningShares,
    warningsSent: row.warningsSent,
    breachedAt: row.breachedAt ? new Date(row.breachedAt) : null,
    escalationDelaysMinutes: row.escalationDelaysMinutes,
    escalationsSent: row.escalationsSent,
  };
}

/** A cycle whose clock still matters: running, paused, or breached and not yet fulfilled. */
export function isLive(row: Pick<SlaCycleEntity, 'state' | 'stoppedAt'>): boolean {
  return (
    row.state === SlaCycleState.RUNNING ||
    row.state === SlaCycleState.PAUSED ||
    (row.state === SlaCycleState.BREACHED && !row.stoppedAt)
  );
}

/** What is still to go out for a cycle, first one first (empty once it is finished). */
export function pendingOf(row: CycleRow): SlaEvent[] {
  return isLive(row) ? pendingEvents(alarmState(row)) : [];
}

/** The due instant (null while paused) and the next alarm, recomputed from the row. */
export function schedule(row: CycleRow): { dueAt: Date | null; nextAlarmAt: Date | null } {
  // A finished cycle keeps the due instant it ended with, and rings no more.
  if (!isLive(row)) return { dueAt: row.dueAt, nextAlarmAt: null };
  return { dueAt: dueOf(row), nextAlarmAt: pendingOf(row)[0]?.at ?? null };
}

function dueOf(row: CycleRow): Date | null {
  return cycleClock(cycleInput(row), new Date()).dueAt;
}
