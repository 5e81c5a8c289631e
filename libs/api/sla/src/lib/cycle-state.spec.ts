import { SlaCycleEntity } from '@vigil/api/database';
import { SlaCycleState, SlaGoalKind } from '@vigil/shared/domain';
import { isLive, schedule } from './cycle-state';
import { cancel, restop, stop } from './sla-clock.service';

const START = new Date('2026-03-27T08:00:00Z');
const MIN = 60_000;

function cycle(patch: Partial<SlaCycleEntity> = {}): SlaCycleEntity {
  return Object.assign(new SlaCycleEntity(), {
    id: 'c1',
    organizationId: 'o1',
    engagementId: 'e1',
    kind: SlaGoalKind.ACKNOWLEDGE,
    sequence: 1,
    goalMinutes: 60,
    calendar: { timeZone: 'Europe/Berlin', week: null, holidays: [] },
    pausable: true,
    state: SlaCycleState.RUNNING,
    startedAt: START,
    pauses: [],
    dueAt: null,
    stoppedAt: null,
    warningShares: [75, 90],
    warningsSent: [],
    breachedAt: null,
    breachRecordedAt: null,
    escalationDelaysMinutes: [15, 60, 120],
    escalationsSent: 0,
    nextAlarmAt: null,
    cancelReason: null,
    ...patch,
  });
}

const at = (minutes: number): Date => new Date(START.getTime() + minutes * MIN);

describe('a cycle’s schedule', () => {
  it('a running cycle is due after its goal, and its next alarm is the first warning not yet sent', () => {
    expect(schedule(cycle())).toEqual({ dueAt: at(60), nextAlarmAt: at(45) });
    expect(schedule(cycle({ warningsSent: [75] }))).toEqual({ dueAt: at(60), nextAlarmAt: at(54) });
    expect(schedule(cycle({ warningsSent: [75, 90] }))).toEqual({
      dueAt: at(60),
      nextAlarmAt: at(60),
    });
  });

  it('a paused cycle has no due time and no alarm; the pause moves both once it ends', () => {
    const open = cycle({
      state: SlaCycleState.PAUSED,
      pauses: [{ from: at(10).toISOString(), to: null, reason: 'Waiting' }],
    });
    expect(schedule(open)).toEqual({ dueAt: null, nextAlarmAt: null });
    const closed = cycle({
      pauses: [{ from: at(10).toISOString(), to: at(30).toISOString(), reason: 'Waiting' }],
    });
    expect(schedule(closed)).toEqual({ dueAt: at(80), nextAlarmAt: at(65) });
  });

  it('a breached cycle that is still unmet escalates on the wall clock after the breach, step by step', () => {
    const breached = cycle({
      state: SlaCycleState.BREACHED,
      breachedAt: at(60),
      warningsSent: [75, 90],
    });
    expect(isLive(breached)).toBe(true);
    expect(schedule(breached).nextAlarmAt).toEqual(at(75));
    expect(schedule(cycle({ ...breached, escalationsSent: 2 })).nextAlarmAt).toEqual(at(180));
    expect(schedule(cycle({ ...breached, escalationsSent: 3 })).nextAlarmAt).toBeNull();
  });

  it('working hours: a goal that runs into the weekend is due on Monday, in the client’s zone', () => {
    // Friday 16:00 in Berlin (CET), 2 h goal on 09:00–17:00 Mon–Fri: due Monday 10:00 CEST.
    const week = [[], ...Array.from({ length: 5 }, () => [{ start: '09:00', end: '17:00' }]), []];
    const friday = cycle({
      startedAt: new Date('2026-03-27T15:00:00Z'),
      goalMinutes: 120,
      calendar: { timeZone: 'Europe/Berlin', week, holidays: [] },
    });
    expect(schedule(friday).dueAt).toEqual(new Date('2026-03-30T08:00:00Z'));
  });
});

describe('keeping or dropping a promise', () => {
  const now = at(200);

  it('kept before it was due: MET, and the open pause ends when it was kept', () => {
    const c = cycle({
      state: SlaCycleState.PAUSED,
      pauses: [{ from: at(20).toISOString(), to: null, reason: 'Waiting' }],
    });
    stop(c, at(50), now);
    expect(c.state).toBe(SlaCycleState.MET);
    expect(c.stoppedAt).toEqual(at(50));
    expect(c.pauses[0]?.to).toBe(at(50).toISOString());
    expect(isLive(c)).toBe(false);
    expect(schedule(c).nextAlarmAt).toBeNull();
  });

  it('kept late, before any alarm said so: BREACHED at the due instant, recorded now', () => {
    const c = cycle();
    stop(c, at(75), now);
    expect(c.state).toBe(SlaCycleState.BREACHED);
    expect(c.breachedAt).toEqual(at(60));
    expect(c.breachRecordedAt).toEqual(now);
    expect(c.stoppedAt).toEqual(at(75));
  });

  it('a pause that covered the due time keeps it from breaching', () => {
    const c = cycle({
      pauses: [{ from: at(30).toISOString(), to: at(90).toISOString(), reason: 'Waiting' }],
    });
    stop(c, at(100), now);
    expect(c.state).toBe(SlaCycleState.MET);
    expect(c.dueAt).toEqual(at(120));
  });

  it('a corrected stop decides again: late becomes met, the pause it closed closes at the new instant', () => {
    const c = cycle({
      state: SlaCycleState.PAUSED,
      pauses: [{ from: at(20).toISOString(), to: null, reason: 'Waiting' }],
    });
    stop(c, at(40), now);
    // Recorded as kept at 40 min, then found to have been kept at 30.
    restop(c, at(30), now);
    expect(c.state).toBe(SlaCycleState.MET);
    expect(c.stoppedAt).toEqual(at(30));
    expect(c.pauses[0]?.to).toBe(at(30).toISOString());

    const late = cycle();
    stop(late, at(75), at(80));
    expect(late.state).toBe(SlaCycleState.BREACHED);
    restop(late, at(55), now);
    expect(late.state).toBe(SlaCycleState.MET);
    expect(late.breachedAt).toBeNull();
    expect(late.breachRecordedAt).toBeNull();
  });

  it('a corrected stop that is still late keeps the breach as it was recorded', () => {
    const c = cycle({
      state: SlaCycleState.BREACHED,
      breachedAt: at(60),
      breachRecordedAt: at(60),
    });
    stop(c, at(90), at(95));
    restop(c, at(70), now);
    expect(c.state).toBe(SlaCycleState.BREACHED);
    expect(c.stoppedAt).toEqual(at(70));
    expect(c.breachedAt).toEqual(at(60));
    expect(c.breachRecordedAt).toEqual(at(60));
    expect(isLive(c)).toBe(false);
  });

  it('cancelled: a breach stays on record as ended, an unbreached cycle is CANCELLED', () => {
    const quiet = cycle();
    cancel(quiet, 'The engagement closed first', now);
    expect(quiet.state).toBe(SlaCycleState.CANCELLED);
    expect(quiet.cancelReason).toBe('The engagement closed first');
    const late = cycle({ state: SlaCycleState.BREACHED, breachedAt: at(60) });
    cancel(late, 'The engagement closed first', now);
    expect(late.state).toBe(SlaCycleState.BREACHED);
    expect(late.stoppedAt).toEqual(now);
    expect(isLive(late)).toBe(false);
  });
});
