/** SQL building blocks shared by migrations: the tenant policy every scoped table gets. */
export const APP_ROLE = 'vigil_app';

/**
 * True when the current transaction's actor may see `column`'s organisation. With neither setting
 * present the expression is NULL, so the application role sees no tenant rows at all.
 * The sub-selects make PostgreSQL evaluate the settings once per statement, not once per row.
 */
export function tenantPredicate(column: string): string {
  return `((SELECT current_setting('app.all_orgs', true)) = 'on' OR "${column}" = ANY ((SELECT string_to_array(nullif(current_setting('app.org_ids', true), ''), ',')::uuid[])::uuid[]))`;
}

/**
 * The same rule as tenantPredicate, written so PostgreSQL hashes the actor's organisations once
 * per statement (`IN (SELECT unnest(…))`) instead of comparing every row with each of them
 * (`= ANY(array)`), and estimates the rows it keeps sensibly: a consultant assigned to a thousand
 * clients reads a page of them as fast as one assigned to a few.
 */
export function hashedTenantPredicate(column: string): string {
  return `((SELECT current_setting('app.all_orgs', true)) = 'on' OR "${column}" IN (SELECT unnest(string_to_array(nullif(current_setting('app.org_ids', true), ''), ',')::uuid[])))`;
}

/**
 * Row-level security with the tenant rule on a table. Tables created before
 * 1764576000000-hashed-tenant-policies got the `= ANY` form (that migration converts them); new
 * tables pass `hashed` and get the hashed form from the start.
 */
export function enableTenantRls(
  table: string,
  column = 'organization_id',
  options: { hashed?: boolean } = {},
): string[] {
  const rule = options.hashed ? hashedTenantPredicate(column) : tenantPredicate(column);
  return [
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY "${table}_tenant_isolation" ON "${table}" USING ${rule} WITH CHECK ${rule}`,
  ];
}

/**
 * A second, restrictive policy on reads: the transaction says in app.client whose eyes it looks
 * through ('off' for provider staff and the system, 'on' for client users); when it does not say,
 * only what a client may see is visible. `sees` is what a client may read; null: nothing.
 */
export function clientVisibilityPolicy(table: string, sees: string | null): string {
  return `CREATE POLICY "${table}_client_visibility" ON "${table}" AS RESTRICTIVE FOR SELECT USING ((SELECT current_setting('app.client', true)) = 'off' OR (${sees ?? 'false'}))`;
}

export function disableTenantRls(table: string): string[] {
  return [
    `DROP POLICY IF EXISTS "${table}_tenant_isolation" ON "${table}"`,
    `ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`,
    `ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`,
  ];
}

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (c) => `\\${c}`);
}
