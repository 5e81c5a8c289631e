import { CursorKey } from '@vigil/api/core';
import { escapeLike } from '@vigil/api/database';
import { OrganizationKind, OrganizationStatus } from '@vigil/shared/domain';

export interface OrganizationListFilter {
  search?: string;
  status?: OrganizationStatus;
}

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** One row of the client organisation list, as PostgreSQL returns it. */
export interface OrganizationListRow {
  id: string;
  kind: OrganizationKind;
  name: string;
  slug: string;
  time_zone: string;
  country: string;
  sector: string;
  status: OrganizationStatus;
  offboarded_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  user_count: number;
}

/**
 * The statements behind the `organizations` list: the total matching the filter, and one page in
 * (name, id) order after the cursor, with each organisation's user count, fetching one extra row
 * to tell whether another page exists. Plain SQL: this is the portfolio's hottest list.
 */
export function organizationListSql(
  filter: OrganizationListFilter,
  limit: number,
  after: CursorKey | null,
): { count: SqlStatement; page: SqlStatement } {
  const params: unknown[] = [OrganizationKind.CLIENT];
  const where = [`o.kind = $1`];
  if (filter.status) {
    params.push(filter.status);
    where.push(`o.status = $${params.length}`);
  }
  const search = filter.search?.trim();
  if (search) {
    params.push(`%${escapeLike(search)}%`);
    where.push(`(o.name ILIKE $${params.length} OR o.slug ILIKE $${params.length})`);
  }
  const count = {
    sql: `SELECT count(*)::int AS total FROM organizations o WHERE ${where.join(' AND ')}`,
    params: [...params],
  };
  if (after) {
    params.push(after.sort, after.id);
    where.push(`(o.name, o.id) > ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(limit + 1);
  const page = {
    sql:
      `SELECT o.id, o.kind, o.name, o.slug, o.time_zone, o.country, o.sector, o.status, o.offboarded_at, ` +
      `o.version, o.created_at, o.updated_at, ` +
      `(SELECT count(*) FROM users u WHERE u.organization_id = o.id)::int AS user_count ` +
      `FROM organizations o WHERE ${where.join(' AND ')} ORDER BY o.name, o.id LIMIT $${params.length}`,
    params,
  };
  return { count, page };
}
