import { badInput, ErrorCode, forbidden, unauthenticated, VigilError } from '@vigil/api/core';
import { QueryFailedError } from 'typeorm';

/** The constraint name when `error` is a unique violation, otherwise null. */
export function uniqueViolation(error: unknown): string | null {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    if (driverError.code === '23505') return driverError.constraint ?? '';
  }
  return null;
}

/**
 * The API error for a rule that a database function enforced (see the time-debits migration):
 * SQLSTATE VB400 is bad input (HINT names the field), VF403 forbidden, VN404 not found (the
 * message says what), VU401 signed out. Null for every other error.
 */
export function translateRaised(error: unknown): VigilError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, message, hint } = error.driverError as {
    code?: string;
    message?: string;
    hint?: string;
  };
  const text = message ?? error.message;
  switch (code) {
    case 'VB400':
      return badInput(hint ?? 'input', text);
    case 'VF403':
      return forbidden(text);
    case 'VN404':
      return new VigilError(ErrorCode.NOT_FOUND, text);
    case 'VU401':
      return unauthenticated(text);
    default:
      return null;
  }
}
