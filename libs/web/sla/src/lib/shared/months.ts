/** Months as the reports take them: "YYYY-MM", in the client's time zone on the API's side. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const labels = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const longLabels = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** How many months the report shows when the URL names none: this one and the five before. */
export const DEFAULT_MONTHS = 6;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** "2026-05" plus n months ("2026-05", -5 → "2025-12"). */
export function addMonths(month: string, n: number): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month of a calendar day ("2026-05-17" → "2026-05"). */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The last `count` months up to and including the month of `today` (a YYYY-MM-DD day). */
export function defaultRange(today: string, count = DEFAULT_MONTHS): { from: string; to: string } {
  const to = monthOf(today);
  return { from: addMonths(to, -(count - 1)), to };
}

/** "May 2026" (short: "May 2026" with the month abbreviated); the text itself when malformed. */
export function formatMonth(month: string, long = false): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return (long ? longLabels : labels).format(date);
}

/** "Dec 2025 – May 2026", or one month when both ends are the same. */
export function formatRange(from: string, to: string): string {
  return from === to ? formatMonth(from, true) : `${formatMonth(from)} – ${formatMonth(to)}`;
}
