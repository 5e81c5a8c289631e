import {
  addDays,
  calendarDateIn,
  instantOfLocal,
  isCalendarDay,
  localDateTimeIn,
  todayIn,
  zonedTimeToInstant,
} from './time-zones';

describe('time zones', () => {
  it('turns a local wall-clock time into the instant, summer and winter', () => {
    expect(zonedTimeToInstant('2026-07-01', 9, 'Europe/Berlin').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(zonedTimeToInstant('2026-12-01', 9, 'Europe/Berlin').toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    expect(zonedTimeToInstant('2026-12-01', 0, 'America/Chicago').toISOString()).toBe(
      '2026-12-01T06:00:00.000Z',
    );
    expect(zonedTimeToInstant('2026-12-01', 9, 'Asia/Singapore').toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
  });

  it('resolves the hour skipped by a DST change to the next real instant', () => {
    // Berlin skips 02:00–03:00 on 29 March 2026.
    expect(zonedTimeToInstant('2026-03-29', 2, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    // Santiago skips midnight on 6 September 2026: that day begins at 01:00 (UTC-3).
    expect(zonedTimeToInstant('2026-09-06', 0, 'America/Santiago').toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });

  it('takes the first of a wall-clock time that happens twice', () => {
    // Berlin goes back from 03:00 to 02:00 on 25 October 2026: 02:00 happens at 00:00 and 01:00 UTC.
    expect(zonedTimeToInstant('2026-10-25', 2, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:00:00.000Z',
    );
  });

  it('knows the local date and does calendar arithmetic across months and years', () => {
    expect(todayIn('Asia/Singapore', Date.parse('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
    expect(todayIn('America/Chicago', Date.parse('2026-12-31T20:00:00Z'))).toBe('2026-12-31');
    expect(addDays('2026-12-25', 7)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('puts an instant, given as text, a Date or milliseconds, on its calendar date in a zone', () => {
    expect(calendarDateIn('America/Chicago', '2026-03-01T04:30:00Z')).toBe('2026-02-28');
    expect(calendarDateIn('Europe/Berlin', new Date('2026-03-01T04:30:00Z'))).toBe('2026-03-01');
    expect(calendarDateIn('UTC', Date.parse('2026-03-01T00:00:00Z'))).toBe('2026-03-01');
  });

  it('knows a real calendar day from a malformed or impossible one', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-2-3')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
    expect(isCalendarDay(null)).toBe(false);
  });
});

describe('datetime-local values in a time zone', () => {
  it('reads a wall-clock time with minutes in the zone, across a daylight-saving change', () => {
    expect(instantOfLocal('2026-03-01T09:14', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-03-01T08:14:00.000Z',
    );
    expect(instantOfLocal('2026-07-01T09:14', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-07-01T07:14:00.000Z',
    );
    expect(instantOfLocal('2026-03-08T02:30', 'America/New_York')?.toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('refuses what is not a datetime-local value', () => {
    expect(instantOfLocal('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(instantOfLocal('2026-01-01T24:00', 'UTC')).toBeNull();
    expect(instantOfLocal('yesterday', 'UTC')).toBeNull();
  });

  it('writes an instant back as the zone shows it', () => {
    expect(localDateTimeIn('Europe/Berlin', '2026-03-01T08:14:00Z')).toBe('2026-03-01T09:14');
    expect(localDateTimeIn('Asia/Kolkata', Date.UTC(2026, 0, 1, 0, 0))).toBe('2026-01-01T05:30');
  });
});
