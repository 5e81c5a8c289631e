import { formatHours } from '@vigil/shared/domain';

/** How time entry statuses read to people. */
export const ENTRY_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};

export function entryStatusLabel(status: string): string {
  return ENTRY_STATUS_LABELS[status] ?? status;
}

/** Durations offered when logging time: a quarter hour up to 12 hours, plus `current`. */
export function durationOptions(
  current: number | null = null,
): { minutes: number; label: string }[] {
  const options: number[] = [];
  for (let m = 15; m <= 12 * 60; m += 15) options.push(m);
  if (current !== null && current > 0 && !options.includes(current)) {
    options.push(current);
    options.sort((a, b) => a - b);
  }
  return options.map((minutes) => ({ minutes, label: hoursLabel(minutes) }));
}

/** "1.5 h (1 h 30 min)" for a select: the decimal the API bills by, and the clock reading. */
export function hoursLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const clock = [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
  return minutes % 60 === 0 ? formatHours(minutes) : `${formatHours(minutes)} (${clock})`;
}

/** Sums minutes exactly (integers only). */
export function sumMinutes(items: readonly { minutes: number }[]): number {
  return items.reduce((total, item) => total + item.minutes, 0);
}

export function plural(n: number, singular: string, many = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : many}`;
}
