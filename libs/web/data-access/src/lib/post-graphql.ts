import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { ApiError } from './api.service';

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/**
 * One GraphQL operation as a plain POST to /graphql, outside Apollo: for sign-in and refresh (which
 * Apollo's own requests wait on) and for public pages. Throws ApiError like ApiService does.
 */
export async function postGraphql<T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  options: { token?: string; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
      signal: options.signal,
    });
  } catch {
    throw new ApiError(
      'Vigil cannot be reached. Check your connection and try again.',
      'NETWORK_ERROR',
    );
  }
  let body: GraphqlBody<T>;
  try {
    body = (await response.json()) as GraphqlBody<T>;
  } catch {
    throw new ApiError(
      `The server answered with an error (HTTP ${response.status}). Try again.`,
      'SERVER_ERROR',
    );
  }
  const first = body.errors?.[0];
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      first.extensions?.field ?? null,
    );
  }
  if (!body.data) throw new ApiError('The server sent an empty answer. Try again.', 'SERVER_ERROR');
  return body.data;
}
