/**
 * Loads a large data set for benchmarks: 1,000 client organisations (`bench-org-0001` …) and
 * 20,000 users (`bench-user-00001@bench.test` …) spread over them, all sharing one password hash
 * (the demo password). Set-based SQL (INSERT … SELECT FROM generate_series), one transaction, run
 * as the owner role (DATABASE_OWNER_URL) with every organisation visible, because row-level
 * security is forced on the owner too. Safe to run again: when the rows exist nothing is done, and
 * a partial load is completed (ON CONFLICT DO NOTHING on the unique slug and email).
 *
 * `generateRetainers` adds to it one ACTIVE retainer per bench organisation (`BENCH-0001` …, the
 * demo account manager's), 1,000,000 APPROVED time entries spread over them with their TIME_DEBIT
 * ledger entries (running balances in `seq` order), and assigns the demo account manager to every
 * bench organisation. The command line runs both.
 *
 *   node -r @swc-node/register tools/db/generate-large.ts
 */
import { Client } from 'pg';
import { loadConfigOrExit } from '@vigil/api/core';
import { hashPassword } from '@vigil/api/identity';
import {
  LedgerEntryKind,
  OrganizationKind,
  OveragePolicy,
  RetainerStatus,
  Role,
  TimeEntryStatus,
  WorkReferenceType,
} from '@vigil/shared/domain';

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

// ---------------------------------------------------------------------------------------------
// Retainers, time entries and the ledger

export const BENCH_TIME_ENTRIES = 1_000_000;
export const BENCH_RETAINER_REFERENCE_PREFIX = 'BENCH-';
export const BENCH_ACCOUNT_MANAGER_EMAIL = 'am@northwatch.test';

export interface GenerateRetainersResult {
  /** Bench retainers (`BENCH-…` on bench organisations) in the database after the call. */
  retainers: number;
  /** Bench organisations the demo account manager is assigned to after the call. */
  assignedOrganizations: number;
  /** Wall time of the call in milliseconds. */
  ms: number;
  /** Rows this call inserted (all 0 when the data set was already complete). */
  inserted: {
    retainers: number;
    timeEntries: number;
    ledgerEntries: number;
    assignments: number;
  };
  /** Wall time of each step that inserted or checked rows, in milliseconds. */
  steps: { step: string; ms: number }[];
}

const RETAINER_LOCK_KEY = 'vigil:generate-large:retainers';

type Timed = <T>(step: string, work: () => Promise<T>) => Promise<T>;

function stepTimer(steps: { step: string; ms: number }[]): Timed {
  return async (step, work) => {
    const started = performance.now();
    const result = await work();
    steps.push({ step, ms: Math.round(performance.now() - started) });
    return result;
  };
}

const RESPONSE_TIERS: readonly string[] = ['Bronze', 'Silver', 'Gold', 'Platinum'];
const CURRENCIES: readonly string[] = ['EUR', 'USD', 'GBP'];
/** Minutes purchased = minutes the generated entries use × one of these (below 1: overdrawn). */
const PURCHASE_FACTORS: readonly number[] = [0.9, 1.05, 1.2, 1.4, 1.8];
const WORK_DESCRIPTIONS: readonly string[] = [
  'Alert triage',
  'Incident call with client IT',
  'EDR alert review',
  'Phishing report analysis',
  'Log review',
  'Threat hunting',
  'Containment support',
  'Report writing',
];

async function countBenchRetainers(
  client: Client,
  accountManagerId: string,
): Promise<{ retainers: number; assignedOrganizations: number }> {
  const { rows } = await client.query<{ retainers: number; assignedOrganizations: number }>(
    `SELECT (SELECT count(*) FROM retainers r JOIN organizations o ON o.id = r.organization_id
              WHERE o.slug LIKE $1 AND r.reference LIKE $2)::int AS "retainers",
            (SELECT count(*) FROM organization_assignments a JOIN organizations o ON o.id = a.organization_id
              WHERE o.slug LIKE $1 AND a.user_id = $3)::int AS "assignedOrganizations"`,
    [`${BENCH_ORG_SLUG_PREFIX}%`, `${BENCH_RETAINER_REFERENCE_PREFIX}%`, accountManagerId],
  );
  const row = rows[0];
  if (!row) throw new Error('count query returned no row');
  return row;
}

/**
 * One ACTIVE retainer per bench organisation that has none yet, owned by the demo account manager,
 * with varied terms (started 30–359 days ago, ending within a year), rates, tiers and overage
 * policies; BENCH_TIME_ENTRIES APPROVED time entries spread unevenly over the new retainers
 * (about 700 to 5,000 each), each with its TIME_DEBIT ledger entry, after a PURCHASE entry at the
 * start of the term. Minutes purchased are 0.9 to 1.8 times the minutes used, so some ALLOW
 * retainers are overdrawn (with the matching overage minutes); BLOCK retainers never are.
 *
 * The ledger is inserted in one statement ordered by time, so `seq` follows the order entries
 * were applied in, and `balance_after` is a running sum over that order; each retainer's
 * `balance_minutes` is the sum of its ledger. Both are checked before the transaction commits.
 * Also assigns the demo account manager to every bench organisation, so they see what they own.
 * Needs the demo data (db:seed) and the bench organisations (generateLarge) first.
 */
export async function generateRetainers(ownerUrl: string): Promise<GenerateRetainersResult> {
  const started = performance.now();
  const steps: { step: string; ms: number }[] = [];
  const timed = stepTimer(steps);
  const client = new Client({
    connectionString: ownerUrl,
    application_name: 'vigil-generate-large',
  });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [RETAINER_LOCK_KEY]);
      // Sorting and aggregating a million rows: let it happen in memory, for this transaction only.
      await client.query(`SET LOCAL work_mem = '256MB'`);

      const staff = await client.query<{ id: string; email: string; role: Role }>(
        `SELECT u.id, u.email, u.role FROM users u JOIN organizations o ON o.id = u.organization_id
          WHERE o.kind = $1 AND u.status = 'ACTIVE' AND u.role = ANY($2::user_role[])
          ORDER BY u.email`,
        [OrganizationKind.PROVIDER, [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER, Role.CONSULTANT]],
      );
      const manager = staff.rows.find(
        (u) => u.email === BENCH_ACCOUNT_MANAGER_EMAIL && u.role === Role.ACCOUNT_MANAGER,
      );
      if (!manager) {
        throw new Error(
          `no active account manager ${BENCH_ACCOUNT_MANAGER_EMAIL}: load the demo data first (npm run db:seed)`,
        );
      }
      const admin = staff.rows.find((u) => u.role === Role.PROVIDER_ADMIN);

      const before = await countBenchRetainers(client, manager.id);
      if (
        before.retainers >= BENCH_ORGANIZATIONS &&
        before.assignedOrganizations >= BENCH_ORGANIZATIONS
      ) {
        await client.query('COMMIT');
        return {
          ...before,
          ms: Math.round(performance.now() - started),
          inserted: { retainers: 0, timeEntries: 0, ledgerEntries: 0, assignments: 0 },
          steps,
        };
      }

      const assignments = await timed('assignments', () =>
        client.query(
          `INSERT INTO organization_assignments (organization_id, user_id, assigned_by_id)
            SELECT o.id, $1, $2 FROM organizations o WHERE o.slug LIKE $3
            ON CONFLICT (user_id, organization_id) DO NOTHING`,
          [manager.id, admin?.id ?? null, `${BENCH_ORG_SLUG_PREFIX}%`],
        ),
      );

      // The retainers to create: bench organisations without an active or a bench retainer.
      const planned = await client.query(
        `CREATE TEMP TABLE bench_retainer_plan ON COMMIT DROP AS
          SELECT g, gen_random_uuid() AS retainer_id, o.id AS organization_id,
                 $3 || lpad(g::text, 4, '0') AS reference,
                 current_date - (30 + (g * 37) % 330) AS term_start,
                 ((current_date - (30 + (g * 37) % 330)) + time '09:00') AT TIME ZONE 'UTC' AS start_at,
                 current_date + (1 + (g * 53) % 360) AS term_end,
                 ($4::numeric[])[1 + (g * 7) % cardinality($4::numeric[])] AS factor
          FROM generate_series(1, $1::int) AS g
          JOIN organizations o ON o.slug = $2 || lpad(g::text, 4, '0')
          WHERE NOT EXISTS (
            SELECT 1 FROM retainers r
            WHERE r.organization_id = o.id
              AND (r.status = 'ACTIVE' OR r.reference = $3 || lpad(g::text, 4, '0')))`,
        [
          BENCH_ORGANIZATIONS,
          BENCH_ORG_SLUG_PREFIX,
          BENCH_RETAINER_REFERENCE_PREFIX,
          PURCHASE_FACTORS,
        ],
      );
      let inserted = { retainers: 0, timeEntries: 0, ledgerEntries: 0 };
      if ((planned.rowCount ?? 0) > 0) {
        inserted = await insertRetainerHistory(
          client,
          timed,
          manager.id,
          staff.rows.map((u) => u.id),
        );
      }
      const after = await countBenchRetainers(client, manager.id);
      await timed('commit', () => client.query('COMMIT'));
      if (inserted.retainers > 0 || (assignments.rowCount ?? 0) > 0) {
        // Fresh statistics and visibility map, as generateLarge does.
        await timed('vacuum analyze', () =>
          client.query(
            'VACUUM (ANALYZE) retainers, ledger_entries, time_entries, organization_assignments',
          ),
        );
      }
      return {
        ...after,
        ms: Math.round(performance.now() - started),
        inserted: { ...inserted, assignments: assignments.rowCount ?? 0 },
        steps,
      };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    await client.end();
  }
}

/** Fills the planned retainers (temp table bench_retainer_plan) with their history and checks it. */
async function insertRetainerHistory(
  client: Client,
  timed: Timed,
  accountManagerId: string,
  staffIds: string[],
): Promise<{ retainers: number; timeEntries: number; ledgerEntries: number }> {
  // Each generated entry n goes to retainer g (skewed: low numbers get more), was approved at a
  // moment between the start of that retainer's term and now, and lasts 15 minutes to 2 hours.
  // hashint4extended(n, seed) gives independent, reproducible pseudo-random numbers per seed.
  await timed('plan time entries', () =>
    client.query(
      `CREATE TEMP TABLE bench_entry_plan ON COMMIT DROP AS
        WITH raw AS (
          SELECT n,
                 1 + floor($2::int * power(abs(hashint4extended(n, 1) % 1000000)::float8 / 1e6, 1.3))::int AS g,
                 abs(hashint4extended(n, 2) % 1000000)::float8 / 1e6 AS u_at,
                 abs(hashint4extended(n, 3) % 1000000)::int AS h
          FROM generate_series(1, $1::int) AS n
        ), placed AS (
          SELECT raw.n, raw.h, p.retainer_id, p.organization_id, p.term_start,
                 p.start_at + interval '1 minute'
                   + (now() - p.start_at - interval '2 minutes') * raw.u_at AS approved_at
          FROM raw JOIN bench_retainer_plan p ON p.g = raw.g
        )
        SELECT n, retainer_id, organization_id,
               gen_random_uuid() AS time_entry_id, gen_random_uuid() AS ledger_entry_id,
               15 * (1 + h % 8) AS minutes,
               approved_at,
               greatest(term_start, (approved_at - interval '1 day' * (h / 8 % 3))::date) AS work_date,
               ($3::uuid[])[1 + (h / 24) % cardinality($3::uuid[])] AS user_id,
               ($4::text[])[1 + (h / 96) % cardinality($4::text[])] AS description
        FROM placed`,
      [BENCH_TIME_ENTRIES, BENCH_ORGANIZATIONS, staffIds, WORK_DESCRIPTIONS],
    ),
  );
  // Temporary tables get no statistics by themselves; the joins below need them.
  await client.query('ANALYZE bench_retainer_plan, bench_entry_plan');

  const retainers = await timed('retainers', () =>
    client.query(
      `INSERT INTO retainers (id, created_at, updated_at, version, organization_id, reference, term_start,
          term_end, minutes_purchased, hourly_rate_cents, overage_rate_cents, currency, overage_policy,
          rollover_max_minutes, response_tier, account_manager_id, status, notes, balance_minutes,
          overage_minutes)
        SELECT p.retainer_id, p.start_at - interval '7 days', now(), 2, p.organization_id, p.reference, p.term_start,
               p.term_end, b.purchased, 18000 + (p.g % 7) * 2000, (18000 + (p.g % 7) * 2000) * 6 / 5,
               ($1::text[])[1 + p.g % cardinality($1::text[])],
               CASE WHEN p.factor >= 1 AND p.g % 3 = 0 THEN $2 ELSE $3 END::overage_policy,
               CASE WHEN p.g % 4 = 0 THEN 600 END,
               ($4::text[])[1 + p.g % cardinality($4::text[])],
               $5, $6::retainer_status, '', b.purchased - b.used, greatest(b.used - b.purchased, 0)
        FROM bench_retainer_plan p
        LEFT JOIN (SELECT retainer_id, sum(minutes) AS used FROM bench_entry_plan GROUP BY retainer_id) u
          ON u.retainer_id = p.retainer_id
        CROSS JOIN LATERAL (
          SELECT coalesce(u.used, 0)::int AS used,
                 (ceil(coalesce(u.used, 0) * p.factor / 15) * 15)::int AS purchased
        ) b`,
      [
        CURRENCIES,
        OveragePolicy.BLOCK,
        OveragePolicy.ALLOW,
        RESPONSE_TIERS,
        accountManagerId,
        RetainerStatus.ACTIVE,
      ],
    ),
  );

  const timeEntries = await timed('time entries', () =>
    client.query(
      `INSERT INTO time_entries (id, created_at, updated_at, version, organization_id, retainer_id,
          user_id, reference_type, work_date, minutes, description, billable, status, approved_by_id,
          approved_at, debit_entry_id)
        SELECT e.time_entry_id, e.approved_at - interval '2 hours', e.approved_at, 3, e.organization_id,
               e.retainer_id, e.user_id, $1::work_reference_type, e.work_date, e.minutes,
               e.description, true, $2::time_entry_status, $3, e.approved_at, e.ledger_entry_id
        FROM bench_entry_plan e`,
      [WorkReferenceType.RETAINER, TimeEntryStatus.APPROVED, accountManagerId],
    ),
  );

  // One statement in time order, so the sequence hands out `seq` in the order entries applied.
  const ledger = await timed('ledger entries', () =>
    client.query(
      `INSERT INTO ledger_entries (id, organization_id, retainer_id, kind, minutes, balance_after,
          reason, reference_type, reference_id, actor_user_id, created_at)
        SELECT id, organization_id, retainer_id, kind, minutes,
               sum(minutes) OVER (PARTITION BY retainer_id ORDER BY created_at, n
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
               reason, reference_type, reference_id, $1, created_at
        FROM (
          SELECT gen_random_uuid() AS id, p.organization_id, p.retainer_id,
                 $2::ledger_entry_kind AS kind, r.minutes_purchased AS minutes,
                 'Hours purchased' AS reason, NULL AS reference_type, NULL::uuid AS reference_id,
                 p.start_at AS created_at, 0 AS n
          FROM bench_retainer_plan p JOIN retainers r ON r.id = p.retainer_id
          UNION ALL
          SELECT e.ledger_entry_id, e.organization_id, e.retainer_id, $3::ledger_entry_kind,
                 -e.minutes, NULL, 'TimeEntry', e.time_entry_id, e.approved_at, e.n
          FROM bench_entry_plan e
        ) x
        ORDER BY created_at, n`,
      [accountManagerId, LedgerEntryKind.PURCHASE, LedgerEntryKind.TIME_DEBIT],
    ),
  );

  // Check what the application relies on before committing: the running balance follows `seq`,
  // and each retainer's balance is the sum of its ledger.
  const check = await timed('check ledger', () =>
    client.query<{ wrong_running: number; wrong_balance: number }>(
      `SELECT
        (SELECT count(*) FROM (
           SELECT l.balance_after,
                  sum(l.minutes) OVER (PARTITION BY l.retainer_id ORDER BY l.seq) AS running
           FROM ledger_entries l JOIN bench_retainer_plan p ON p.retainer_id = l.retainer_id) s
         WHERE balance_after <> running)::int AS wrong_running,
        (SELECT count(*) FROM bench_retainer_plan p JOIN retainers r ON r.id = p.retainer_id
         WHERE r.balance_minutes <> (SELECT coalesce(sum(l.minutes), 0) FROM ledger_entries l
                                     WHERE l.retainer_id = r.id))::int AS wrong_balance`,
    ),
  );
  const wrong = check.rows[0];
  if (!wrong || wrong.wrong_running > 0 || wrong.wrong_balance > 0) {
    throw new Error(
      `generated ledger is inconsistent (${wrong?.wrong_running ?? '?'} running balances, ` +
        `${wrong?.wrong_balance ?? '?'} retainer balances wrong); nothing was kept`,
    );
  }
  return {
    retainers: retainers.rowCount ?? 0,
    timeEntries: timeEntries.rowCount ?? 0,
    ledgerEntries: ledger.rowCount ?? 0,
  };
}

export function describeRetainerGeneration(result: GenerateRetainersResult): string {
  const { inserted } = result;
  const what =
    inserted.retainers || inserted.assignments
      ? `inserted ${inserted.retainers} retainers, ${inserted.timeEntries} approved time entries, ` +
        `${inserted.ledgerEntries} ledger entries and ${inserted.assignments} assignments`
      : 'already present, nothing inserted';
  const steps = result.steps.length
    ? ` Steps: ${result.steps.map((s) => `${s.step} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}.`
    : '';
  return (
    `Bench retainers: ${result.retainers} active retainers of ${BENCH_ACCOUNT_MANAGER_EMAIL}, ` +
    `who is assigned to ${result.assignedOrganizations} bench organisations (${what}) in ` +
    `${(result.ms / 1000).toFixed(1)} s.${steps}`
  );
}

if (require.main === module) {
  const config = loadConfigOrExit();
  generateLarge(config.databaseOwnerUrl)
    .then(async (result) => {
      process.stdout.write(`${describeGeneration(result)}\n`);
      process.stdout.write('Generating retainers, time entries and the ledger...\n');
      process.stdout.write(
        `${describeRetainerGeneration(await generateRetainers(config.databaseOwnerUrl))}\n`,
      );
    })
    .catch((e: unknown) => {
      process.stderr.write(
        `db:generate-large failed: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exit(1);
    });
}
