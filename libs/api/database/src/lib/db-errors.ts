import { QueryFailedError } from 'typeorm';

/** The constraint name when `error` is a unique violation, otherwise null. */
export function uniqueViolation(error: unknown): string | null {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    if (driverError.code === '23505') return driverError.constraint ?? '';
  }
  return null;
}
