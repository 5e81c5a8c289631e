import { calendarProblem, WEEKDAY_NAMES } from '@vigil/shared/domain';
import type { SaveSlaCalendarInput } from '@vigil/web/data-access';

export interface Interval {
  start: string;
  end: string;
}

const SHORT = WEEKDAY_NAMES.map((name) => name.slice(0, 3));

/** Shown Monday first, as people read a working week; the value is the API's index. */
export const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** "Mon–Fri 09:00–17:00", "Mon–Thu 08:00–16:00, Fri 08:00–12:00", or "around the clock". */
export function weekSummary(week: readonly (readonly Interval[])[] | null): string {
  if (!week) return 'around the clock';
  const text = (day: number): string =>
    (week[day] ?? []).map((w) => `${w.start}–${w.end}`).join(', ');
  const groups: { from: number; to: number; hours: string }[] = [];
  for (const day of DAY_ORDER) {
    const hours = text(day);
    const last = groups[groups.length - 1];
    if (last && last.hours === hours && DAY_ORDER.indexOf(day) === DAY_ORDER.indexOf(last.to) + 1)
      last.to = day;
    else groups.push({ from: day, to: day, hours });
  }
  const working = groups.filter((g) => g.hours);
  if (!working.length) return 'no working hours';
  return working
    .map((g) => {
      const days = g.from === g.to ? SHORT[g.from] : `${SHORT[g.from]}–${SHORT[g.to]}`;
      return `${days} ${g.hours}`;
    })
    .join('; ');
}

/** Where a problem found by calendarProblem (or the API) belongs in the calendar form. */
export type CalendarProblemTarget =
  | { kind: 'name' }
  | { kind: 'timeZone' }
  | { kind: 'holiday'; index: number }
  | { kind: 'interval'; day: number; index: number; part: 'start' | 'end' | null }
  | { kind: 'week' }
  | { kind: 'form' };

/** "week[1][0].end must be after start (09:00)" → Monday's first interval, its end. */
export function problemTarget(problem: string): CalendarProblemTarget {
  const path = problem.replace(/^input\./, '');
  if (path.startsWith('name')) return { kind: 'name' };
  if (path.startsWith('timeZone')) return { kind: 'timeZone' };
  const holiday = /^holidays\[(\d+)\]/.exec(path);
  if (holiday) return { kind: 'holiday', index: Number(holiday[1]) };
  const interval = /^week\[(\d)\](?:\[(\d+)\])?(?:\.(start|end))?/.exec(path);
  if (interval?.[2] !== undefined)
    return {
      kind: 'interval',
      day: Number(interval[1]),
      index: Number(interval[2]),
      part: (interval[3] as 'start' | 'end' | undefined) ?? null,
    };
  if (path.startsWith('week')) return { kind: 'week' };
  return { kind: 'form' };
}

/** What to say next to the field a calendar problem (from calendarProblem or the API) is about. */
export function problemMessage(problem: string): string {
  const target = problemTarget(problem);
  switch (target.kind) {
    case 'timeZone':
      return 'Choose a time zone from the list, e.g. Europe/Berlin.';
    case 'holiday':
      return 'Enter a date.';
    case 'interval':
      if (/is not a time|must be a time/.test(problem))
        return target.part === 'end'
          ? 'Enter a time as HH:mm, e.g. 17:00 (24:00 for midnight).'
          : 'Enter a time as HH:mm, e.g. 09:00.';
      if (/must be after start/.test(problem)) return 'The end must be after the start.';
      if (/overlaps/.test(problem)) return 'These hours overlap other hours on the same day.';
      return 'Enter a start and an end.';
    case 'week':
      return /no working hours/.test(problem)
        ? 'Give at least one day working hours, or choose around the clock.'
        : 'Give the working hours of each weekday.';
    default: {
      const text = problem.replace(/^input\.\w+: /, '');
      const sentence = text.charAt(0).toUpperCase() + text.slice(1);
      return /[.!?)]$/.test(sentence) ? sentence : `${sentence}.`;
    }
  }
}

/**
 * The calendar as the API takes it, checked with the same rules the API uses (calendarProblem),
 * so a mistake is shown next to its field before anything is sent.
 */
export function checkCalendar(input: SaveSlaCalendarInput): string | null {
  return calendarProblem({
    timeZone: input.timeZone ?? 'UTC',
    week: input.week ?? null,
    holidays: input.holidays,
  });
}
