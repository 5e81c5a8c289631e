import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@vigil/shared/domain';
import { badInput } from './errors';

export interface CursorKey {
  /** The sort value of the last row seen, as text. */
  sort: string;
  id: string;
}

/** Opaque cursor: base64url of the sort key and the id that breaks ties. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sort, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): CursorKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed[1])
    ) {
      return { sort: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'is not a cursor this API issued');
}

/** Checks `first` and returns the page size; `first` above the maximum is an error, not a clamp. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(field, `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Builds a connection from rows fetched with `limit + 1`. */
export function toConnection<T, N>(
  page: Page<T>,
  key: (row: T) => CursorKey,
  toNode: (row: T) => N,
): {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
} {
  const edges = page.items.map((row) => ({ cursor: encodeCursor(key(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
