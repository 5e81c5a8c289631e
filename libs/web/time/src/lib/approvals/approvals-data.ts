import {
  ApiService,
  TimeApprovalQueueDocument,
  TimeEntryItemFragment,
  TimePeopleDocument,
} from '@vigil/web/data-access';
import { formatHours } from '@vigil/shared/domain';
import { MAX_PAGE, collectPages } from '../shared/time-data';

/** Every submitted entry the viewer may see (up to 1,000), newest work date first. */
export async function loadQueue(
  api: ApiService,
): Promise<{ entries: TimeEntryItemFragment[]; complete: boolean }> {
  const { items, complete } = await collectPages(
    async (after) => {
      const data = await api.query(TimeApprovalQueueDocument, { first: MAX_PAGE, after });
      return {
        nodes: data.timeEntries.edges.map((e) => e.node),
        hasNextPage: data.timeEntries.pageInfo.hasNextPage,
        endCursor: data.timeEntries.pageInfo.endCursor,
      };
    },
    undefined,
    10,
  );
  return { entries: items, complete };
}

/**
 * Names of the provider's people by id. Best effort: when the API will not list them, entries
 * say "Consultant" instead of failing the page.
 */
export async function loadNames(
  api: ApiService,
  organizationId: string,
): Promise<Map<string, string>> {
  try {
    const { items } = await collectPages(async (after) => {
      const data = await api.query(TimePeopleDocument, { organizationId, after });
      return {
        nodes: data.users.edges.map((e) => e.node),
        hasNextPage: data.users.pageInfo.hasNextPage,
        endCursor: data.users.pageInfo.endCursor,
      };
    });
    return new Map(items.map((u) => [u.id, u.name]));
  } catch {
    return new Map();
  }
}

/** The API counts what remains in minutes; say it in hours too. */
export function refusalMessage(message: string): string {
  return message.replace(
    /only (-?\d+) minutes remain/,
    (_, m: string) => `only ${formatHours(Number(m))} (${m} minutes) remain`,
  );
}
