import { badInput, conflict } from './errors';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant from ISO 8601 text that carries its offset (2026-03-01T08:00:00Z or …+01:00): a
 * time without a zone would be read in the server's, which is nobody's.
 */
export function instant(field: string, value: string): Date {
  const date = INSTANT.test(value.trim()) ? new Date(value.trim()) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw badInput(
      field,
      'must be a date and time with its offset, such as 2026-03-01T08:00:00Z or 2026-03-01T09:00:00+01:00',
    );
  }
  return date;
}

/** Like `instant`, but "" clears the value (null) and undefined leaves it alone. */
export function optionalInstant(field: string, value: string | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return null;
  return instant(field, value);
}

/** Refuses a save made over a version someone else has saved since. */
export function checkVersion(
  current: { version: number },
  expected: number,
  what: string,
  field = 'input.expectedVersion',
): void {
  if (current.version !== expected) {
    throw conflict(
      field,
      `someone else changed this ${what} since you opened it (you edited version ${expected}, it is now version ${current.version}); reload to see their change, then save again`,
    );
  }
}
