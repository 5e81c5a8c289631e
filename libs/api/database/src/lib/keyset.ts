import { CursorKey, decodeCursor, Page, pageSize } from '@vigil/api/core';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface KeysetOptions {
  /** SQL expression of the sort column, e.g. `o.name`. */
  sort: string;
  /** SQL expression of the tie-breaking id, e.g. `o.id`. */
  id: string;
  direction: 'ASC' | 'DESC';
  /** Cast applied to the cursor's sort text, e.g. `timestamptz`. */
  cast?: string;
  first?: number | null;
  after?: string | null;
}

/**
 * One page of a keyset-paginated query: rows after the cursor in (sort, id) order, one extra row
 * fetched to know whether another page exists, and the total matching the filter.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  options: KeysetOptions,
): Promise<Page<T> & { raw: Record<string, unknown>[] }> {
  const size = pageSize(options.first);
  const cursor: CursorKey | null = options.after ? decodeCursor(options.after) : null;
  const totalCount = await qb.clone().getCount();
  const op = options.direction === 'ASC' ? '>' : '<';
  if (cursor) {
    const cast = options.cast ? `::${options.cast}` : '';
    qb.andWhere(`(${options.sort}, ${options.id}) ${op} (:cursorSort${cast}, :cursorId::uuid)`, {
      cursorSort: cursor.sort,
      cursorId: cursor.id,
    });
  }
  qb.orderBy(options.sort, options.direction)
    .addOrderBy(options.id, options.direction)
    .limit(size + 1);
  const { entities, raw } = await qb.getRawAndEntities();
  return {
    items: entities.slice(0, size),
    raw: raw.slice(0, size) as Record<string, unknown>[],
    hasNextPage: entities.length > size,
    totalCount,
  };
}
