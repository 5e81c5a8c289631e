import {
  ApiService,
  TimeRetainerOptionFragment,
  TimeRetainerOptionsDocument,
} from '@vigil/web/data-access';

/** A retainer as the time pages name it: its reference and its client's name. */
export interface RetainerInfo extends TimeRetainerOptionFragment {
  organizationName: string;
  /** "ACME-2026 · Acme Manufacturing". */
  label: string;
}

export interface PageOf<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The largest page the API hands out. */
export const MAX_PAGE = 100;

/**
 * Follows cursors until there are no more pages, `enough` says the rest is not needed, or
 * `maxPages` is reached (`complete` is then false, so the page can say so).
 */
export async function collectPages<T>(
  load: (after: string | null) => Promise<PageOf<T>>,
  enough: (page: T[]) => boolean = () => false,
  maxPages = 20,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page: PageOf<T> = await load(after);
    items.push(...page.nodes);
    if (!page.hasNextPage || !page.endCursor || enough(page.nodes)) {
      return { items, complete: true };
    }
    after = page.endCursor;
  }
  return { items, complete: false };
}

/** Every retainer the signed-in provider user may see, by id, named after its client. */
export async function loadRetainers(api: ApiService): Promise<Map<string, RetainerInfo>> {
  const names = new Map<string, string>();
  const { items } = await collectPages(async (after) => {
    const data = await api.query(TimeRetainerOptionsDocument, { first: MAX_PAGE, after });
    for (const { node } of data.organizations.edges) names.set(node.id, node.name);
    return {
      nodes: data.retainers.edges.map((e) => e.node),
      hasNextPage: data.retainers.pageInfo.hasNextPage,
      endCursor: data.retainers.pageInfo.endCursor,
    };
  });
  return new Map(
    items.map((r) => {
      const organizationName = names.get(r.organizationId) ?? '';
      const label = organizationName ? `${r.reference} · ${organizationName}` : r.reference;
      return [r.id, { ...r, organizationName, label }];
    }),
  );
}
