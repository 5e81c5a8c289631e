import {
  addBusinessTime,
  AROUND_THE_CLOCK,
  BusinessCalendar,
  businessTimeBetween,
  calendarProblem,
  isWorkingInstant,
  nextWorkingInstant,
  WorkingInterval,
  workingWeek,
} from './business-time';
import { addDays } from './time-zones';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

function office(timeZone: string, holidays: string[] = []): BusinessCalendar {
  return { timeZone, week: workingWeek('09:00', '17:00'), holidays };
}

/** Working time only on Sundays, 01:00–04:00 local: the hours clocks change in. */
function sundayNight(timeZone: string): BusinessCalendar {
  return { timeZone, week: workingWeek('01:00', '04:00', [0]), holidays: [] };
}

function add(calendar: BusinessCalendar, startIso: string, durationMs: number): string {
  return addBusinessTime(calendar, new Date(startIso), durationMs).toISOString();
}

function between(calendar: BusinessCalendar, fromIso: string, toIso: string): number {
  return businessTimeBetween(calendar, new Date(fromIso), new Date(toIso));
}

const london = office('Europe/London');
const newYork = office('America/New_York');

describe('workingWeek and AROUND_THE_CLOCK', () => {
  it('builds seven weekdays, Sunday first, Monday to Friday by default', () => {
    const week = workingWeek('09:00', '17:00');
    expect(week).toEqual([
      [],
      [{ start: '09:00', end: '17:00' }],
      [{ start: '09:00', end: '17:00' }],
      [{ start: '09:00', end: '17:00' }],
      [{ start: '09:00', end: '17:00' }],
      [{ start: '09:00', end: '17:00' }],
      [],
    ]);
    expect(week[1]).not.toBe(week[2]);
    expect(workingWeek('08:00', '12:00', [6, 0])).toEqual([
      [{ start: '08:00', end: '12:00' }],
      [],
      [],
      [],
      [],
      [],
      [{ start: '08:00', end: '12:00' }],
    ]);
  });

  it('has a 24×7 calendar in UTC', () => {
    expect(AROUND_THE_CLOCK).toEqual({ timeZone: 'UTC', week: null, holidays: [] });
    expect(calendarProblem(AROUND_THE_CLOCK)).toBeNull();
  });
});

describe('calendarProblem', () => {
  const withDay = (day: number, intervals: WorkingInterval[]): BusinessCalendar => {
    const week = workingWeek('09:00', '17:00');
    week[day] = intervals;
    return { timeZone: 'Europe/London', week, holidays: [] };
  };

  it('accepts good calendars, split days, 24:00 and touching intervals', () => {
    expect(calendarProblem(london)).toBeNull();
    expect(
      calendarProblem(
        withDay(1, [
          { start: '09:00', end: '12:00' },
          { start: '12:00', end: '24:00' },
        ]),
      ),
    ).toBeNull();
    expect(calendarProblem({ ...london, holidays: ['2026-12-25', '2028-02-29'] })).toBeNull();
  });

  it('names the field at fault', () => {
    expect(calendarProblem({ ...london, timeZone: 'Mars/Base' })).toBe(
      'timeZone: Mars/Base is not a known IANA time zone',
    );
    expect(calendarProblem(withDay(1, [{ start: '09:00', end: '08:30' }]))).toBe(
      'week[1][0].end must be after start (09:00)',
    );
    expect(calendarProblem(withDay(1, [{ start: '09:00', end: '09:00' }]))).toBe(
      'week[1][0].end must be after start (09:00)',
    );
    expect(calendarProblem(withDay(2, [{ start: '9:00', end: '17:00' }]))).toBe(
      'week[2][0].start: 9:00 is not a time (HH:mm)',
    );
    expect(calendarProblem(withDay(2, [{ start: '24:00', end: '24:00' }]))).toBe(
      'week[2][0].start: 24:00 is not a time (HH:mm)',
    );
    expect(calendarProblem(withDay(3, [{ start: '09:00', end: '25:00' }]))).toBe(
      'week[3][0].end: 25:00 is not a time (HH:mm, or 24:00)',
    );
    expect(
      calendarProblem(
        withDay(4, [
          { start: '13:00', end: '17:00' },
          { start: '09:00', end: '13:30' },
        ]),
      ),
    ).toBe('week[4][1] overlaps week[4][0] on Thursday');
    expect(
      calendarProblem({ ...london, holidays: ['2026-12-25', '2026-12-26', '2026-02-30'] }),
    ).toBe('holidays[2]: 2026-02-30 is not a date');
    expect(calendarProblem({ ...london, week: [[], [], [], [], [], [], []] })).toBe(
      'week: there are no working hours in the week',
    );
    expect(calendarProblem({ ...london, week: [[], []] })).toBe(
      'week must list 7 weekdays, Sunday first (or be null for around the clock)',
    );
  });
});

describe('addBusinessTime and businessTimeBetween on working hours', () => {
  it('skips the weekend: Friday 16:00 + 2 h is Monday 10:00', () => {
    // Friday 9 January 2026, London in winter (UTC+0).
    expect(add(london, '2026-01-09T16:00:00Z', 2 * HOUR)).toBe('2026-01-12T10:00:00.000Z');
    expect(between(london, '2026-01-09T16:00:00Z', '2026-01-12T10:00:00Z')).toBe(2 * HOUR);
    expect(between(london, '2026-01-09T00:00:00Z', '2026-01-16T00:00:00Z')).toBe(40 * HOUR);
  });

  it('ends at the end of the interval that uses the duration up', () => {
    expect(add(london, '2026-01-09T09:00:00Z', 8 * HOUR)).toBe('2026-01-09T17:00:00.000Z');
  });

  it('skips holidays, a midweek one and a long weekend with holidays Friday and Monday', () => {
    const withHolidays = office('Europe/London', ['2026-01-14', '2026-12-25', '2026-12-28']);
    // Tuesday 13 January 16:00 + 2 h: 1 h on Tuesday, Wednesday is a holiday, 1 h on Thursday.
    expect(add(withHolidays, '2026-01-13T16:00:00Z', 2 * HOUR)).toBe('2026-01-15T10:00:00.000Z');
    // Thursday 24 December 16:00 + 3 h: Friday 25 and Monday 28 are holidays, so Tuesday 29 11:00.
    expect(add(withHolidays, '2026-12-24T16:00:00Z', 3 * HOUR)).toBe('2026-12-29T11:00:00.000Z');
    expect(between(withHolidays, '2026-12-24T16:00:00Z', '2026-12-29T11:00:00Z')).toBe(3 * HOUR);
    expect(isWorkingInstant(withHolidays, new Date('2026-12-25T12:00:00Z'))).toBe(false);
  });

  it('counts a goal over a long weekend with a holiday Monday (Labor Day, New York)', () => {
    const labor = office('America/New_York', ['2026-09-07']);
    // Friday 4 September 13:00 EDT (17:00Z) + 8 h: 4 h Friday, 4 h Tuesday 8 September.
    expect(add(labor, '2026-09-04T17:00:00Z', 8 * HOUR)).toBe('2026-09-08T17:00:00.000Z');
    expect(between(labor, '2026-09-04T17:00:00Z', '2026-09-08T17:00:00Z')).toBe(8 * HOUR);
  });

  it('starts counting at the next working instant when started outside hours', () => {
    // Tuesday 20:00 + 1 h = Wednesday 10:00.
    expect(add(london, '2026-01-13T20:00:00Z', HOUR)).toBe('2026-01-14T10:00:00.000Z');
    // Tuesday 07:00 + 1 h = Tuesday 10:00.
    expect(add(london, '2026-01-13T07:00:00Z', HOUR)).toBe('2026-01-13T10:00:00.000Z');
    // Saturday noon + 30 min = Monday 09:30.
    expect(add(london, '2026-01-10T12:00:00Z', 30 * MINUTE)).toBe('2026-01-12T09:30:00.000Z');
    expect(between(london, '2026-01-10T12:00:00Z', '2026-01-12T09:30:00Z')).toBe(30 * MINUTE);
  });

  it('returns the start unchanged for a zero duration, even outside hours', () => {
    expect(add(london, '2026-01-10T12:00:00Z', 0)).toBe('2026-01-10T12:00:00.000Z');
    expect(add(AROUND_THE_CLOCK, '2026-01-10T12:00:00Z', 0)).toBe('2026-01-10T12:00:00.000Z');
  });

  it('handles split days (09:00–12:00 and 13:00–17:00)', () => {
    const split: BusinessCalendar = {
      timeZone: 'America/New_York',
      week: [
        [],
        ...[1, 2, 3, 4, 5].map(() => [
          { start: '09:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ]),
        [],
      ],
      holidays: [],
    };
    // Monday 12 January 11:00 EST (16:00Z) + 2 h: 11–12, then 13–14 → 14:00 EST.
    expect(add(split, '2026-01-12T16:00:00Z', 2 * HOUR)).toBe('2026-01-12T19:00:00.000Z');
    // 1 h before lunch ends exactly at 12:00 EST.
    expect(add(split, '2026-01-12T16:00:00Z', HOUR)).toBe('2026-01-12T17:00:00.000Z');
    // 11:30–13:30 EST holds 1 h of work.
    expect(between(split, '2026-01-12T16:30:00Z', '2026-01-12T18:30:00Z')).toBe(HOUR);
    expect(between(split, '2026-01-12T00:00:00Z', '2026-01-13T00:00:00Z')).toBe(7 * HOUR);
    expect(isWorkingInstant(split, new Date('2026-01-12T16:59:00Z'))).toBe(true);
    expect(isWorkingInstant(split, new Date('2026-01-12T17:00:00Z'))).toBe(false);
    expect(isWorkingInstant(split, new Date('2026-01-12T17:30:00Z'))).toBe(false);
    expect(isWorkingInstant(split, new Date('2026-01-12T18:00:00Z'))).toBe(true);
    expect(nextWorkingInstant(split, new Date('2026-01-12T17:30:00Z')).toISOString()).toBe(
      '2026-01-12T18:00:00.000Z',
    );
    expect(nextWorkingInstant(split, new Date('2026-01-12T18:10:00Z')).toISOString()).toBe(
      '2026-01-12T18:10:00.000Z',
    );
  });

  it('counts ten business days', () => {
    // Monday 12 January 09:00 + 80 h = Friday 23 January 17:00 (London, no holidays).
    expect(add(london, '2026-01-12T09:00:00Z', 80 * HOUR)).toBe('2026-01-23T17:00:00.000Z');
    // New York with Martin Luther King Jr. Day (Monday 19 January) off: Monday 26 January 17:00 EST.
    const mlk = office('America/New_York', ['2026-01-19']);
    expect(add(mlk, '2026-01-12T14:00:00Z', 80 * HOUR)).toBe('2026-01-26T22:00:00.000Z');
    expect(between(mlk, '2026-01-12T14:00:00Z', '2026-01-26T22:00:00Z')).toBe(80 * HOUR);
  });
});

describe('daylight saving time', () => {
  it('Europe/London in March: 01:00–04:00 lasts 2 h, and a weekend over the change', () => {
    const night = sundayNight('Europe/London');
    // 29 March 2026: 01:00 GMT jumps to 02:00 BST, so 01:00 local is 01:00Z and 04:00 BST is 03:00Z.
    expect(between(night, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(2 * HOUR);
    expect(add(night, '2026-03-28T12:00:00Z', HOUR)).toBe('2026-03-29T02:00:00.000Z');
    expect(add(night, '2026-03-28T12:00:00Z', 2 * HOUR)).toBe('2026-03-29T03:00:00.000Z');
    // Friday 27 March 16:00 GMT + 2 h = Monday 30 March 10:00 BST (09:00Z).
    expect(add(london, '2026-03-27T16:00:00Z', 2 * HOUR)).toBe('2026-03-30T09:00:00.000Z');
    expect(between(london, '2026-03-27T16:00:00Z', '2026-03-30T09:00:00Z')).toBe(2 * HOUR);
  });

  it('Europe/London in October: 01:00–04:00 lasts 4 h', () => {
    const night = sundayNight('Europe/London');
    // 25 October 2026: 02:00 BST goes back to 01:00 GMT; 01:00 BST is 00:00Z, 04:00 GMT is 04:00Z.
    expect(between(night, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toBe(4 * HOUR);
    expect(add(night, '2026-10-24T12:00:00Z', 3.5 * HOUR)).toBe('2026-10-25T03:30:00.000Z');
    // Friday 23 October 16:00 BST (15:00Z) + 2 h = Monday 26 October 10:00 GMT.
    expect(add(london, '2026-10-23T15:00:00Z', 2 * HOUR)).toBe('2026-10-26T10:00:00.000Z');
  });

  it('gives no time to a working interval inside the skipped hour', () => {
    const skipped: BusinessCalendar = {
      timeZone: 'Europe/London',
      week: workingWeek('01:00', '02:00', [0]),
      holidays: [],
    };
    expect(between(skipped, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(0);
    expect(between(skipped, '2026-03-21T00:00:00Z', '2026-03-23T00:00:00Z')).toBe(HOUR);
  });

  it('America/New_York in March and November', () => {
    const night = sundayNight('America/New_York');
    // 8 March 2026: 01:00 EST is 06:00Z, 04:00 EDT is 08:00Z.
    expect(between(night, '2026-03-07T00:00:00Z', '2026-03-09T12:00:00Z')).toBe(2 * HOUR);
    expect(add(night, '2026-03-07T12:00:00Z', HOUR)).toBe('2026-03-08T07:00:00.000Z');
    // 1 November 2026: 01:00 EDT is 05:00Z, 04:00 EST is 09:00Z.
    expect(between(night, '2026-10-31T00:00:00Z', '2026-11-02T12:00:00Z')).toBe(4 * HOUR);
    expect(add(night, '2026-10-31T12:00:00Z', 3 * HOUR)).toBe('2026-11-01T08:00:00.000Z');
    // Friday 30 October 16:00 EDT (20:00Z) + 2 h = Monday 2 November 10:00 EST (15:00Z).
    expect(add(newYork, '2026-10-30T20:00:00Z', 2 * HOUR)).toBe('2026-11-02T15:00:00.000Z');
    // Friday 6 March 16:00 EST (21:00Z) + 2 h = Monday 9 March 10:00 EDT (14:00Z).
    expect(add(newYork, '2026-03-06T21:00:00Z', 2 * HOUR)).toBe('2026-03-09T14:00:00.000Z');
  });

  it('Australia/Sydney: clocks go back in April and forward in October', () => {
    const sydney = office('Australia/Sydney');
    // Friday 3 April 16:00 AEDT (05:00Z) + 2 h = Monday 6 April 10:00 AEST (00:00Z).
    expect(add(sydney, '2026-04-03T05:00:00Z', 2 * HOUR)).toBe('2026-04-06T00:00:00.000Z');
    // Friday 2 October 16:00 AEST (06:00Z) + 2 h = Monday 5 October 10:00 AEDT (Sunday 23:00Z).
    expect(add(sydney, '2026-10-02T06:00:00Z', 2 * HOUR)).toBe('2026-10-04T23:00:00.000Z');
    expect(between(sydney, '2026-10-02T06:00:00Z', '2026-10-04T23:00:00Z')).toBe(2 * HOUR);
  });

  it('Asia/Kolkata: a half-hour offset', () => {
    const kolkata = office('Asia/Kolkata');
    // Friday 9 January 16:00 IST (10:30Z) + 2 h = Monday 12 January 10:00 IST (04:30Z).
    expect(add(kolkata, '2026-01-09T10:30:00Z', 2 * HOUR)).toBe('2026-01-12T04:30:00.000Z');
    expect(isWorkingInstant(kolkata, new Date('2026-01-12T03:29:00Z'))).toBe(false);
    expect(isWorkingInstant(kolkata, new Date('2026-01-12T03:30:00Z'))).toBe(true);
  });

  it('24×7 is pure elapsed time across DST, and ignores holidays', () => {
    const londonAllDay: BusinessCalendar = {
      timeZone: 'Europe/London',
      week: null,
      holidays: ['2026-03-29'],
    };
    expect(add(londonAllDay, '2026-03-28T12:00:00Z', DAY)).toBe('2026-03-29T12:00:00.000Z');
    expect(add(AROUND_THE_CLOCK, '2026-10-24T23:30:00Z', 3 * HOUR)).toBe(
      '2026-10-25T02:30:00.000Z',
    );
    expect(between(londonAllDay, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toBe(DAY);
    expect(between(AROUND_THE_CLOCK, '2026-03-29T12:00:00Z', '2026-03-28T12:00:00Z')).toBe(0);
    expect(isWorkingInstant(londonAllDay, new Date('2026-03-29T12:00:00Z'))).toBe(true);
    // A wall-clock calendar of whole days has the 23-hour day the clocks make.
    const wholeDays: BusinessCalendar = {
      timeZone: 'Europe/London',
      week: workingWeek('00:00', '24:00', [0, 1, 2, 3, 4, 5, 6]),
      holidays: [],
    };
    expect(between(wholeDays, '2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z')).toBe(23 * HOUR);
    expect(between(wholeDays, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toBe(DAY);
    expect(add(wholeDays, '2026-03-28T12:00:00Z', DAY)).toBe('2026-03-29T12:00:00.000Z');
  });
});

describe('guards', () => {
  it('throws on a negative duration and on an invalid calendar', () => {
    expect(() => addBusinessTime(london, 0, -1)).toThrow(RangeError);
    expect(() => addBusinessTime(AROUND_THE_CLOCK, 0, Number.NaN)).toThrow(RangeError);
    expect(() =>
      addBusinessTime({ ...london, week: [[], [], [], [], [], [], []] }, 0, HOUR),
    ).toThrow('week: there are no working hours in the week');
    expect(() => businessTimeBetween({ ...london, timeZone: 'Mars/Base' }, 0, HOUR)).toThrow(
      'timeZone: Mars/Base is not a known IANA time zone',
    );
  });

  it('gives up after about ten years without enough working time', () => {
    const holidays = Array.from({ length: 3700 }, (_, i) => addDays('2026-01-01', i));
    const closed = office('Europe/London', holidays);
    expect(() => addBusinessTime(closed, new Date('2026-01-01T00:00:00Z'), MINUTE)).toThrow(
      /not enough working time within ten years/,
    );
    expect(() => nextWorkingInstant(closed, new Date('2026-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => addBusinessTime(london, new Date('2026-01-01T00:00:00Z'), 30_000 * HOUR)).toThrow(
      RangeError,
    );
  });
});

/** mulberry32: a small seeded PRNG, so failures can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('invariants over random inputs', () => {
  const calendars: BusinessCalendar[] = [
    AROUND_THE_CLOCK,
    office('Europe/London', ['2026-04-03', '2026-04-06', '2026-05-04', '2026-12-25']),
    office('America/New_York', ['2026-07-03', '2026-09-07', '2026-11-26']),
    office('Australia/Sydney'),
    office('Asia/Kolkata'),
    sundayNight('Europe/London'),
    {
      timeZone: 'America/New_York',
      week: [
        [{ start: '10:00', end: '14:00' }],
        ...[1, 2, 3, 4, 5].map(() => [
          { start: '08:30', end: '12:00' },
          { start: '12:45', end: '18:15' },
        ]),
        [{ start: '00:00', end: '24:00' }],
      ],
      holidays: ['2026-11-01'],
    },
  ];
  const from = Date.parse('2025-12-01T00:00:00Z');
  const span = 400 * DAY;

  it('between(s, add(s, d)) === d, from working and non-working starts', () => {
    const random = prng(20260301);
    for (let i = 0; i < 400; i++) {
      const calendar = calendars[i % calendars.length] ?? AROUND_THE_CLOCK;
      const any = from + Math.floor(random() * span);
      const d = Math.floor(random() * 20 * DAY);
      const s = i % 2 === 0 ? nextWorkingInstant(calendar, any).getTime() : any;
      if (i % 2 === 0) expect(isWorkingInstant(calendar, s)).toBe(true);
      const end = addBusinessTime(calendar, s, d);
      expect({ i, s, d, got: businessTimeBetween(calendar, s, end) }).toEqual({ i, s, d, got: d });
      // The result is the earliest such instant: 1 ms less of work ends earlier.
      if (d > 0) expect(addBusinessTime(calendar, s, d - 1).getTime()).toBeLessThan(end.getTime());
    }
  });

  it('between is additive: between(a, b) + between(b, c) === between(a, c)', () => {
    const random = prng(7);
    for (let i = 0; i < 400; i++) {
      const calendar = calendars[i % calendars.length] ?? AROUND_THE_CLOCK;
      const [a, b, c] = [0, 1, 2]
        .map(() => from + Math.floor(random() * span * (i % 3 === 0 ? 1 : 0.05)))
        .sort((x, y) => x - y) as [number, number, number];
      const ab = businessTimeBetween(calendar, a, b);
      const bc = businessTimeBetween(calendar, b, c);
      expect({ i, a, b, c, sum: ab + bc }).toEqual({
        i,
        a,
        b,
        c,
        sum: businessTimeBetween(calendar, a, c),
      });
    }
  });

  it('add(s, between(s, t)) === t for t strictly inside working time', () => {
    const random = prng(99);
    for (let i = 0; i < 300; i++) {
      const calendar = calendars[i % calendars.length] ?? AROUND_THE_CLOCK;
      const s = from + Math.floor(random() * span);
      const t = s + Math.floor(random() * 15 * DAY);
      if (!isWorkingInstant(calendar, t) || !isWorkingInstant(calendar, t - 1)) continue;
      expect(addBusinessTime(calendar, s, businessTimeBetween(calendar, s, t)).getTime()).toBe(t);
    }
  });
});
