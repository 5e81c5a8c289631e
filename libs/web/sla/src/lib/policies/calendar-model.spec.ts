import { workingWeek } from '@vigil/shared/domain';
import { checkCalendar, problemMessage, problemTarget, weekSummary } from './calendar-model';

describe('calendar model', () => {
  it('summarises a week Monday first, joining days with the same hours', () => {
    expect(weekSummary(workingWeek('09:00', '17:00'))).toBe('Mon–Fri 09:00–17:00');
    expect(weekSummary(null)).toBe('around the clock');
    const week = workingWeek('08:00', '16:00', [1, 2, 3, 4]);
    week[5] = [{ start: '08:00', end: '12:00' }];
    week[0] = [{ start: '10:00', end: '14:00' }];
    expect(weekSummary(week)).toBe('Mon–Thu 08:00–16:00; Fri 08:00–12:00; Sun 10:00–14:00');
    expect(weekSummary([[], [], [], [], [], [], []])).toBe('no working hours');
  });

  it('finds the field a problem is about', () => {
    expect(problemTarget('week[1][0].end must be after start (09:00)')).toEqual({
      kind: 'interval',
      day: 1,
      index: 0,
      part: 'end',
    });
    expect(problemTarget('input.holidays[2]: 2026-02-30 is not a date')).toEqual({
      kind: 'holiday',
      index: 2,
    });
    expect(problemTarget('timeZone: Mars/Base is not a known IANA time zone')).toEqual({
      kind: 'timeZone',
    });
    expect(problemTarget('week: there are no working hours in the week')).toEqual({ kind: 'week' });
  });

  it('says it in words', () => {
    expect(problemMessage('week[1][0].end must be after start (09:00)')).toBe(
      'The end must be after the start.',
    );
    expect(problemMessage('week[2][1] overlaps week[2][0] on Tuesday')).toBe(
      'These hours overlap other hours on the same day.',
    );
    expect(problemMessage('week: there are no working hours in the week')).toBe(
      'Give at least one day working hours, or choose around the clock.',
    );
  });

  it('checks a calendar with the rules the API uses', () => {
    const week = workingWeek('09:00', '17:00');
    expect(checkCalendar({ name: 'x', timeZone: null, week, holidays: [] })).toBeNull();
    week[1] = [{ start: '17:00', end: '09:00' }];
    expect(checkCalendar({ name: 'x', timeZone: null, week, holidays: [] })).toMatch(
      /^week\[1\]\[0\]\.end/,
    );
    expect(checkCalendar({ name: 'x', timeZone: 'Mars/Base', week: null, holidays: [] })).toMatch(
      /^timeZone/,
    );
  });
});
