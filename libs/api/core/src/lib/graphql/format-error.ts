import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ClsServiceManager } from 'nestjs-cls';
import { CLS_REQUEST_ID } from '../actor';
import { ErrorCode } from '../errors';

const logger = new Logger('GraphQL');

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

function requestId(): string | undefined {
  const cls = ClsServiceManager.getClsService();
  return cls.isActive() ? cls.get<string | undefined>(CLS_REQUEST_ID) : undefined;
}

function originalOf(error: unknown): unknown {
  let current = error;
  while (
    current &&
    typeof current === 'object' &&
    'originalError' in current &&
    current.originalError
  ) {
    current = current.originalError;
  }
  return current;
}

/**
 * What a client sees of an error: a known code, a message meant for people, the request id, and
 * never a stack trace. Anything unexpected is logged in full and answered as an internal error.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const id = requestId();
  const original = originalOf(error);
  let code = String(formatted.extensions?.['code'] ?? ErrorCode.INTERNAL_SERVER_ERROR);
  let message = formatted.message;
  if (original instanceof HttpException) {
    code = HTTP_CODES[original.getStatus()] ?? ErrorCode.INTERNAL_SERVER_ERROR;
  } else if (original instanceof GraphQLError && original !== error) {
    // Apollo wraps validation-rule errors (e.g. QUERY_TOO_COMPLEX) under its own code; keep ours.
    const inner = original.extensions['code'];
    if (typeof inner === 'string' && PUBLIC_CODES.has(inner)) code = inner;
  }
  const extensions: Record<string, unknown> = { ...formatted.extensions, code };
  delete extensions['stacktrace'];
  delete extensions['originalError'];
  if (!PUBLIC_CODES.has(code) || code === ErrorCode.INTERNAL_SERVER_ERROR) {
    logger.error(
      { err: original, requestId: id, path: formatted.path },
      'Unexpected error in a GraphQL operation',
    );
    message = `Something went wrong on our side. Quote request id ${id ?? 'unknown'} when you report it.`;
    extensions['code'] = ErrorCode.INTERNAL_SERVER_ERROR;
    for (const key of Object.keys(extensions)) if (key !== 'code') delete extensions[key];
  }
  if (id) extensions['requestId'] = id;
  return { message, locations: formatted.locations, path: formatted.path, extensions };
}
