/**
 * Loads a large data set for benchmarks: 1,000 client organisations (`bench-org-0001` …) and
 * 20,000 users (`bench-user-00001@bench.test` …) spread over them, all sharing one password hash
 * (the demo password). Set-based SQL (INSERT … SELECT FROM generate_series), one transaction, run
 * as the owner role (DATABASE_OWNER_URL) with every organisation visible, because row-level
 * security is forced on the owner too. Safe to run again: when the rows exist nothing is done, and
 * a partial load is completed (ON CONFLICT DO NOTHING on the unique slug and email).
 *
 *   node -r @swc-node/register tools/db/generate-large.ts
 */
import { Client } from 'pg';
import { loadConfigOrExit } from '@vigil/api/core';
import { hashPassword } from '@vigil/api/identity';
import { OrganizationKind, Role } from '@vigil/shared/domain';

export const BENCH_ORGANIZATIONS = 1000;
export const BENCH_USERS = 20000;
export const BENCH_PASSWORD = 'Vigil-demo-2026!';
export const BENCH_ORG_SLUG_PREFIX = 'bench-org-';
export const BENCH_USER_EMAIL_PREFIX = 'bench-user-';
export const BENCH_USER_EMAIL_DOMAIN = '@bench.test';

export interface GenerateLargeResult {
  /** Bench organisations in the database after the call. */
  organizations: number;
  /** Bench users in the database after the call. */
  users: number;
  /** Wall time of the call in milliseconds. */
  ms: number;
  /** Rows this call inserted (both 0 when the data set was already complete). */
  inserted: { organizations: number; users: number };
}

/** IANA time zone and the ISO 3166-1 alpha-2 country it belongs to. */
const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['America/New_York', 'US'],
  ['America/Chicago', 'US'],
  ['America/Los_Angeles', 'US'],
  ['America/Toronto', 'CA'],
  ['America/Mexico_City', 'MX'],
  ['America/Sao_Paulo', 'BR'],
  ['America/Argentina/Buenos_Aires', 'AR'],
  ['Europe/London', 'GB'],
  ['Europe/Dublin', 'IE'],
  ['Europe/Paris', 'FR'],
  ['Europe/Berlin', 'DE'],
  ['Europe/Madrid', 'ES'],
  ['Europe/Warsaw', 'PL'],
  ['Europe/Stockholm', 'SE'],
  ['Africa/Johannesburg', 'ZA'],
  ['Africa/Lagos', 'NG'],
  ['Asia/Dubai', 'AE'],
  ['Asia/Kolkata', 'IN'],
  ['Asia/Singapore', 'SG'],
  ['Asia/Tokyo', 'JP'],
  ['Asia/Seoul', 'KR'],
  ['Australia/Sydney', 'AU'],
  ['Pacific/Auckland', 'NZ'],
];

const SECTORS: readonly string[] = [
  'Manufacturing',
  'Healthcare',
  'Financial services',
  'Retail',
  'Energy',
  'Logistics',
  'Public sector',
  'Education',
  'Telecommunications',
  'Insurance',
  'Legal services',
];

const NAME_WORDS: readonly string[] = [
  'Amber',
  'Boreal',
  'Cobalt',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Indigo',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orchid',
  'Pinnacle',
  'Quartz',
  'Riverside',
  'Summit',
  'Tidal',
];

const NAME_SUFFIXES: readonly string[] = [
  'Analytics',
  'Bank',
  'Clinics',
  'Foods',
  'Group',
  'Holdings',
  'Logistics',
  'Manufacturing',
  'Partners',
  'Systems',
  'Utilities',
];

/** Advisory lock so two loaders never interleave. */
const LOCK_KEY = 'vigil:generate-large';

async function countBench(client: Client): Promise<{ organizations: number; users: number }> {
  const { rows } = await client.query<{ organizations: number; users: number }>(
    `SELECT (SELECT count(*) FROM organizations WHERE slug LIKE $1)::int AS organizations,
            (SELECT count(*) FROM users WHERE email LIKE $2)::int AS users`,
    [`${BENCH_ORG_SLUG_PREFIX}%`, `${BENCH_USER_EMAIL_PREFIX}%${BENCH_USER_EMAIL_DOMAIN}`],
  );
  const row = rows[0];
  if (!row) throw new Error('count query returned no row');
  return row;
}

export async function generateLarge(ownerUrl: string): Promise<GenerateLargeResult> {
  const started = performance.now();
  const client = new Client({
    connectionString: ownerUrl,
    application_name: 'vigil-generate-large',
  });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      // FORCE row-level security applies to the owner: make every organisation visible.
      await client.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
      const before = await countBench(client);
      if (before.organizations >= BENCH_ORGANIZATIONS && before.users >= BENCH_USERS) {
        await client.query('COMMIT');
        return {
          ...before,
          ms: Math.round(performance.now() - started),
          inserted: { organizations: 0, users: 0 },
        };
      }

      const orgs = await client.query(
        `INSERT INTO organizations (kind, name, slug, time_zone, country, sector, version)
         SELECT $1::organization_kind,
                ($2::text[])[1 + g % cardinality($2::text[])] || ' '
                  || ($3::text[])[1 + (g * 7) % cardinality($3::text[])] || ' ' || lpad(g::text, 4, '0'),
                $4 || lpad(g::text, 4, '0'),
                ($5::text[])[1 + (g * 5) % cardinality($5::text[])],
                ($6::text[])[1 + (g * 5) % cardinality($6::text[])],
                ($7::text[])[1 + (g * 3) % cardinality($7::text[])],
                1
         FROM generate_series(1, $8::int) AS g
         ON CONFLICT (slug) DO NOTHING`,
        [
          OrganizationKind.CLIENT,
          NAME_WORDS,
          NAME_SUFFIXES,
          BENCH_ORG_SLUG_PREFIX,
          PLACES.map(([zone]) => zone),
          PLACES.map(([, country]) => country),
          SECTORS,
          BENCH_ORGANIZATIONS,
        ],
      );

      // Every user belongs to a pseudo-randomly (but reproducibly) chosen bench organisation, so
      // organisations have different user counts (about 20 on average); one in five is an admin.
      let insertedUsers = 0;
      if (before.users < BENCH_USERS) {
        const passwordHash = await hashPassword(BENCH_PASSWORD);
        const users = await client.query(
          `INSERT INTO users (organization_id, email, name, time_zone, role, password_hash, version)
           SELECT o.id,
                  $1 || lpad(g::text, 5, '0') || $2,
                  'Bench User ' || lpad(g::text, 5, '0'),
                  o.time_zone,
                  CASE WHEN g % 5 = 0 THEN $3 ELSE $4 END::user_role,
                  $5,
                  1
           FROM generate_series(1, $6::int) AS g
           JOIN organizations o
             ON o.slug = $7 || lpad((1 + abs(hashint4(g)::bigint) % $8::int)::text, 4, '0')
           ON CONFLICT (email) DO NOTHING`,
          [
            BENCH_USER_EMAIL_PREFIX,
            BENCH_USER_EMAIL_DOMAIN,
            Role.CLIENT_ADMIN,
            Role.CLIENT_VIEWER,
            passwordHash,
            BENCH_USERS,
            BENCH_ORG_SLUG_PREFIX,
            BENCH_ORGANIZATIONS,
          ],
        );
        insertedUsers = users.rowCount ?? 0;
      }
      const after = await countBench(client);
      await client.query('COMMIT');
      // Fresh statistics and visibility map, so the planner sees the new sizes straight away and
      // a benchmark right after the load does not race autovacuum.
      await client.query('VACUUM (ANALYZE) organizations, users');
      return {
        ...after,
        ms: Math.round(performance.now() - started),
        inserted: { organizations: orgs.rowCount ?? 0, users: insertedUsers },
      };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    await client.end();
  }
}

export function describeGeneration(result: GenerateLargeResult): string {
  const { inserted } = result;
  const what =
    inserted.organizations || inserted.users
      ? `inserted ${inserted.organizations} organisations and ${inserted.users} users`
      : 'already present, nothing inserted';
  return (
    `Bench data set: ${result.organizations} client organisations, ${result.users} users ` +
    `(${what}) in ${result.ms} ms. Users' password: ${BENCH_PASSWORD}`
  );
}

if (require.main === module) {
  const config = loadConfigOrExit();
  generateLarge(config.databaseOwnerUrl)
    .then((result) => process.stdout.write(`${describeGeneration(result)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(
        `db:generate-large failed: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exit(1);
    });
}
