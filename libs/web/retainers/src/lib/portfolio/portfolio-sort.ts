import { PortfolioSort } from '@vigil/web/data-access';

export interface SortOption {
  /** In the URL. */
  key: string;
  value: PortfolioSort;
  label: string;
  /** The API sorts this one largest first. */
  descending?: boolean;
}

/** The API's orders, each in its one direction. The first is the default. */
export const SORTS: readonly SortOption[] = [
  { key: 'term-end', value: 'TERM_END', label: 'Term end, soonest first' },
  { key: 'exhaustion', value: 'EXHAUSTION', label: 'Runs out, soonest first' },
  { key: 'hours-left', value: 'HOURS_LEFT', label: 'Hours left, fewest first' },
  { key: 'share-used', value: 'SHARE_USED', label: 'Share used, most first', descending: true },
  { key: 'client', value: 'CLIENT', label: 'Client, A to Z' },
];

export function sortByKey(key: string): SortOption {
  return SORTS.find((s) => s.key === key) ?? (SORTS[0] as SortOption);
}

export function sortKeyOf(value: PortfolioSort): string {
  return SORTS.find((s) => s.value === value)?.key ?? 'term-end';
}
