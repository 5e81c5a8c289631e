const DAY_MS = 86_400_000;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, instant: number): Record<string, number> {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(instant)))
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  const p = partsIn(timeZone, instant);
  const asUtc = Date.UTC(
    p['year'] ?? 0,
    (p['month'] ?? 1) - 1,
    p['day'] ?? 1,
    p['hour'] ?? 0,
    p['minute'] ?? 0,
    p['second'] ?? 0,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a time zone: `date` (YYYY-MM-DD) at `hour`:`minute` local.
 * A time that happens twice (clocks going back) is its first occurrence; a time that does not
 * exist (clocks going forward, even over midnight) moves forward by the gap (02:30 becomes 03:30),
 * as Temporal's "compatible" disambiguation does.
 */
export function zonedTimeToInstant(date: string, hour: number, timeZone: string, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // The offsets a day either side: they differ only around a change of offset.
  const candidates = [
    ...new Set([zoneOffsetMs(timeZone, wall - DAY_MS), zoneOffsetMs(timeZone, wall + DAY_MS)]),
  ]
    .map((offset) => wall - offset)
    .sort((a, b) => a - b);
  const exact = candidates.find((t) => t + zoneOffsetMs(timeZone, t) === wall);
  return new Date(exact ?? candidates[candidates.length - 1] ?? wall);
}

/** "YYYY-MM-DDTHH:mm" of an instant on the wall clocks of a time zone (a datetime-local value). */
export function localDateTimeIn(timeZone: string, instant: number | Date | string): string {
  const at = typeof instant === 'number' ? instant : new Date(instant).getTime();
  const p = partsIn(timeZone, at);
  const two = (n: number | undefined): string => String(n ?? 0).padStart(2, '0');
  return `${calendarDateIn(timeZone, at)}T${two(p['hour'])}:${two(p['minute'])}`;
}

/** The instant of a datetime-local value ("YYYY-MM-DDTHH:mm") read in a time zone; null if malformed. */
export function instantOfLocal(local: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match || !isCalendarDay(match[1])) return null;
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (hour > 23 || minute > 59) return null;
  return zonedTimeToInstant(match[1] ?? '', hour, timeZone, minute);
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export function calendarDateIn(timeZone: string, instant: number | Date | string): string {
  const p = partsIn(timeZone, typeof instant === 'number' ? instant : new Date(instant).getTime());
  return `${String(p['year']).padStart(4, '0')}-${String(p['month']).padStart(2, '0')}-${String(p['day']).padStart(2, '0')}`;
}

/** Today's calendar date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: number | Date = Date.now()): string {
  return calendarDateIn(timeZone, now);
}

/** True for a real calendar day written as YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDay(value: string | null | undefined): value is string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === value;
}

/** A calendar date plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
