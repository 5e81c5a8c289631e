import { Signal, computed, inject } from '@angular/core';
import {
  ApiService,
  remote,
  SlaBadgeFieldsFragment,
  SlaBadgesDocument,
} from '@vigil/web/data-access';

/** The most the API answers for at once. */
const MAX_IDS = 200;

/**
 * The commitment to watch first of each engagement `ids` names, by engagement id (call in an
 * injection context). Loads again whenever `ids` gives a new answer (a list that loaded again)
 * or `revision` moves; null loads nothing. Engagements with nothing live have no entry. Without an answer the list
 * simply shows no badges.
 */
export function slaBadgesFor(
  ids: () => readonly string[] | null,
  revision: () => number = () => 0,
): Signal<ReadonlyMap<string, SlaBadgeFieldsFragment>> {
  const api = inject(ApiService);
  const badges = remote(
    () => {
      const list = ids();
      const n = revision();
      return list && list.length ? { ids: [...new Set(list)].slice(0, MAX_IDS), n } : null;
    },
    ({ ids: engagementIds }) => api.query(SlaBadgesDocument, { engagementIds }),
  );
  return computed(
    () => new Map((badges.value()?.slaBadges ?? []).map((b) => [b.engagementId, b] as const)),
  );
}
