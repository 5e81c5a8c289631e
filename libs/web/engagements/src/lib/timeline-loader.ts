import {
  ApiService,
  EngagementTimelineDocument,
  EngagementTimelineQuery,
  TimelineEventFieldsFragment,
} from '@vigil/web/data-access';

const PAGE = 100;

/**
 * An engagement's timeline in the order things happened, page after page up to `max` events;
 * `more` says whether there were more than that (the CSV export has them all).
 */
export async function loadTimeline(
  api: ApiService,
  id: string,
  max = 1000,
): Promise<{ events: TimelineEventFieldsFragment[]; total: number; more: boolean }> {
  const events: TimelineEventFieldsFragment[] = [];
  let after: string | null = null;
  for (;;) {
    const data: EngagementTimelineQuery = await api.query(EngagementTimelineDocument, {
      id,
      first: PAGE,
      after,
    });
    events.push(...data.timeline.edges.map((e) => e.node));
    const { hasNextPage, endCursor } = data.timeline.pageInfo;
    if (!hasNextPage || !endCursor || events.length >= max) {
      return { events, total: data.timeline.totalCount, more: hasNextPage };
    }
    after = endCursor;
  }
}
