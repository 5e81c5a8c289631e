import { GraphQLError } from 'graphql';

/** Error codes a client can rely on; they appear in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class VigilError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** A validation failure: `field` is the input path, e.g. "input.email". */
export function badInput(field: string, message: string): VigilError {
  return new VigilError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
}

export function notFound(what: string): VigilError {
  return new VigilError(ErrorCode.NOT_FOUND, `${what} not found`);
}

export function forbidden(message = 'You are not allowed to do this'): VigilError {
  return new VigilError(ErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message = 'Sign in first'): VigilError {
  return new VigilError(ErrorCode.UNAUTHENTICATED, message);
}

export function conflict(field: string, message: string): VigilError {
  return new VigilError(ErrorCode.CONFLICT, `${field}: ${message}`, { field });
}
