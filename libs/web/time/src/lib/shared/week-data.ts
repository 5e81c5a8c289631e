import { ApiService, TimeEntryItemFragment, TimeMyEntriesDocument } from '@vigil/web/data-access';
import { MAX_PAGE, collectPages } from './time-data';

export interface WeekEntries {
  entries: TimeEntryItemFragment[];
  /** False when the search stopped before reaching the week (very long histories). */
  complete: boolean;
}

/**
 * A person's entries between two days. The API lists them newest work date first and has no
 * date filter, so pages are read until one reaches back past `from`.
 */
export async function loadWeekEntries(
  api: ApiService,
  params: { userId: string; from: string; to: string },
): Promise<WeekEntries> {
  const { items, complete } = await collectPages(
    async (after) => {
      const data = await api.query(TimeMyEntriesDocument, {
        userId: params.userId,
        first: MAX_PAGE,
        after,
      });
      return {
        nodes: data.timeEntries.edges.map((e) => e.node),
        hasNextPage: data.timeEntries.pageInfo.hasNextPage,
        endCursor: data.timeEntries.pageInfo.endCursor,
      };
    },
    (page) => (page.at(-1)?.workDate ?? '') < params.from,
  );
  return {
    entries: items.filter((e) => e.workDate >= params.from && e.workDate <= params.to),
    complete,
  };
}
