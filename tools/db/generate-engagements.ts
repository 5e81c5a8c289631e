/**
 * Extends the large data set (generate-large.ts: 1,000 bench client organisations with their
 * users and retainers) with engagements for benchmarks:
 *
 *   - BENCH_CONSULTANTS consultants of the provider (`bench-consultant-01@bench.test` …, the demo
 *     password), each assigned to every bench organisation and on call for an eighth of them;
 *   - BENCH_ENGAGEMENTS engagements spread (a little unevenly) over the bench organisations,
 *     declared over the last two years, with a realistic mix of incident types and severities;
 *     most are closed, the recent ones mostly open, in every phase. Every engagement has an
 *     incident commander (a bench consultant), SEV1/SEV2 ones a lead investigator too, its first
 *     severity and phase-change rows (and the move into its current phase), and the key times
 *     that phase implies. Open ones usually have a published client update (last update and next
 *     update due, some overdue); closed ones often have a final one;
 *   - BENCH_TIMELINE_EVENTS timeline events, skewed: a few engagements have thousands of events
 *     (the biggest about 43,000), most have a handful (event n goes to the engagement ranked
 *     1 + N·u³); about a third are client-visible.
 *
 * Set-based SQL (INSERT … SELECT FROM generate_series), one transaction as the owner role with
 * every organisation visible and the provider's eyes (app.all_orgs on, app.client off: row-level
 * security is forced on the owner too), then VACUUM ANALYZE. Safe to run again: each step inserts
 * only what is missing (bench engagements are marked by their internal notes), so a second run
 * inserts nothing. Needs the demo data (db:seed) and generateLarge + generateRetainers first.
 *
 * `ensureClientUsers` gives one bench organisation as many active client users as a benchmark
 * needs (creating `bench-viewer-0001-001@bench.test` … CLIENT_VIEWERs with the demo password).
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/db/generate-engagements.ts
 */
import { Client } from 'pg';
import { loadConfigOrExit } from '@vigil/api/core';
import { DEMO_PASSWORD } from '@vigil/api/fixtures';
import { hashPassword } from '@vigil/api/identity';
import {
  ClientUpdateStatus,
  DeclaredVia,
  EngagementPhase,
  IncidentType,
  OrganizationKind,
  ProviderEngagementRole,
  Role,
  TimelineEventKind,
  Visibility,
} from '@vigil/shared/domain';
import {
  BENCH_ORG_SLUG_PREFIX,
  BENCH_ORGANIZATIONS,
  BENCH_RETAINER_REFERENCE_PREFIX,
  BENCH_USER_EMAIL_DOMAIN,
  describeGeneration,
  describeRetainerGeneration,
  generateLarge,
  generateRetainers,
} from './generate-large';

export const BENCH_ENGAGEMENTS = 100_000;
export const BENCH_TIMELINE_EVENTS = 2_000_000;
export const BENCH_CONSULTANTS = 8;
export const BENCH_CONSULTANT_EMAIL_PREFIX = 'bench-consultant-';
/** The internal notes every generated engagement carries: how a run finds what it made. */
export const BENCH_ENGAGEMENT_NOTE =
  'Generated for the engagements benchmark (tools/db/generate-engagements.ts).';
export const BENCH_VIEWER_EMAIL_PREFIX = 'bench-viewer-';

/** `bench-consultant-01@bench.test` … */
export function benchConsultantEmail(n: number): string {
  return `${BENCH_CONSULTANT_EMAIL_PREFIX}${String(n).padStart(2, '0')}${BENCH_USER_EMAIL_DOMAIN}`;
}

export function benchConsultantEmails(): string[] {
  return Array.from({ length: BENCH_CONSULTANTS }, (_, i) => benchConsultantEmail(i + 1));
}

const LOCK_KEY = 'vigil:generate-large:engagements';

export interface GenerateEngagementsResult {
  /** Bench engagements in the database after the call. */
  engagements: number;
  /** Timeline events of bench engagements after the call. */
  timelineEvents: number;
  ms: number;
  inserted: {
    consultants: number;
    assignments: number;
    engagements: number;
    members: number;
    severityChanges: number;
    phaseChanges: number;
    clientUpdates: number;
    timelineEvents: number;
  };
  steps: { step: string; ms: number }[];
}

type Timed = <T>(step: string, work: () => Promise<T>) => Promise<T>;

function stepTimer(steps: { step: string; ms: number }[]): Timed {
  return async (step, work) => {
    const started = performance.now();
    const result = await work();
    steps.push({ step, ms: Math.round(performance.now() - started) });
    return result;
  };
}

/**
 * Incident types by weight (each pair is one draw in twenty: business email compromise and malware
 * are the everyday incidents, insiders and denial of service the rare ones) with a title for each.
 */
const INCIDENTS: ReadonlyArray<readonly [IncidentType, string]> = [
  [IncidentType.RANSOMWARE, 'Ransomware encrypted file servers'],
  [IncidentType.RANSOMWARE, 'Ransom note on ERP hosts'],
  [IncidentType.RANSOMWARE, 'Encrypted virtualisation cluster'],
  [IncidentType.BUSINESS_EMAIL_COMPROMISE, 'Payment diversion from a compromised mailbox'],
  [IncidentType.BUSINESS_EMAIL_COMPROMISE, 'CFO mailbox forwarding rule'],
  [IncidentType.BUSINESS_EMAIL_COMPROMISE, 'Invoice fraud after phishing'],
  [IncidentType.BUSINESS_EMAIL_COMPROMISE, 'MFA fatigue on a finance account'],
  [IncidentType.DATA_THEFT, 'Customer database exfiltration'],
  [IncidentType.DATA_THEFT, 'Extortion email claiming stolen data'],
  [IncidentType.INSIDER, 'Departing engineer copied source code'],
  [IncidentType.WEB_APPLICATION_COMPROMISE, 'Web shell on the customer portal'],
  [IncidentType.WEB_APPLICATION_COMPROMISE, 'SQL injection on the shop'],
  [IncidentType.CLOUD_ACCOUNT_COMPROMISE, 'Leaked cloud access keys'],
  [IncidentType.CLOUD_ACCOUNT_COMPROMISE, 'Suspicious tenant admin sign-ins'],
  [IncidentType.CLOUD_ACCOUNT_COMPROMISE, 'Crypto-mining in a cloud subscription'],
  [IncidentType.MALWARE, 'Info-stealer on workstations'],
  [IncidentType.MALWARE, 'Loader beaconing to a C2 server'],
  [IncidentType.MALWARE, 'USB-borne worm on the shop floor'],
  [IncidentType.DENIAL_OF_SERVICE, 'DDoS on the public website'],
  [IncidentType.OTHER, 'Lost laptop with unencrypted disk'],
];

const SITES: readonly string[] = [
  'head office',
  'finance',
  'plant 2',
  'EU region',
  'US subsidiary',
  'logistics hub',
  'HR',
  'R&D',
];

const EVENT_KINDS: readonly TimelineEventKind[] = [
  TimelineEventKind.ATTACKER_ACTIVITY,
  TimelineEventKind.ATTACKER_ACTIVITY,
  TimelineEventKind.ATTACKER_ACTIVITY,
  TimelineEventKind.DETECTION,
  TimelineEventKind.DETECTION,
  TimelineEventKind.RESPONSE_ACTION,
  TimelineEventKind.RESPONSE_ACTION,
  TimelineEventKind.RESPONSE_ACTION,
  TimelineEventKind.COMMUNICATION,
  TimelineEventKind.DECISION,
];

/** Descriptions by kind, in the order of EVENT_KINDS' distinct values (four per kind). */
const EVENT_TEXTS: Readonly<Record<TimelineEventKind, readonly string[]>> = {
  [TimelineEventKind.ATTACKER_ACTIVITY]: [
    'Interactive logon with a service account',
    'PowerShell download cradle executed',
    'Lateral movement over SMB',
    'Archive staged for exfiltration',
  ],
  [TimelineEventKind.DETECTION]: [
    'EDR alert: credential dumping',
    'SIEM rule fired: impossible travel',
    'Firewall blocked outbound connection to known C2',
    'User reported a suspicious email',
  ],
  [TimelineEventKind.RESPONSE_ACTION]: [
    'Host isolated from the network',
    'Account disabled and sessions revoked',
    'Memory image collected',
    'Malicious domain sinkholed',
  ],
  [TimelineEventKind.COMMUNICATION]: [
    'Status call with the client IT lead',
    'Regulator notified',
    'Briefing for the executive sponsor',
    'Cyber insurer informed',
  ],
  [TimelineEventKind.DECISION]: [
    'Decision: rebuild rather than clean',
    'Decision: reset all privileged passwords',
    'Decision: keep the plant offline overnight',
    'Decision: engage outside counsel',
  ],
};

const EVENT_SOURCES: readonly string[] = [
  'EDR',
  'SIEM',
  'Firewall logs',
  'Mail gateway',
  'Client interview',
  'Forensic image',
  'Cloud audit log',
  '',
];

/** The order of phases, for picking one by index in SQL. */
const PHASES: readonly EngagementPhase[] = [
  EngagementPhase.INTAKE,
  EngagementPhase.DETECTION_ANALYSIS,
  EngagementPhase.CONTAINMENT,
  EngagementPhase.ERADICATION_RECOVERY,
  EngagementPhase.POST_INCIDENT_REVIEW,
  EngagementPhase.CLOSED,
];

async function countBenchEngagements(
  client: Client,
): Promise<{ engagements: number; timelineEvents: number }> {
  // Under row-level security the planner expects a handful of bench engagements and would probe
  // the events of each of 100,000 in a nested loop (10 s); one pass over the events takes 0.5 s.
  await client.query('SET LOCAL enable_nestloop = off');
  const { rows } = await client.query<{ engagements: number; timelineEvents: number }>(
    `WITH e AS (
       SELECT e.id FROM engagements e JOIN organizations o ON o.id = e.organization_id
       WHERE o.slug LIKE $1 AND e.internal_notes = $2)
     SELECT (SELECT count(*) FROM e)::int AS "engagements",
            (SELECT count(*) FROM timeline_events t JOIN e ON e.id = t.engagement_id)::int AS "timelineEvents"`,
    [`${BENCH_ORG_SLUG_PREFIX}%`, BENCH_ENGAGEMENT_NOTE],
  );
  await client.query('SET LOCAL enable_nestloop = on');
  const row = rows[0];
  if (!row) throw new Error('count query returned no row');
  return row;
}

/** One transaction as the owner with every organisation visible, through the provider's eyes. */
async function asOwner<T>(
  ownerUrl: string,
  work: (client: Client) => Promise<T>,
  lock = LOCK_KEY,
): Promise<T> {
  const client = new Client({
    connectionString: ownerUrl,
    application_name: 'vigil-generate-large',
  });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(
        `SELECT set_config('app.all_orgs', 'on', true), set_config('app.client', 'off', true)`,
      );
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    await client.end();
  }
}

/**
 * The bench consultants, their assignments, the engagements with their team, history and client
 * updates, and the timeline events, as far as they are missing. See the file's comment.
 */
export async function generateEngagements(ownerUrl: string): Promise<GenerateEngagementsResult> {
  const started = performance.now();
  const steps: { step: string; ms: number }[] = [];
  const timed = stepTimer(steps);
  const inserted: GenerateEngagementsResult['inserted'] = {
    consultants: 0,
    assignments: 0,
    engagements: 0,
    members: 0,
    severityChanges: 0,
    phaseChanges: 0,
    clientUpdates: 0,
    timelineEvents: 0,
  };
  const client = new Client({
    connectionString: ownerUrl,
    application_name: 'vigil-generate-large',
  });
  await client.connect();
  let after: { engagements: number; timelineEvents: number };
  try {
    await client.query('BEGIN');
    try {
      await client.query(
        `SELECT set_config('app.all_orgs', 'on', true), set_config('app.client', 'off', true)`,
      );
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
      await client.query(`SET LOCAL work_mem = '256MB'`);

      const provider = await client.query<{ id: string; admin_id: string | null }>(
        `SELECT o.id, (SELECT u.id FROM users u WHERE u.organization_id = o.id AND u.role = $2
                       ORDER BY u.email LIMIT 1) AS admin_id
         FROM organizations o WHERE o.kind = $1 ORDER BY o.created_at LIMIT 1`,
        [OrganizationKind.PROVIDER, Role.PROVIDER_ADMIN],
      );
      const providerRow = provider.rows[0];
      if (!providerRow) throw new Error('no provider organisation: run npm run db:seed first');
      const orgCount = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM organizations WHERE slug LIKE $1`,
        [`${BENCH_ORG_SLUG_PREFIX}%`],
      );
      if ((orgCount.rows[0]?.n ?? 0) < BENCH_ORGANIZATIONS) {
        throw new Error('the bench organisations are missing: run generateLarge first');
      }

      // Consultants: created once, all with the demo password.
      const emails = benchConsultantEmails();
      const existing = await client.query<{ email: string }>(
        `SELECT email FROM users WHERE email = ANY($1::text[])`,
        [emails],
      );
      if (existing.rows.length < emails.length) {
        const passwordHash = await hashPassword(DEMO_PASSWORD);
        const consultants = await timed('consultants', () =>
          client.query(
            `INSERT INTO users (organization_id, email, name, time_zone, role, password_hash, version)
             SELECT $1, e.email, 'Bench Consultant ' || lpad(e.n::text, 2, '0'), 'Europe/London',
                    $2::user_role, $3, 1
             FROM unnest($4::text[]) WITH ORDINALITY AS e(email, n)
             ON CONFLICT (email) DO NOTHING`,
            [providerRow.id, Role.CONSULTANT, passwordHash, emails],
          ),
        );
        inserted.consultants = consultants.rowCount ?? 0;
      }
      const consultantRows = await client.query<{ id: string }>(
        `SELECT id FROM users WHERE email = ANY($1::text[]) AND role = $2 ORDER BY email`,
        [emails, Role.CONSULTANT],
      );
      const consultantIds = consultantRows.rows.map((r) => r.id);
      if (consultantIds.length !== BENCH_CONSULTANTS) {
        throw new Error(
          `expected ${BENCH_CONSULTANTS} bench consultants, found ${consultantIds.length} (one of ${emails.join(', ')} has another role?)`,
        );
      }

      // Every bench consultant on every bench organisation; each on call for an eighth of them.
      const assignments = await timed('assignments', () =>
        client.query(
          `INSERT INTO organization_assignments (organization_id, user_id, assigned_by_id, on_call)
           SELECT o.id, c.id, $2, (substr(o.slug, $4)::int % $5) = (c.n - 1)
           FROM organizations o
           CROSS JOIN unnest($1::uuid[]) WITH ORDINALITY AS c(id, n)
           WHERE o.slug LIKE $3
           ON CONFLICT (user_id, organization_id) DO NOTHING`,
          [
            consultantIds,
            providerRow.admin_id,
            `${BENCH_ORG_SLUG_PREFIX}%`,
            BENCH_ORG_SLUG_PREFIX.length + 1,
            BENCH_CONSULTANTS,
          ],
        ),
      );
      inserted.assignments = assignments.rowCount ?? 0;

      const before = await timed('count', () => countBenchEngagements(client));
      if (before.engagements < BENCH_ENGAGEMENTS) {
        Object.assign(
          inserted,
          await insertEngagements(client, timed, before.engagements, consultantIds),
        );
      }
      const middle = inserted.engagements > 0 ? await countBenchEngagements(client) : { ...before };
      if (middle.timelineEvents < BENCH_TIMELINE_EVENTS) {
        inserted.timelineEvents = await insertTimelineEvents(
          client,
          timed,
          middle.timelineEvents,
          middle.engagements,
        );
      }
      after = { engagements: middle.engagements, timelineEvents: middle.timelineEvents };
      after.timelineEvents += inserted.timelineEvents;
      await timed('commit', () => client.query('COMMIT'));
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
    const anything = Object.values(inserted).some((n) => n > 0);
    if (anything) {
      // Fresh statistics and visibility map, as generateLarge does.
      await timed('vacuum analyze', () =>
        client.query(
          `VACUUM (ANALYZE) users, organization_assignments, engagements, engagement_members,
             engagement_severity_changes, engagement_phase_changes, client_updates, timeline_events`,
        ),
      );
    }
  } finally {
    await client.end();
  }
  return { ...after, ms: Math.round(performance.now() - started), inserted, steps };
}

/**
 * BENCH_ENGAGEMENTS - `have` engagements (plan numbers have+1 …) with their team, history and
 * client updates. Pseudo-random but reproducible: hashint4extended(g, seed) per decision.
 */
async function insertEngagements(
  client: Client,
  timed: Timed,
  have: number,
  consultantIds: string[],
): Promise<Partial<GenerateEngagementsResult['inserted']>> {
  // u(k): an independent uniform number in [0, 1) for plan row g.
  const u = (seed: number): string => `(abs(hashint4extended(g, ${seed}) % 1000000)::float8 / 1e6)`;
  await timed('plan engagements', () =>
    client.query(
      `CREATE TEMP TABLE bench_engagement_plan ON COMMIT DROP AS
       WITH raw AS (
         SELECT g,
                1 + least($3::int - 1, floor($3::int * power(${u(11)}, 1.15))::int) AS org_no,
                date_trunc('milliseconds', now() - interval '1 hour' - interval '730 days' * ${u(12)}) AS declared_at,
                ${u(13)} AS u_open, ${u(14)} AS u_phase, ${u(15)} AS u_sev, ${u(16)} AS u_update,
                abs(hashint4extended(g, 17) % 1000000)::int AS h
         FROM generate_series($1::int + 1, $2::int) AS g
       ), shaped AS (
         SELECT raw.*,
                extract(epoch FROM now() - declared_at) / 86400 AS age_days,
                CASE
                  -- Recent incidents are mostly still being worked on, in a phase that follows age.
                  WHEN extract(epoch FROM now() - declared_at) / 86400 < 45 AND u_open < 0.75
                    THEN least(4, floor(extract(epoch FROM now() - declared_at) / 86400 / 45 * 5 * (0.4 + u_phase))::int)
                  -- A few long-running ones linger in recovery or the review.
                  WHEN u_open < 0.012 THEN 3 + (h % 2)
                  ELSE 5
                END AS phase_no
         FROM raw
       )
       SELECT s.g, gen_random_uuid() AS id, o.id AS organization_id, o.time_zone,
              s.declared_at, s.phase_no, s.h, s.u_update,
              ($4::text[])[1 + s.h % cardinality($4::text[])]::incident_type AS incident_type,
              ($5::text[])[1 + s.h % cardinality($5::text[])] || ' (' ||
                ($6::text[])[1 + (s.h / 20) % cardinality($6::text[])] || ')' AS title,
              CASE WHEN s.u_sev < 0.05 THEN 'SEV1' WHEN s.u_sev < 0.25 THEN 'SEV2'
                   WHEN s.u_sev < 0.70 THEN 'SEV3' ELSE 'SEV4' END::severity AS severity,
              ($7::uuid[])[1 + (s.h / 7) % cardinality($7::uuid[])] AS commander_id,
              ($7::uuid[])[1 + ((s.h / 7) % cardinality($7::uuid[]) + 1 + (s.h / 11) % (cardinality($7::uuid[]) - 1)) % cardinality($7::uuid[])] AS lead_id,
              (s.h % 100) < 12 AS via_portal,
              CASE WHEN (s.h / 3) % 100 < 85 THEN r.id END AS retainer_id,
              ca.id AS client_admin_id
       FROM shaped s
       JOIN organizations o ON o.slug = $8 || lpad(s.org_no::text, 4, '0')
       LEFT JOIN retainers r ON r.organization_id = o.id AND r.reference LIKE $9
       LEFT JOIN LATERAL (
         SELECT u.id FROM users u WHERE u.organization_id = o.id AND u.role = 'CLIENT_ADMIN'
         ORDER BY u.email LIMIT 1) ca ON true`,
      [
        have,
        BENCH_ENGAGEMENTS,
        BENCH_ORGANIZATIONS,
        INCIDENTS.map(([type]) => type),
        INCIDENTS.map(([, title]) => title),
        SITES,
        consultantIds,
        BENCH_ORG_SLUG_PREFIX,
        `${BENCH_RETAINER_REFERENCE_PREFIX}%`,
      ],
    ),
  );
  // The key times the phase implies, each clamped to the past and after the one before.
  await timed('plan key times', () =>
    client.query(
      `CREATE TEMP TABLE bench_engagement_times ON COMMIT DROP AS
       WITH t AS (
         SELECT p.id,
                date_trunc('milliseconds', p.declared_at - interval '1 minute' * (5 + p.h % 2880)) AS detected_at,
                CASE WHEN p.h % 5 = 0 THEN NULL
                     ELSE date_trunc('milliseconds', p.declared_at - interval '1 minute' * (5 + p.h % 2880)
                                      - interval '1 hour' * (1 + (p.h / 5) % 500)) END AS first_activity_at,
                CASE WHEN p.phase_no = 0 AND p.via_portal THEN NULL
                     ELSE least(now(), date_trunc('milliseconds', p.declared_at + interval '1 minute' * (3 + (p.h / 13) % 90))) END AS acknowledged_at,
                CASE WHEN p.phase_no >= 3
                     THEN least(now() - interval '3 minutes', date_trunc('milliseconds', p.declared_at + interval '1 hour' * (4 + (p.h / 17) % 92))) END AS contained_at
         FROM bench_engagement_plan p
       ), t2 AS (
         SELECT t.*,
                CASE WHEN p.phase_no >= 4
                     THEN least(now() - interval '2 minutes', t.contained_at + interval '1 hour' * (12 + (p.h / 19) % 228)) END AS recovered_at
         FROM t JOIN bench_engagement_plan p ON p.id = t.id
       )
       SELECT t2.*,
              CASE WHEN p.phase_no = 5
                   THEN least(now() - interval '1 minute', t2.recovered_at + interval '1 day' * (2 + (p.h / 23) % 28)) END AS closed_at
       FROM t2 JOIN bench_engagement_plan p ON p.id = t2.id`,
    ),
  );
  await client.query('ANALYZE bench_engagement_plan, bench_engagement_times');

  const engagements = await timed('engagements', () =>
    client.query(
      `INSERT INTO engagements (id, created_at, updated_at, version, organization_id, retainer_id,
          number, reference, title, incident_type, severity, phase, summary, internal_notes,
          first_activity_at, detected_at, declared_at, acknowledged_at, contained_at, recovered_at,
          closed_at, declared_by_id, declared_via, last_client_update_at, next_update_due_at)
       SELECT p.id, p.declared_at,
              greatest(p.declared_at, t.closed_at, x.last_update), 3 + p.phase_no,
              p.organization_id, p.retainer_id, n.number,
              'IR-' || CASE WHEN n.number < 10000 THEN lpad(n.number::text, 4, '0') ELSE n.number::text END,
              p.title, p.incident_type, p.severity, ($1::text[])[1 + p.phase_no]::engagement_phase,
              'Benchmark incident: ' || lower(p.title) || '.', $2,
              t.first_activity_at, t.detected_at, p.declared_at, t.acknowledged_at, t.contained_at,
              t.recovered_at, t.closed_at,
              CASE WHEN p.via_portal THEN p.client_admin_id ELSE p.commander_id END,
              CASE WHEN p.via_portal THEN $3 ELSE $4 END::declared_via,
              x.last_update, x.next_due
       FROM bench_engagement_plan p
       JOIN bench_engagement_times t ON t.id = p.id
       JOIN (
         SELECT p.id, coalesce(m.max_number, 0)
                  + row_number() OVER (PARTITION BY p.organization_id ORDER BY p.declared_at, p.g) AS number
         FROM bench_engagement_plan p
         LEFT JOIN (SELECT organization_id, max(number) AS max_number FROM engagements GROUP BY organization_id) m
           ON m.organization_id = p.organization_id
       ) n ON n.id = p.id
       CROSS JOIN LATERAL (
         SELECT CASE
                  -- Open: most have had an update within the last day; the next is due 4 to 24 h
                  -- after it, so some are overdue.
                  WHEN p.phase_no < 5 AND p.u_update < 0.85
                    THEN greatest(p.declared_at, date_trunc('milliseconds', now() - interval '1 minute' * (10 + p.h % 1440)))
                  -- Closed: seven in ten had a final update, an hour before closing.
                  WHEN p.phase_no = 5 AND p.u_update < 0.7
                    THEN greatest(p.declared_at, t.closed_at - interval '1 hour')
                END AS last_update
       ) lu
       CROSS JOIN LATERAL (
         SELECT lu.last_update,
                CASE WHEN p.phase_no < 5 AND lu.last_update IS NOT NULL
                     THEN lu.last_update + interval '1 hour' * (ARRAY[4, 8, 12, 24])[1 + (p.h / 29) % 4] END AS next_due
       ) x`,
      [PHASES, BENCH_ENGAGEMENT_NOTE, DeclaredVia.CLIENT_PORTAL, DeclaredVia.PROVIDER],
    ),
  );

  const members = await timed('members', () =>
    client.query(
      `INSERT INTO engagement_members (organization_id, engagement_id, user_id, role, created_at)
       SELECT p.organization_id, p.id, p.commander_id, $1::engagement_role, p.declared_at
       FROM bench_engagement_plan p
       UNION ALL
       SELECT p.organization_id, p.id, p.lead_id, $2::engagement_role, p.declared_at + interval '10 minutes'
       FROM bench_engagement_plan p WHERE p.severity IN ('SEV1', 'SEV2')`,
      [ProviderEngagementRole.INCIDENT_COMMANDER, ProviderEngagementRole.LEAD_INVESTIGATOR],
    ),
  );

  const severityChanges = await timed('severity changes', () =>
    client.query(
      `INSERT INTO engagement_severity_changes (organization_id, engagement_id, from_severity,
          to_severity, reason, changed_by_id, changed_at)
       SELECT p.organization_id, p.id, NULL, p.severity, 'Declared', e.declared_by_id, p.declared_at
       FROM bench_engagement_plan p JOIN engagements e ON e.id = p.id`,
    ),
  );

  // Declared into intake, then the move into the current phase (at the time that phase implies).
  const phaseChanges = await timed('phase changes', () =>
    client.query(
      `INSERT INTO engagement_phase_changes (organization_id, engagement_id, from_phase, to_phase,
          reason, changed_by_id, changed_at)
       SELECT p.organization_id, p.id, NULL, 'INTAKE', NULL, e.declared_by_id, p.declared_at
       FROM bench_engagement_plan p JOIN engagements e ON e.id = p.id
       UNION ALL
       SELECT p.organization_id, p.id, ($1::text[])[p.phase_no]::engagement_phase,
              ($1::text[])[1 + p.phase_no]::engagement_phase, NULL, p.commander_id,
              coalesce(t.closed_at, t.recovered_at, t.contained_at,
                       least(now(), p.declared_at + interval '1 hour' * (1 + p.phase_no)))
       FROM bench_engagement_plan p JOIN bench_engagement_times t ON t.id = p.id
       WHERE p.phase_no > 0`,
      [PHASES],
    ),
  );

  // The published update behind each engagement's last client update.
  const clientUpdates = await timed('client updates', () =>
    client.query(
      `INSERT INTO client_updates (created_at, updated_at, version, organization_id, engagement_id,
          what_we_know, what_we_did, what_is_next, what_we_need, status, next_update_by, author_id,
          published_at, published_by_id)
       SELECT e.last_client_update_at - interval '20 minutes', e.last_client_update_at, 2,
              p.organization_id, p.id,
              'Scope confirmed on ' || (2 + p.h % 40) || ' hosts; no sign of further spread.',
              'Isolated affected hosts and reset exposed credentials.',
              CASE WHEN e.phase = 'CLOSED' THEN 'The post-incident review report follows.'
                   ELSE 'Complete forensic analysis of the initial access.' END,
              CASE WHEN p.h % 3 = 0 THEN 'Firewall logs for the last 30 days.' ELSE '' END,
              $1::client_update_status, e.next_update_due_at, p.commander_id,
              e.last_client_update_at, p.commander_id
       FROM bench_engagement_plan p JOIN engagements e ON e.id = p.id
       WHERE e.last_client_update_at IS NOT NULL`,
      [ClientUpdateStatus.PUBLISHED],
    ),
  );

  return {
    engagements: engagements.rowCount ?? 0,
    members: members.rowCount ?? 0,
    severityChanges: severityChanges.rowCount ?? 0,
    phaseChanges: phaseChanges.rowCount ?? 0,
    clientUpdates: clientUpdates.rowCount ?? 0,
  };
}

/**
 * BENCH_TIMELINE_EVENTS - `have` events over the bench engagements. Engagements are ranked by a
 * hash of their id; event n goes to rank 1 + floor(N·u³) (u uniform), so rank 1 gets about 43,000
 * events, rank 2 about 11,000, rank 10 about 3,200, rank 100 about 670 and the median engagement
 * about 11. Each happened between the first malicious activity (or detection) and the close (or
 * now), in the client's time zone.
 */
async function insertTimelineEvents(
  client: Client,
  timed: Timed,
  have: number,
  engagementCount: number,
): Promise<number> {
  if (engagementCount === 0) return 0;
  await timed('plan timeline targets', () =>
    client.query(
      `CREATE TEMP TABLE bench_event_target ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY hashtext(e.id::text), e.id)::int AS r,
              e.id, e.organization_id, o.time_zone,
              coalesce(e.first_activity_at, e.detected_at, e.declared_at) AS starts,
              coalesce(e.closed_at, now() - interval '1 minute') AS ends,
              e.declared_at,
              coalesce(c.user_id, e.declared_by_id) AS author_id
       FROM engagements e
       JOIN organizations o ON o.id = e.organization_id
       LEFT JOIN engagement_members c ON c.engagement_id = e.id AND c.role = 'INCIDENT_COMMANDER'
       WHERE o.slug LIKE $1 AND e.internal_notes = $2`,
      [`${BENCH_ORG_SLUG_PREFIX}%`, BENCH_ENGAGEMENT_NOTE],
    ),
  );
  await client.query('CREATE UNIQUE INDEX ON bench_event_target (r)');
  await client.query('ANALYZE bench_event_target');
  const kinds = EVENT_KINDS;
  const texts = kinds.map((k) => EVENT_TEXTS[k]);
  const events = await timed('timeline events', () =>
    client.query(
      `INSERT INTO timeline_events (created_at, updated_at, version, organization_id, engagement_id,
          occurred_at, occurred_time_zone, kind, description, source, visibility, created_by_id)
       SELECT x.recorded, x.recorded, 1, t.organization_id, t.id, x.occurred, t.time_zone,
              ($3::text[])[1 + x.k]::timeline_event_kind,
              ($4::text[])[1 + x.k * 4 + (x.h / 10) % 4] || ' (host ' || lpad((x.h % 5000)::text, 4, '0') || ')',
              ($5::text[])[1 + (x.h / 40) % cardinality($5::text[])],
              CASE WHEN (x.h / 320) % 100 < 35 THEN $6 ELSE $7 END::visibility,
              t.author_id
       FROM (
         SELECT n, h, h % 10 AS k,
                1 + least($8::int - 1, floor($8::int * power(abs(hashint4extended(n, 21) % 1000000)::float8 / 1e6, 3))::int) AS r,
                abs(hashint4extended(n, 22) % 1000000)::float8 / 1e6 AS u_at
         FROM generate_series($1::int + 1, $2::int) AS n,
              LATERAL (SELECT abs(hashint4extended(n, 23) % 1000000)::int AS h) hh
       ) y
       JOIN bench_event_target t ON t.r = y.r
       CROSS JOIN LATERAL (
         SELECT y.n, y.h, y.k,
                date_trunc('milliseconds', t.starts + (t.ends - t.starts) * y.u_at) AS occurred,
                greatest(t.declared_at, least(now(), date_trunc('milliseconds',
                  t.starts + (t.ends - t.starts) * y.u_at + interval '1 minute' * (y.h % 600)))) AS recorded
       ) x`,
      [
        have,
        BENCH_TIMELINE_EVENTS,
        kinds,
        texts.flatMap((list) => [...list]),
        EVENT_SOURCES,
        Visibility.CLIENT,
        Visibility.INTERNAL,
        engagementCount,
      ],
    ),
  );
  return events.rowCount ?? 0;
}

export function describeEngagementGeneration(result: GenerateEngagementsResult): string {
  const i = result.inserted;
  const what = Object.values(i).some((n) => n > 0)
    ? `inserted ${i.consultants} consultants, ${i.assignments} assignments, ${i.engagements} engagements, ` +
      `${i.members} team members, ${i.severityChanges} severity and ${i.phaseChanges} phase changes, ` +
      `${i.clientUpdates} published client updates and ${i.timelineEvents} timeline events`
    : 'already present, nothing inserted';
  const steps = result.steps.length
    ? ` Steps: ${result.steps.map((s) => `${s.step} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}.`
    : '';
  return (
    `Bench engagements: ${result.engagements} engagements with ${result.timelineEvents} timeline events ` +
    `(${what}) in ${(result.ms / 1000).toFixed(1)} s.${steps}`
  );
}

// ---------------------------------------------------------------------------------------------
// Client users of one organisation, for fan-out benchmarks

/** `bench-viewer-0001-001@bench.test`: the n-th bench viewer of bench organisation 0001. */
export function benchViewerEmail(orgNumber: string, n: number): string {
  return `${BENCH_VIEWER_EMAIL_PREFIX}${orgNumber}-${String(n).padStart(3, '0')}${BENCH_USER_EMAIL_DOMAIN}`;
}

export interface ClientUsers {
  /** Active client users of the organisation (admins and viewers), by email, at least `count`. */
  emails: string[];
  /** Bench viewers this call created. */
  created: number;
}

/**
 * Makes sure bench organisation `organizationId` has at least `count` active client users, adding
 * CLIENT_VIEWERs with the demo password, and returns their emails (existing users first).
 */
export async function ensureClientUsers(
  ownerUrl: string,
  organizationId: string,
  count: number,
): Promise<ClientUsers> {
  return asOwner(ownerUrl, async (client) => {
    const org = await client.query<{ slug: string; time_zone: string }>(
      `SELECT slug, time_zone FROM organizations WHERE id = $1 AND kind = $2`,
      [organizationId, OrganizationKind.CLIENT],
    );
    const slug = org.rows[0]?.slug;
    if (!slug?.startsWith(BENCH_ORG_SLUG_PREFIX)) {
      throw new Error(`organisation ${organizationId} is not a bench client organisation`);
    }
    const orgNumber = slug.slice(BENCH_ORG_SLUG_PREFIX.length);
    const list = async (): Promise<string[]> =>
      (
        await client.query<{ email: string }>(
          `SELECT email FROM users
           WHERE organization_id = $1 AND role = ANY($2::user_role[]) AND status = 'ACTIVE'
           ORDER BY email LIKE $3, email`,
          [
            organizationId,
            [Role.CLIENT_ADMIN, Role.CLIENT_VIEWER],
            `${BENCH_VIEWER_EMAIL_PREFIX}%`,
          ],
        )
      ).rows.map((r) => r.email);
    const have = await list();
    let created = 0;
    if (have.length < count) {
      const missing = count - have.length;
      const existingViewers = have.filter((e) => e.startsWith(BENCH_VIEWER_EMAIL_PREFIX)).length;
      const emails = Array.from({ length: missing }, (_, i) =>
        benchViewerEmail(orgNumber, existingViewers + i + 1),
      );
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const res = await client.query(
        `INSERT INTO users (organization_id, email, name, time_zone, role, password_hash, version)
         SELECT $1, e.email, 'Bench Viewer ' || $2 || '-' || lpad((e.n + $3::int)::text, 3, '0'),
                $4, $5::user_role, $6, 1
         FROM unnest($7::text[]) WITH ORDINALITY AS e(email, n)
         ON CONFLICT (email) DO NOTHING`,
        [
          organizationId,
          orgNumber,
          existingViewers,
          org.rows[0]?.time_zone ?? 'UTC',
          Role.CLIENT_VIEWER,
          passwordHash,
          emails,
        ],
      );
      created = res.rowCount ?? 0;
    }
    return { emails: created ? await list() : have, created };
  });
}

if (require.main === module) {
  const config = loadConfigOrExit();
  (async () => {
    process.stdout.write(`${describeGeneration(await generateLarge(config.databaseOwnerUrl))}\n`);
    process.stdout.write(
      `${describeRetainerGeneration(await generateRetainers(config.databaseOwnerUrl))}\n`,
    );
    process.stdout.write('Generating engagements and timeline events...\n');
    process.stdout.write(
      `${describeEngagementGeneration(await generateEngagements(config.databaseOwnerUrl))}\n`,
    );
  })().catch((e: unknown) => {
    process.stderr.write(
      `generate-engagements failed: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exit(1);
  });
}
