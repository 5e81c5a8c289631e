import { addDays } from './time-zones';

/** A US federal holiday on the date it is observed. */
export interface UsFederalHoliday {
  /** The observed date, YYYY-MM-DD. */
  date: string;
  name: string;
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The `nth` (1-based) `weekday` (0 = Sunday) of a month; nth = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return iso(year, month, 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return iso(year, month, lastDay.getUTCDate() - back);
}

/** 5 U.S.C. 6103(b): a holiday on a Saturday is observed the Friday before, on a Sunday the Monday after. */
function observed(date: string): string {
  const day = weekdayOf(date);
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, 1) : date;
}

/** The holidays of `year` by law, on their actual (not observed) dates. */
function holidaysOf(year: number): UsFederalHoliday[] {
  const list: UsFederalHoliday[] = [{ date: iso(year, 1, 1), name: "New Year's Day" }];
  if (year >= 1986)
    list.push({ date: nthWeekday(year, 1, 1, 3), name: 'Martin Luther King Jr. Day' });
  list.push(
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: nthWeekday(year, 5, 1, -1), name: 'Memorial Day' },
  );
  if (year >= 2021)
    list.push({ date: iso(year, 6, 19), name: 'Juneteenth National Independence Day' });
  list.push(
    { date: iso(year, 7, 4), name: 'Independence Day' },
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
    { date: iso(year, 11, 11), name: 'Veterans Day' },
    { date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
    { date: iso(year, 12, 25), name: 'Christmas Day' },
  );
  return list;
}

const byYear = new Map<number, UsFederalHoliday[]>();

/**
 * The US federal holidays (5 U.S.C. 6103) observed in `year`, in date order, on their observed
 * dates. A holiday observed in another year belongs to that year's list: New Year's Day 2022 fell
 * on a Saturday and was observed on Friday 2021-12-31, so it is in 2021's list and 2022 has none.
 * Current rules for every year, except that Martin Luther King Jr. Day starts in 1986 and
 * Juneteenth in 2021.
 */
export function usFederalHolidays(year: number): UsFederalHoliday[] {
  let list = byYear.get(year);
  if (!list) {
    const prefix = `${String(year).padStart(4, '0')}-`;
    list = [...holidaysOf(year), ...holidaysOf(year + 1).slice(0, 1)]
      .map((h) => ({ date: observed(h.date), name: h.name }))
      .filter((h) => h.date.startsWith(prefix));
    if (byYear.size > 500) byYear.clear();
    byYear.set(year, list);
  }
  return list.map((h) => ({ ...h }));
}

const holidayDates = new Map<number, Set<string>>();

function isObservedHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let dates = holidayDates.get(year);
  if (!dates) {
    dates = new Set(usFederalHolidays(year).map((h) => h.date));
    if (holidayDates.size > 500) holidayDates.clear();
    holidayDates.set(year, dates);
  }
  return dates.has(date);
}

/** True for a weekday (Monday–Friday) that is not an observed US federal holiday. */
export function isUsFederalBusinessDay(date: string): boolean {
  const day = weekdayOf(date);
  return day !== 0 && day !== 6 && !isObservedHoliday(date);
}

/**
 * The date `n` US federal business days after `date` (before it when n is negative; `date`
 * itself when n is 0). `date` need not be a business day: Saturday + 1 is the Monday after.
 */
export function addUsFederalBusinessDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addUsFederalBusinessDays: ${n} is not whole`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    if (isUsFederalBusinessDay(day)) left--;
  }
  return day;
}
