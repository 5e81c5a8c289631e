import {
  ApiService,
  LedgerEntryFieldsFragment,
  RetainerLedgerDocument,
  RetainerLedgerQuery,
} from '@vigil/web/data-access';
import { MAX_PAGE_SIZE } from '@vigil/shared/domain';

/** Enough for years of daily entries; the chart is drawn from what was loaded. */
const MAX_PAGES = 50;

/** The whole ledger, oldest first, page by page (for the burn-down and the burn rate). */
export async function loadWholeLedger(
  api: ApiService,
  retainerId: string,
): Promise<LedgerEntryFieldsFragment[]> {
  const entries: LedgerEntryFieldsFragment[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: RetainerLedgerQuery = await api.query(RetainerLedgerDocument, {
      retainerId,
      first: MAX_PAGE_SIZE,
      after,
    });
    const { ledger } = data;
    entries.push(...ledger.edges.map((e) => e.node));
    if (!ledger.pageInfo.hasNextPage || !ledger.pageInfo.endCursor) break;
    after = ledger.pageInfo.endCursor;
  }
  return entries;
}
