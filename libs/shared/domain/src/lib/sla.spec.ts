import { AROUND_THE_CLOCK, BusinessCalendar, workingWeek } from './business-time';
import {
  countdownBand,
  CycleAlarmState,
  cycleClock,
  CycleInput,
  DEFAULT_ESCALATION_DELAYS_MINUTES,
  DEFAULT_WARNING_SHARES,
  dueEvents,
  ESCALATION_CHAIN,
  EscalationTarget,
  escalationDelaysProblem,
  formatDuration,
  nextEvent,
  pendingEvents,
  shareReachedAt,
  SLA_GOAL_LABELS,
  SlaCycleState,
  SlaEvent,
  SlaGoalKind,
  warningSharesProblem,
} from './sla';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string): Date => new Date(iso);

/** London office hours, Monday–Friday 09:00–17:00 (UTC+0 in January). */
const london: BusinessCalendar = {
  timeZone: 'Europe/London',
  week: workingWeek('09:00', '17:00'),
  holidays: [],
};

function events(list: SlaEvent[]): [string, number, string][] {
  return list.map((e) => [e.kind, e.step, e.at.toISOString()]);
}

describe('SLA constants', () => {
  it('labels the goals and orders the escalation chain', () => {
    expect(SLA_GOAL_LABELS).toEqual({
      ACKNOWLEDGE: 'Acknowledge',
      RESPOND: 'First responder engaged',
      CLIENT_UPDATE: 'Client update',
      REPORT: 'Post-incident report',
      REGULATORY: 'Regulatory deadline',
    });
    expect(SLA_GOAL_LABELS[SlaGoalKind.RESPOND]).toBe('First responder engaged');
    expect(ESCALATION_CHAIN).toEqual([
      EscalationTarget.INCIDENT_COMMANDER,
      EscalationTarget.ACCOUNT_MANAGER,
      EscalationTarget.PROVIDER_ADMINS,
    ]);
    expect(DEFAULT_WARNING_SHARES).toEqual([75, 90]);
    expect(DEFAULT_ESCALATION_DELAYS_MINUTES).toEqual([15, 60, 120]);
    expect(warningSharesProblem([...DEFAULT_WARNING_SHARES])).toBeNull();
    expect(escalationDelaysProblem([...DEFAULT_ESCALATION_DELAYS_MINUTES])).toBeNull();
  });
});

describe('warningSharesProblem', () => {
  it('accepts up to five increasing whole percents from 1 to 99, or none', () => {
    expect(warningSharesProblem([])).toBeNull();
    expect(warningSharesProblem([1, 25, 50, 75, 99])).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(warningSharesProblem([10, 20, 30, 40, 50, 60])).toBe('warning shares: at most 5, not 6');
    expect(warningSharesProblem([50, 100])).toBe(
      'warning shares: 100 is not a whole percent from 1 to 99',
    );
    expect(warningSharesProblem([0])).toBe('warning shares: 0 is not a whole percent from 1 to 99');
    expect(warningSharesProblem([75.5])).toBe(
      'warning shares: 75.5 is not a whole percent from 1 to 99',
    );
    expect(warningSharesProblem([90, 75])).toBe('warning shares must increase (75 comes after 90)');
    expect(warningSharesProblem([75, 75])).toBe('warning shares must increase (75 comes after 75)');
  });
});

describe('escalationDelaysProblem', () => {
  it('accepts three non-decreasing whole minutes from 0 to a week', () => {
    expect(escalationDelaysProblem([0, 0, 10_080])).toBeNull();
    expect(escalationDelaysProblem([30, 30, 30])).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(escalationDelaysProblem([15, 60])).toBe(
      'escalation delays: exactly 3 are needed (one per step), not 2',
    );
    expect(escalationDelaysProblem([15, 60, 120, 240])).toBe(
      'escalation delays: exactly 3 are needed (one per step), not 4',
    );
    expect(escalationDelaysProblem([-1, 60, 120])).toBe(
      'escalation delays: -1 is not a whole number of minutes from 0 to 10080',
    );
    expect(escalationDelaysProblem([15, 60, 10_081])).toBe(
      'escalation delays: 10081 is not a whole number of minutes from 0 to 10080',
    );
    expect(escalationDelaysProblem([15, 7.5, 120])).toBe(
      'escalation delays: 7.5 is not a whole number of minutes from 0 to 10080',
    );
    expect(escalationDelaysProblem([60, 15, 120])).toBe(
      'escalation delays must not decrease (15 comes after 60)',
    );
  });
});

describe('cycleClock', () => {
  it('runs on elapsed time around the clock', () => {
    const input: CycleInput = {
      startedAt: at('2026-03-02T10:00:00Z'),
      goalMinutes: 60,
      calendar: AROUND_THE_CLOCK,
      pauses: [],
    };
    expect(cycleClock(input, at('2026-03-02T10:45:00Z'))).toEqual({
      elapsedMs: 45 * MINUTE,
      remainingMs: 15 * MINUTE,
      pausedMs: 0,
      paused: false,
      dueAt: at('2026-03-02T11:00:00Z'),
    });
    expect(cycleClock(input, at('2026-03-02T11:20:00Z')).remainingMs).toBe(-20 * MINUTE);
    // Before it starts nothing has run.
    expect(cycleClock(input, at('2026-03-02T09:00:00Z')).elapsedMs).toBe(0);
  });

  it('counts only the working part of a pause that covers a night as paused', () => {
    // Started Monday 12 January 15:00, goal 4 working hours, paused Monday 16:00 → Tuesday 10:00.
    const input: CycleInput = {
      startedAt: at('2026-01-12T15:00:00Z'),
      goalMinutes: 240,
      calendar: london,
      pauses: [{ from: at('2026-01-12T16:00:00Z'), to: at('2026-01-13T10:00:00Z') }],
    };
    // Paused: Monday 16–17 and Tuesday 09–10, 2 h (not the 18 h of the wall clock).
    // Ran: Monday 15–16 and Tuesday 10–11.
    expect(cycleClock(input, at('2026-01-13T11:00:00Z'))).toEqual({
      elapsedMs: 2 * HOUR,
      remainingMs: 2 * HOUR,
      pausedMs: 2 * HOUR,
      paused: false,
      dueAt: at('2026-01-13T13:00:00Z'),
    });
    // Overnight, the clock stands still either way.
    expect(cycleClock(input, at('2026-01-12T23:00:00Z'))).toMatchObject({
      elapsedMs: HOUR,
      pausedMs: HOUR,
    });
  });

  it('has no due instant while paused and counts the open pause up to now', () => {
    const input: CycleInput = {
      startedAt: at('2026-01-12T15:00:00Z'),
      goalMinutes: 240,
      calendar: london,
      pauses: [{ from: at('2026-01-12T16:00:00Z'), to: null }],
    };
    expect(cycleClock(input, at('2026-01-13T10:00:00Z'))).toEqual({
      elapsedMs: HOUR,
      remainingMs: 3 * HOUR,
      pausedMs: 2 * HOUR,
      paused: true,
      dueAt: null,
    });
    expect(shareReachedAt(input, 75)).toBeNull();
  });

  it('adds several closed pauses and ignores the part of a pause before the start', () => {
    const input: CycleInput = {
      startedAt: at('2026-03-02T10:00:00Z'),
      goalMinutes: 120,
      calendar: AROUND_THE_CLOCK,
      pauses: [
        { from: at('2026-03-02T09:00:00Z'), to: at('2026-03-02T10:15:00Z') },
        { from: at('2026-03-02T11:00:00Z'), to: at('2026-03-02T11:30:00Z') },
        // Overlaps the one before: counted once.
        { from: at('2026-03-02T11:20:00Z'), to: at('2026-03-02T11:40:00Z') },
      ],
    };
    // Paused 10:00–10:15 and 11:00–11:40: 55 min; due 12:00 + 55 min.
    expect(cycleClock(input, at('2026-03-02T12:00:00Z'))).toEqual({
      elapsedMs: 65 * MINUTE,
      remainingMs: 55 * MINUTE,
      pausedMs: 55 * MINUTE,
      paused: false,
      dueAt: at('2026-03-02T12:55:00Z'),
    });
  });

  it('leaves the due instant where it was when a pause began after the goal was reached', () => {
    // Goal 1 h from Monday 15:00 is Monday 16:00; a pause 16:30 → Tuesday 10:00 changes nothing.
    const input: CycleInput = {
      startedAt: at('2026-01-12T15:00:00Z'),
      goalMinutes: 60,
      calendar: london,
      pauses: [{ from: at('2026-01-12T16:30:00Z'), to: at('2026-01-13T10:00:00Z') }],
    };
    expect(cycleClock(input, at('2026-01-13T11:00:00Z'))).toEqual({
      elapsedMs: 2.5 * HOUR,
      remainingMs: -1.5 * HOUR,
      pausedMs: 1.5 * HOUR,
      paused: false,
      dueAt: at('2026-01-12T16:00:00Z'),
    });
  });

  describe('severity change: a new goal counted from the cycle’s own start', () => {
    const before: CycleInput = {
      startedAt: at('2026-01-12T15:00:00Z'),
      goalMinutes: 240,
      calendar: london,
      pauses: [{ from: at('2026-01-12T16:00:00Z'), to: at('2026-01-13T10:00:00Z') }],
    };
    const now = at('2026-01-13T11:00:00Z');

    it('a shorter goal already used up gives a due instant in the past', () => {
      // 90 min: 60 before the pause, 30 after it → Tuesday 10:30, before now (11:00).
      const clock = cycleClock({ ...before, goalMinutes: 90 }, now);
      expect(clock.dueAt).toEqual(at('2026-01-13T10:30:00Z'));
      expect(clock.dueAt && clock.dueAt < now).toBe(true);
      expect(clock.remainingMs).toBe(-30 * MINUTE);
      expect(countdownBand(SlaCycleState.RUNNING, clock.remainingMs)).toBe('BREACHED');
    });

    it('a longer goal moves the due instant later, the pause included', () => {
      // 8 h: 2 h Monday 15–17 less 1 h paused, then Tuesday from 10:00 for the 7 h left → 17:00.
      const clock = cycleClock({ ...before, goalMinutes: 480 }, now);
      expect(clock.dueAt).toEqual(at('2026-01-13T17:00:00Z'));
      expect(clock.remainingMs).toBe(6 * HOUR);
      // 10 h: the remaining 2 h roll over to Wednesday 09–11.
      expect(cycleClock({ ...before, goalMinutes: 600 }, now).dueAt).toEqual(
        at('2026-01-14T11:00:00Z'),
      );
    });
  });
});

describe('shareReachedAt', () => {
  it('finds the instant a share of the goal is reached, around pauses', () => {
    const input: CycleInput = {
      startedAt: at('2026-01-12T15:00:00Z'),
      goalMinutes: 240,
      calendar: london,
      pauses: [{ from: at('2026-01-12T16:00:00Z'), to: at('2026-01-13T10:00:00Z') }],
    };
    // 75 % = 3 h: 1 h before the pause, 2 h from Tuesday 10:00.
    expect(shareReachedAt(input, 75)).toEqual(at('2026-01-13T12:00:00Z'));
    // 90 % = 3 h 36 min.
    expect(shareReachedAt(input, 90)).toEqual(at('2026-01-13T12:36:00Z'));
    // 25 % = 1 h: reached as the pause begins.
    expect(shareReachedAt(input, 25)).toEqual(at('2026-01-12T16:00:00Z'));
    expect(shareReachedAt(input, 100)).toEqual(at('2026-01-13T13:00:00Z'));
  });
});

describe('alarm events', () => {
  const input: CycleInput = {
    startedAt: at('2026-03-02T10:00:00Z'),
    goalMinutes: 60,
    calendar: AROUND_THE_CLOCK,
    pauses: [],
  };
  const fresh: CycleAlarmState = {
    input,
    warningShares: [75, 90],
    warningsSent: [],
    breachedAt: null,
    escalationDelaysMinutes: [15, 60, 120],
    escalationsSent: 0,
  };

  it('lists warnings, the breach and the escalations in time order', () => {
    expect(events(pendingEvents(fresh))).toEqual([
      ['WARNING', 75, '2026-03-02T10:45:00.000Z'],
      ['WARNING', 90, '2026-03-02T10:54:00.000Z'],
      ['BREACH', 0, '2026-03-02T11:00:00.000Z'],
      ['ESCALATION', 0, '2026-03-02T11:15:00.000Z'],
      ['ESCALATION', 1, '2026-03-02T12:00:00.000Z'],
      ['ESCALATION', 2, '2026-03-02T13:00:00.000Z'],
    ]);
  });

  it('splits them into due now and next', () => {
    const now = at('2026-03-02T10:54:00Z');
    expect(events(dueEvents(fresh, now))).toEqual([
      ['WARNING', 75, '2026-03-02T10:45:00.000Z'],
      ['WARNING', 90, '2026-03-02T10:54:00.000Z'],
    ]);
    expect(nextEvent(fresh, now)).toEqual({
      kind: 'BREACH',
      step: 0,
      at: at('2026-03-02T11:00:00Z'),
    });
    expect(nextEvent(fresh, at('2026-03-02T13:00:00Z'))).toBeNull();
    expect(dueEvents(fresh, at('2026-03-02T10:00:00Z'))).toEqual([]);
  });

  it('leaves out what was sent, and counts escalations from the recorded breach', () => {
    expect(events(pendingEvents({ ...fresh, warningsSent: [75] }))[0]).toEqual([
      'WARNING',
      90,
      '2026-03-02T10:54:00.000Z',
    ]);
    // Breached at 11:00, first escalation sent; then the goal was raised to 2 h: the breach stays.
    const breached: CycleAlarmState = {
      ...fresh,
      input: { ...input, goalMinutes: 120 },
      warningsSent: [75],
      breachedAt: at('2026-03-02T11:00:00Z'),
      escalationsSent: 1,
    };
    expect(events(pendingEvents(breached))).toEqual([
      ['ESCALATION', 1, '2026-03-02T12:00:00.000Z'],
      ['ESCALATION', 2, '2026-03-02T13:00:00.000Z'],
    ]);
    expect(pendingEvents({ ...breached, escalationsSent: 3 })).toEqual([]);
  });

  it('drops warnings whose instant is not before the due instant', () => {
    const zero: CycleAlarmState = { ...fresh, input: { ...input, goalMinutes: 0 } };
    expect(events(pendingEvents(zero))).toEqual([
      ['BREACH', 0, '2026-03-02T10:00:00.000Z'],
      ['ESCALATION', 0, '2026-03-02T10:15:00.000Z'],
      ['ESCALATION', 1, '2026-03-02T11:00:00.000Z'],
      ['ESCALATION', 2, '2026-03-02T12:00:00.000Z'],
    ]);
  });

  it('puts the breach before an escalation due at the same instant', () => {
    expect(
      events(pendingEvents({ ...fresh, warningShares: [], escalationDelaysMinutes: [0, 0, 30] })),
    ).toEqual([
      ['BREACH', 0, '2026-03-02T11:00:00.000Z'],
      ['ESCALATION', 0, '2026-03-02T11:00:00.000Z'],
      ['ESCALATION', 1, '2026-03-02T11:00:00.000Z'],
      ['ESCALATION', 2, '2026-03-02T11:30:00.000Z'],
    ]);
  });

  it('is silent while paused, except for escalations after a breach (wall-clock)', () => {
    const paused: CycleInput = {
      ...input,
      pauses: [{ from: at('2026-03-02T10:30:00Z'), to: null }],
    };
    expect(pendingEvents({ ...fresh, input: paused })).toEqual([]);
    expect(
      events(
        pendingEvents({
          ...fresh,
          input: { ...input, pauses: [{ from: at('2026-03-02T11:05:00Z'), to: null }] },
          breachedAt: at('2026-03-02T11:00:00Z'),
          escalationsSent: 1,
        }),
      ),
    ).toEqual([
      ['ESCALATION', 1, '2026-03-02T12:00:00.000Z'],
      ['ESCALATION', 2, '2026-03-02T13:00:00.000Z'],
    ]);
  });

  it('follows working hours and pauses for the warnings and the breach', () => {
    const state: CycleAlarmState = {
      ...fresh,
      input: {
        startedAt: at('2026-01-12T15:00:00Z'),
        goalMinutes: 240,
        calendar: london,
        pauses: [{ from: at('2026-01-12T16:00:00Z'), to: at('2026-01-13T10:00:00Z') }],
      },
    };
    expect(events(pendingEvents(state))).toEqual([
      ['WARNING', 75, '2026-01-13T12:00:00.000Z'],
      ['WARNING', 90, '2026-01-13T12:36:00.000Z'],
      ['BREACH', 0, '2026-01-13T13:00:00.000Z'],
      // Escalations run on the wall clock after the breach.
      ['ESCALATION', 0, '2026-01-13T13:15:00.000Z'],
      ['ESCALATION', 1, '2026-01-13T14:00:00.000Z'],
      ['ESCALATION', 2, '2026-01-13T15:00:00.000Z'],
    ]);
  });
});

describe('formatDuration', () => {
  it('writes the two largest units, rounded down, without a sign', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(59_999)).toBe('59 s');
    expect(formatDuration(60_000)).toBe('1 min');
    expect(formatDuration(12 * MINUTE + 40_000)).toBe('12 min');
    expect(formatDuration(60 * MINUTE)).toBe('1 h 00 min');
    expect(formatDuration(65 * MINUTE)).toBe('1 h 05 min');
    expect(formatDuration(23 * HOUR + 59 * MINUTE)).toBe('23 h 59 min');
    expect(formatDuration(24 * HOUR)).toBe('1 d 0 h');
    expect(formatDuration(51 * HOUR + 20 * MINUTE)).toBe('2 d 3 h');
    expect(formatDuration(-12 * MINUTE)).toBe('12 min');
    expect(formatDuration(-(65 * MINUTE))).toBe('1 h 05 min');
  });
});

describe('countdownBand', () => {
  it('colours by the time left', () => {
    expect(countdownBand(SlaCycleState.RUNNING, 61 * MINUTE)).toBe('CALM');
    expect(countdownBand(SlaCycleState.RUNNING, 60 * MINUTE)).toBe('UNDER_HOUR');
    expect(countdownBand(SlaCycleState.RUNNING, 31 * MINUTE)).toBe('UNDER_HOUR');
    expect(countdownBand(SlaCycleState.RUNNING, 30 * MINUTE)).toBe('UNDER_HALF_HOUR');
    expect(countdownBand(SlaCycleState.RUNNING, 0)).toBe('UNDER_HALF_HOUR');
    expect(countdownBand(SlaCycleState.RUNNING, -1)).toBe('BREACHED');
  });

  it('lets the state win', () => {
    expect(countdownBand(SlaCycleState.BREACHED, 5 * HOUR)).toBe('BREACHED');
    expect(countdownBand(SlaCycleState.PAUSED, -HOUR)).toBe('PAUSED');
    expect(countdownBand(SlaCycleState.MET, -HOUR)).toBe('MET');
    expect(countdownBand(SlaCycleState.CANCELLED, 10 * MINUTE)).toBe('CANCELLED');
  });
});
