/**
 * Calendar days as "YYYY-MM-DD" strings. Arithmetic happens on UTC midnights, so no time zone or
 * daylight-saving change can shift a day; "today" is asked of the viewer's own time zone.
 */

import { addDays, isCalendarDay } from '@vigil/shared/domain';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(day: string): Date | null {
  const match = ISO_DAY.exec(day);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === day ? date : null;
}

/** True for a real calendar day written as YYYY-MM-DD. */
export const isIsoDay = isCalendarDay;

/** The Monday of the week `day` falls in (weeks run Monday to Sunday). */
export function mondayOf(day: string): string {
  const date = toUtc(day);
  if (!date) return day;
  return addDays(day, -((date.getUTCDay() + 6) % 7));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = toUtc(from);
  const b = toUtc(to);
  return a && b ? Math.round((b.getTime() - a.getTime()) / DAY_MS) : 0;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(day: string, options: Intl.DateTimeFormatOptions): string {
  const date = toUtc(day);
  if (!date) return day;
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f.format(date);
}

/** "Monday 9 March". */
export function longDay(day: string): string {
  return format(day, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "Mon 9 Mar". */
export function shortDay(day: string): string {
  return format(day, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "9 Mar 2026". */
export function mediumDate(day: string): string {
  return format(day, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "March 2026" from "2026-03". */
export function monthName(month: string): string {
  return format(`${month}-01`, { month: 'long', year: 'numeric' });
}

/** "9–15 March 2026", "30 March – 5 April 2026". */
export function dayRange(from: string, to: string): string {
  const a = toUtc(from);
  const b = toUtc(to);
  if (!a || !b) return `${from} – ${to}`;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(a, b);
}
