import { Pipe, PipeTransform } from '@angular/core';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${dateOnly}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      dateStyle: 'medium',
      ...(dateOnly ? {} : { timeStyle: 'short' }),
    });
    formats.set(key, f);
  }
  return f;
}

/** An instant in the viewer's time zone, with the zone named: "27 Nov 2026, 11:20 (Europe/Berlin)". */
export function formatInZone(
  value: string | Date | null | undefined,
  timeZone: string,
  dateOnly = false,
): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '—';
  return `${formatter(timeZone, dateOnly).format(date)} (${timeZone})`;
}

@Pipe({ name: 'zonedDate' })
export class ZonedDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, timeZone: string, dateOnly = false): string {
    return formatInZone(value, timeZone, dateOnly);
  }
}
