import {
  Commitment,
  countdown,
  countdownLabel,
  deadlineCommitment,
  goalName,
  goalDuration,
  outcome,
  promise,
} from './countdown';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const MIN = 60_000;
const iso = (t: number): string => new Date(t).toISOString();
const at = (value: string): string => `<${value}>`;

function cycle(over: Partial<Commitment> = {}): Commitment {
  return {
    kind: 'ACKNOWLEDGE',
    sequence: 1,
    label: 'Acknowledge',
    severity: 'SEV1',
    state: 'RUNNING',
    dueAt: iso(NOW + 90 * MIN),
    stoppedAt: null,
    remainingSeconds: 90 * 60,
    cancelReason: null,
    ...over,
  };
}

describe('countdown', () => {
  it('counts down from the due time to now, calm above an hour', () => {
    expect(countdown(cycle(), NOW)).toEqual({ band: 'CALM', text: '1 h 30 min left', live: true });
    expect(countdown(cycle(), NOW + 25 * MIN).text).toBe('1 h 05 min left');
  });

  it('turns to under an hour, then under half an hour', () => {
    expect(countdown(cycle(), NOW + 31 * MIN)).toMatchObject({
      band: 'UNDER_HOUR',
      text: '59 min left',
    });
    expect(countdown(cycle(), NOW + 61 * MIN)).toMatchObject({
      band: 'UNDER_HALF_HOUR',
      text: '29 min left',
    });
    expect(countdown(cycle(), NOW + 90 * MIN - 45_000).text).toBe('45 s left');
  });

  it('says how far over once the due time has passed, before the worker marks the breach', () => {
    expect(countdown(cycle(), NOW + 102 * MIN)).toEqual({
      band: 'BREACHED',
      text: '12 min over',
      live: true,
    });
    expect(countdown(cycle({ state: 'BREACHED' }), NOW + 3 * 60 * MIN).text).toBe(
      '1 h 30 min over',
    );
  });

  it('says "Paused" with what is left while the clock stands still', () => {
    const paused = cycle({ state: 'PAUSED', dueAt: null, remainingSeconds: 65 * 60 });
    expect(countdown(paused, NOW)).toEqual({
      band: 'PAUSED',
      text: 'Paused · 1 h 05 min left',
      live: true,
    });
    expect(countdown(paused, NOW + 10 * 60 * MIN).text).toBe('Paused · 1 h 05 min left');
  });

  it('shows met, late and cancelled commitments without a clock', () => {
    expect(countdown(cycle({ state: 'MET', stoppedAt: iso(NOW) }), NOW)).toEqual({
      band: 'MET',
      text: 'Met',
      live: false,
    });
    expect(
      countdown(cycle({ state: 'BREACHED', stoppedAt: iso(NOW + 102 * MIN) }), NOW + 500 * MIN),
    ).toEqual({ band: 'BREACHED', text: 'Met 12 min late', live: false });
    expect(
      countdown(cycle({ state: 'BREACHED', stoppedAt: iso(NOW), cancelReason: 'Closed' }), NOW)
        .text,
    ).toBe('Missed');
    expect(countdown(cycle({ state: 'CANCELLED', cancelReason: 'Closed' }), NOW)).toEqual({
      band: 'CANCELLED',
      text: 'Cancelled',
      live: false,
    });
  });
});

describe('goalName and countdownLabel', () => {
  it('names the goal with its severity, and client updates after the first by number', () => {
    expect(goalName(cycle())).toBe('Acknowledge (SEV1)');
    expect(goalName(cycle({ kind: 'RESPOND', label: 'x' }))).toBe('First responder engaged (SEV1)');
    expect(goalName(cycle({ kind: 'CLIENT_UPDATE', sequence: 3 }))).toBe('Client update 3 (SEV1)');
    expect(
      goalName(cycle({ kind: 'REGULATORY', label: 'Notify the authority', severity: null })),
    ).toBe('Notify the authority');
  });

  it('says the goal and the time for screen readers', () => {
    expect(countdownLabel(cycle(), NOW, at)).toBe(
      `Acknowledge (SEV1): 1 h 30 min left, due <${iso(NOW + 90 * MIN)}>`,
    );
    expect(countdownLabel(cycle(), NOW + 100 * MIN, at)).toBe(
      `Acknowledge (SEV1): breached, 10 min over, was due <${iso(NOW + 90 * MIN)}>`,
    );
    expect(
      countdownLabel(cycle({ state: 'PAUSED', dueAt: null, remainingSeconds: 600 }), NOW, at),
    ).toBe('Acknowledge (SEV1): paused, 10 min left when the clock runs again');
    expect(countdownLabel(cycle({ state: 'MET', stoppedAt: iso(NOW) }), NOW, at)).toBe(
      `Acknowledge (SEV1): met <${iso(NOW)}>, due <${iso(NOW + 90 * MIN)}>`,
    );
  });
});

describe('outcome', () => {
  it('adds what a finished commitment’s badge does not say', () => {
    expect(outcome(cycle())).toBe('');
    expect(outcome(cycle({ state: 'MET', stoppedAt: iso(NOW + 70 * MIN) }))).toBe(
      '20 min to spare',
    );
    expect(outcome(cycle({ state: 'BREACHED', stoppedAt: iso(NOW + 95 * MIN) }))).toBe('');
    expect(
      outcome(cycle({ state: 'BREACHED', stoppedAt: iso(NOW), cancelReason: 'Closed first' })),
    ).toBe('Ended unmet: Closed first');
    expect(outcome(cycle({ state: 'CANCELLED', cancelReason: 'Reopened' }))).toBe('Reopened');
  });
});

describe('deadlineCommitment', () => {
  const deadline = {
    regime: 'EU_GDPR',
    title: 'Notify the supervisory authority (GDPR)',
    status: 'CONFIRMED',
    dueAt: iso(NOW + 72 * 60 * MIN),
    submittedAt: null as string | null,
  };

  it('runs a clock for proposed and confirmed deadlines, none for dismissed ones', () => {
    expect(countdown(deadlineCommitment(deadline) as Commitment, NOW).text).toBe('3 d 0 h left');
    expect(deadlineCommitment({ ...deadline, status: 'PROPOSED' })?.state).toBe('RUNNING');
    expect(deadlineCommitment({ ...deadline, status: 'DISMISSED' })).toBeNull();
  });

  it('is met when submitted in time, late otherwise', () => {
    const onTime = deadlineCommitment({ ...deadline, status: 'SUBMITTED', submittedAt: iso(NOW) });
    expect(countdown(onTime as Commitment, NOW).text).toBe('Met');
    const late = deadlineCommitment({
      ...deadline,
      status: 'SUBMITTED',
      submittedAt: iso(NOW + 73 * 60 * MIN),
    });
    expect(countdown(late as Commitment, NOW).text).toBe('Met 1 h 00 min late');
  });
});

describe('goalDuration and promise', () => {
  const around = 'Around the clock';
  const working = 'Working hours (Europe/London)';

  it('gives a goal in days around the clock, in hours on working hours', () => {
    expect(goalDuration(90, around)).toBe('1 h 30 min');
    expect(goalDuration(2880, around)).toBe('2 d');
    expect(goalDuration(4800, working)).toBe('80 h');
    expect(goalDuration(240, working)).toBe('4 h');
  });

  it('says what was promised in the client’s words', () => {
    expect(promise({ ...cycle(), goalMinutes: 60, calendarLabel: around })).toBe(
      'We take on your incident within 1 h (SEV1)',
    );
    expect(
      promise({
        ...cycle({ kind: 'REPORT', severity: 'SEV2' }),
        goalMinutes: 4800,
        calendarLabel: working,
      }),
    ).toBe('You receive the post-incident report within 80 h (SEV2)');
    expect(
      promise({
        ...cycle({ kind: 'REGULATORY', label: 'Notify the authority' }),
        goalMinutes: 1,
        calendarLabel: around,
      }),
    ).toBe('Notify the authority');
  });
});
