import { Signal, computed, effect } from '@angular/core';
import { rangeSummary } from './pager.component';
import { UrlState } from './url-state';

/** The shape every paginated GraphQL connection of the API has. */
export interface ConnectionLike<N> {
  totalCount: number;
  edges: readonly { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionPage<N> {
  rows: Signal<N[]>;
  /** Null until the first page has loaded. */
  totalCount: Signal<number | null>;
  /** "21–40 of 1,003". */
  range: Signal<string>;
  hasPrevious: Signal<boolean>;
  hasNext: Signal<boolean>;
  previous(): void;
  next(): void;
}

/**
 * What a list page shows of the connection it loaded, and Previous / Next through the page
 * position in the URL. When the API refuses the page's cursor (an old link), the list starts
 * again at page 1. Call in an injection context.
 */
export function connectionPage<N>(options: {
  url: UrlState;
  pageSize: number;
  connection: () => ConnectionLike<N> | null | undefined;
  cursorRejected: () => boolean;
}): ConnectionPage<N> {
  const { url, pageSize, connection } = options;
  effect(() => {
    if (options.cursorRejected()) url.firstPage();
  });
  return {
    rows: computed(() => connection()?.edges.map((e) => e.node) ?? []),
    totalCount: computed(() => connection()?.totalCount ?? null),
    range: computed(() => {
      const page = connection();
      if (!page) return '';
      return rangeSummary(
        url.position().cursors.length,
        pageSize,
        page.edges.length,
        page.totalCount,
      );
    }),
    hasPrevious: computed(() => url.position().cursors.length > 0),
    hasNext: computed(() => !!connection()?.pageInfo.hasNextPage),
    previous: () => url.previous(),
    next: () => {
      const end = connection()?.pageInfo.endCursor;
      if (end) url.next(end);
    },
  };
}
