import { calendarDateIn, isCalendarDay, zonedTimeToInstant, zoneOffsetMs } from './time-zones';

/** A stretch of working time on a local wall clock: 'HH:mm' to 'HH:mm' (end may be '24:00'). */
export interface WorkingInterval {
  start: string;
  end: string;
}

/**
 * When the clock of an SLA runs. Working intervals are wall-clock times in `timeZone`, turned into
 * instants per local date, so on a daylight-saving day an interval 01:00–04:00 lasts 2 h (clocks
 * going forward) or 4 h (clocks going back). Treat a calendar as immutable once in use.
 */
export interface BusinessCalendar {
  /** IANA zone the working hours and holidays are read in. */
  timeZone: string;
  /** Working intervals per weekday, index 0 = Sunday … 6 = Saturday (length 7; [] = day off). null = around the clock (24×7). */
  week: WorkingInterval[][] | null;
  /** Local dates 'YYYY-MM-DD' without working time (ignored when week is null). */
  holidays: string[];
}

/** Every instant is working time: durations are plain elapsed time. */
export const AROUND_THE_CLOCK: BusinessCalendar = { timeZone: 'UTC', week: null, holidays: [] };

/** How far addBusinessTime looks ahead before it gives up (about ten years of local days). */
const SEARCH_LIMIT_DAYS = 3660;
/** Weekdays as calendars index them: Sunday first (as Date#getDay). */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** The same working hours on each of `days` (0 = Sunday … 6 = Saturday; default Monday–Friday). */
export function workingWeek(
  start: string,
  end: string,
  days: number[] = [1, 2, 3, 4, 5],
): WorkingInterval[][] {
  return WEEKDAY_NAMES.map((_, day) => (days.includes(day) ? [{ start, end }] : []));
}

/** Minutes after local midnight of 'HH:mm' (00:00–23:59, or 24:00 when `allowEndOfDay`); null if malformed. */
function minutesOf(value: unknown, allowEndOfDay: boolean): number | null {
  if (typeof value !== 'string') return null;
  if (value === '24:00') return allowEndOfDay ? 24 * 60 : null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function isKnownTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Null when the calendar is usable, else one sentence naming the field at fault, e.g.
 * "week[1][0].end must be after start (09:00)".
 */
export function calendarProblem(calendar: BusinessCalendar): string | null {
  if (!isKnownTimeZone(calendar.timeZone))
    return `timeZone: ${String(calendar.timeZone)} is not a known IANA time zone`;
  if (!Array.isArray(calendar.holidays)) return 'holidays must be a list of dates (YYYY-MM-DD)';
  for (const [i, holiday] of calendar.holidays.entries())
    if (!isCalendarDay(holiday)) return `holidays[${i}]: ${String(holiday)} is not a date`;
  const week: unknown = calendar.week;
  if (week === null) return null;
  if (!Array.isArray(week) || week.length !== 7)
    return 'week must list 7 weekdays, Sunday first (or be null for around the clock)';
  let working = false;
  for (const [d, day] of (week as unknown[]).entries()) {
    if (!Array.isArray(day))
      return `week[${d}] must be a list of working intervals (${WEEKDAY_NAMES[d]})`;
    const seen: { index: number; start: number; end: number }[] = [];
    for (const [i, interval] of (day as unknown[]).entries()) {
      const field = `week[${d}][${i}]`;
      if (typeof interval !== 'object' || interval === null)
        return `${field} must have a start and an end`;
      const { start, end } = interval as Partial<WorkingInterval>;
      const from = minutesOf(start, false);
      if (from === null) return `${field}.start: ${String(start)} is not a time (HH:mm)`;
      const to = minutesOf(end, true);
      if (to === null) return `${field}.end: ${String(end)} is not a time (HH:mm, or 24:00)`;
      if (to <= from) return `${field}.end must be after start (${String(start)})`;
      const clash = seen.find((other) => from < other.end && other.start < to);
      if (clash) return `${field} overlaps week[${d}][${clash.index}] on ${WEEKDAY_NAMES[d]}`;
      seen.push({ index: i, start: from, end: to });
      working = true;
    }
  }
  return working ? null : 'week: there are no working hours in the week';
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_PLANS = 200;
const MAX_CACHED = 5000;

interface CalendarPlan {
  timeZone: string;
  /** Per weekday: [startMinutes, endMinutes] pairs. */
  week: [number, number][][];
  /** Holidays as day numbers (days since 1970-01-01). */
  holidays: Set<number>;
  /** Working intervals per local day number as instants, flattened [start0, end0, start1, end1, …]. */
  days: Map<number, number[]>;
  /** The zone's offset through each UTC hour (by hour number), NaN when it changes within the hour. */
  offsets: Map<number, number>;
}

const plansByContent = new Map<string, CalendarPlan>();
/** The last plan of each calendar object, while its zone, week and holidays stay the same. */
const plansByObject = new WeakMap<
  BusinessCalendar,
  { timeZone: string; week: unknown; holidays: string[]; holidayCount: number; plan: CalendarPlan }
>();

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The working-hours calendar ready to use (validated once, then cached by its content). */
function planFor(calendar: BusinessCalendar): CalendarPlan {
  const known = plansByObject.get(calendar);
  if (
    known &&
    known.timeZone === calendar.timeZone &&
    known.week === calendar.week &&
    known.holidays === calendar.holidays &&
    known.holidayCount === calendar.holidays.length
  )
    return known.plan;
  const key = `${calendar.timeZone}|${JSON.stringify(calendar.week)}|${calendar.holidays.join(',')}`;
  let plan = plansByContent.get(key);
  if (!plan) {
    const problem = calendarProblem(calendar);
    if (problem) throw new RangeError(`Business calendar: ${problem}`);
    plan = {
      timeZone: calendar.timeZone,
      week: (calendar.week ?? []).map((day) =>
        day.map((w): [number, number] => [
          minutesOf(w.start, false) ?? 0,
          minutesOf(w.end, true) ?? 0,
        ]),
      ),
      holidays: new Set(calendar.holidays.map(dayNumber)),
      days: new Map(),
      offsets: new Map(),
    };
    if (plansByContent.size >= MAX_PLANS) plansByContent.clear();
    plansByContent.set(key, plan);
  }
  plansByObject.set(calendar, {
    timeZone: calendar.timeZone,
    week: calendar.week,
    holidays: calendar.holidays,
    holidayCount: calendar.holidays.length,
    plan,
  });
  return plan;
}

/** Working intervals of a local day as instants, sorted and merged (empty on a day off or holiday). */
function dayIntervals(plan: CalendarPlan, day: number): number[] {
  const cached = plan.days.get(day);
  if (cached) return cached;
  const out: number[] = [];
  // Day 0, 1970-01-01, was a Thursday.
  const local = plan.holidays.has(day) ? [] : (plan.week[(((day + 4) % 7) + 7) % 7] ?? []);
  if (local.length > 0) {
    const date = dateOfDayNumber(day);
    const pairs = local
      .map(([from, to]) => [
        zonedTimeToInstant(date, Math.floor(from / 60), plan.timeZone, from % 60).getTime(),
        zonedTimeToInstant(date, Math.floor(to / 60), plan.timeZone, to % 60).getTime(),
      ])
      // A daylight-saving gap can shrink an interval to nothing (or turn it around).
      .filter(([a, b]) => (b ?? 0) > (a ?? 0))
      .sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
    for (const [a = 0, b = 0] of pairs) {
      const last = out.length - 1;
      if (out.length > 0 && a <= (out[last] ?? 0)) out[last] = Math.max(out[last] ?? 0, b);
      else out.push(a, b);
    }
  }
  if (plan.days.size >= MAX_CACHED) plan.days.clear();
  plan.days.set(day, out);
  return out;
}

/** The local day number of an instant, asking Intl only once per UTC hour. */
function localDay(plan: CalendarPlan, at: number): number {
  const hour = Math.floor(at / HOUR_MS);
  let offset = plan.offsets.get(hour);
  if (offset === undefined) {
    const first = zoneOffsetMs(plan.timeZone, hour * HOUR_MS);
    offset = first === zoneOffsetMs(plan.timeZone, (hour + 1) * HOUR_MS - 1) ? first : Number.NaN;
    if (plan.offsets.size >= MAX_CACHED) plan.offsets.clear();
    plan.offsets.set(hour, offset);
  }
  return Number.isNaN(offset)
    ? dayNumber(calendarDateIn(plan.timeZone, at))
    : Math.floor((at + offset) / DAY_MS);
}

function ms(at: Date | number): number {
  return typeof at === 'number' ? at : at.getTime();
}

/**
 * The instant when `durationMs` of working time has passed after `start`. A start outside working
 * hours counts from the next working instant. The result is the earliest such instant, so a
 * duration that uses up a working interval ends at that interval's end (Friday 09:00 + 8 h on
 * 09:00–17:00 is Friday 17:00, not Monday 09:00). A duration of 0 returns `start` unchanged, on any
 * calendar, even outside working hours. Throws a RangeError for a negative or non-finite duration,
 * an invalid calendar, or when the result lies more than about ten years ahead (a calendar without
 * working time).
 */
export function addBusinessTime(
  calendar: BusinessCalendar,
  start: Date | number,
  durationMs: number,
): Date {
  const from = ms(start);
  if (!(durationMs >= 0) || !Number.isFinite(durationMs))
    throw new RangeError(`addBusinessTime: duration must be 0 or more ms, not ${durationMs}`);
  if (calendar.week === null || durationMs === 0) return new Date(from + durationMs);
  const plan = planFor(calendar);
  let remaining = durationMs;
  // The day before, in case one of its intervals runs past the local midnight (it never should).
  const first = localDay(plan, from) - 1;
  for (let day = first; day <= first + SEARCH_LIMIT_DAYS; day++) {
    const intervals = dayIntervals(plan, day);
    for (let i = 0; i < intervals.length; i += 2) {
      const end = intervals[i + 1] ?? 0;
      if (end <= from) continue;
      const begin = Math.max(intervals[i] ?? 0, from);
      if (remaining <= end - begin) return new Date(begin + remaining);
      remaining -= end - begin;
    }
  }
  throw new RangeError(
    `addBusinessTime: not enough working time within ten years of ${new Date(from).toISOString()}`,
  );
}

/** Working time between two instants in ms (0 when `to` <= `from`). */
export function businessTimeBetween(
  calendar: BusinessCalendar,
  from: Date | number,
  to: Date | number,
): number {
  const a = ms(from);
  const b = ms(to);
  if (b <= a) return 0;
  if (calendar.week === null) return b - a;
  const plan = planFor(calendar);
  const last = localDay(plan, b) + 1;
  let total = 0;
  for (let day = localDay(plan, a) - 1; day <= last; day++) {
    const intervals = dayIntervals(plan, day);
    for (let i = 0; i < intervals.length; i += 2) {
      const overlap = Math.min(intervals[i + 1] ?? 0, b) - Math.max(intervals[i] ?? 0, a);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}

/** True when `at` is working time (intervals include their start, not their end). */
export function isWorkingInstant(calendar: BusinessCalendar, at: Date | number): boolean {
  if (calendar.week === null) return true;
  const t = ms(at);
  const plan = planFor(calendar);
  const today = localDay(plan, t);
  for (let day = today - 1; day <= today + 1; day++) {
    const intervals = dayIntervals(plan, day);
    for (let i = 0; i < intervals.length; i += 2)
      if ((intervals[i] ?? 0) <= t && t < (intervals[i + 1] ?? 0)) return true;
  }
  return false;
}

/**
 * The first working instant at or after `at` (`at` itself when it is working time). Throws like
 * addBusinessTime when there is no working time within about ten years.
 */
export function nextWorkingInstant(calendar: BusinessCalendar, at: Date | number): Date {
  const t = ms(at);
  if (calendar.week === null || isWorkingInstant(calendar, t)) return new Date(t);
  // The start of the first interval still ahead: 1 ms of work ends 1 ms after it.
  return new Date(addBusinessTime(calendar, t, 1).getTime() - 1);
}
