import { Injectable, inject } from '@angular/core';
import { CombinedGraphQLErrors, OperationVariables, ServerError } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, Observable } from 'rxjs';

/** An error from the API, in words a person can read, with the field it concerns when known. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** Turns whatever Apollo raised into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    const field = first?.extensions?.['field'];
    return new ApiError(
      first?.message ?? 'The request failed.',
      code,
      typeof field === 'string' ? field : null,
    );
  }
  if (ServerError.is(error)) {
    return new ApiError(
      `The server answered with an error (HTTP ${error.statusCode}). Try again.`,
      'SERVER_ERROR',
    );
  }
  return new ApiError(
    'Vigil cannot be reached. Check your connection and try again.',
    'NETWORK_ERROR',
  );
}

/** Strips the "input.email: " prefix the API puts before a field's message. */
export function fieldMessage(error: ApiError): string {
  return error.field && error.message.startsWith(`${error.field}: `)
    ? error.message.slice(error.field.length + 2)
    : error.message;
}

/**
 * Typed queries and mutations as promises; every answer comes from the network. Provided with
 * Apollo by provideVigilApollo() on the signed-in routes, so neither weighs on the first load.
 */
@Injectable()
export class ApiService {
  private readonly apollo = inject(Apollo);

  async query<T, V extends OperationVariables>(
    query: TypedDocumentNode<T, V>,
    variables: V,
  ): Promise<T> {
    try {
      const result = await firstValueFrom(
        this.apollo.query<T, V>({ query, variables, fetchPolicy: 'network-only' }),
      );
      if (result.error) throw result.error;
      return result.data as T;
    } catch (e) {
      throw toApiError(e);
    }
  }

  async mutate<T, V extends OperationVariables>(
    mutation: TypedDocumentNode<T, V>,
    variables: V,
  ): Promise<T> {
    try {
      const result = await firstValueFrom(this.apollo.mutate<T, V>({ mutation, variables }));
      if (result.error) throw result.error;
      return result.data as T;
    } catch (e) {
      throw toApiError(e);
    }
  }

  /** A live subscription: each event's data, until the caller unsubscribes. */
  subscribe<T, V extends OperationVariables>(
    query: TypedDocumentNode<T, V>,
    variables: V,
  ): Observable<T> {
    return this.apollo.subscribe<T, V>({ query, variables }).pipe(
      map((result) => {
        if (result.error) throw toApiError(result.error);
        return result.data as T;
      }),
    );
  }
}
