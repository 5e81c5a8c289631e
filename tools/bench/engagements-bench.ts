/**
 * Engagements under load, on the large data set extended with 100,000 engagements and 2,000,000
 * timeline events (tools/db/generate-engagements.ts):
 *
 *   1. makes sure the data set exists (generateLarge, generateRetainers, generateEngagements);
 *   2. starts the real api in this process on a free loopback port and signs in;
 *   3. list: the consultant workspace, GraphQL `engagements(first: 50, filter: { open: true })`
 *      with the commander and the last / next client update, as the provider admin and as a bench
 *      consultant assigned to all 1,000 bench organisations, against a plain `http` + `pg` server
 *      that replays, verbatim and in the same transactions, every statement the api sent for its
 *      first answer (captured from pg.Client#query, so they cannot drift from the service) and
 *      answers the same JSON; checks the first answers agree, prints EXPLAIN ANALYZE (TIMING OFF)
 *      of the page and count statements, then load-tests both with autocannon in a worker thread:
 *      req/s, p50, p99, the ratio and the targets (GraphQL p99 < 50 ms, >= 40 % of the
 *      baseline's throughput), the same with one connection, and a sweep over 2, 4, 8 and 16
 *      connections showing up to which load p99 stays under 50 ms. The load is closed-loop:
 *      saturated, latency is about connections / throughput (Little's law);
 *   4. timeline: `timeline(engagementId, first: 100)` on the engagement with the most events, as
 *      its incident commander, first page and a page after a cursor three quarters in, GraphQL
 *      against the same kind of replaying baseline, at BENCH_CONNECTIONS and one connection;
 *   5. fan-out: BENCH_SUBSCRIBERS graphql-ws subscriptions to `engagementActivity` of one open
 *      engagement (a tenth provider staff, the rest distinct client users of its organisation,
 *      created as bench viewers when missing), opened from a worker thread; once every one has
 *      received a probe, the incident commander drafts and publishes BENCH_UPDATES client updates
 *      (BENCH_UPDATE_SPACING_MS apart) and each subscriber's delay from just before the publish
 *      mutation is sent to the CLIENT_UPDATE's arrival is measured (p50/p95/p99/max, target
 *      p99 < 250 ms), split into "until the api published it to Redis" and "from Redis to the
 *      subscriber"; checks every subscriber got every update exactly once, and that an
 *      internal item published on the same channel reaches provider staff only.
 *
 * Where the time goes on this data (see the EXPLAIN lines): the list's page and count statements
 * each walk all 1,000 organisations' engagements (the planner takes the row-level security filter
 * for 0.5 % of the rows and there is no index in list order); the timeline's count reads all
 * 43,000 events of the engagement from the heap; with a consultant, every row is also compared
 * with each of the 1,001 organisations of app.org_ids (`= ANY(array)` is a linear scan). The
 * fan-out waits for the unread-count of every client user of the organisation, one transaction
 * each, before the update goes out (NotificationsService.publishCounts is registered first and
 * TenantDb runs after-commit hooks in order). The migrations now carry the database side of the
 * fixes this benchmark pointed to (the open-engagements and covering timeline indexes, hashed
 * tenant policies).
 *
 * Exits 0 when the benchmark ran (met or missed targets alike: see the output), 1 when it could
 * not run.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/engagements-bench.ts
 *
 * Knobs (environment): BENCH_PARTS (list,timeline,fanout), BENCH_CONNECTIONS (32), BENCH_SWEEP
 * (2,4,8,16; empty: none), BENCH_DURATION_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_WORKERS
 * (1 autocannon worker thread; 0 = main thread), BENCH_SUBSCRIBERS (500), BENCH_UPDATES (20),
 * BENCH_UPDATE_SPACING_MS (200). LOG_LEVEL defaults to silent.
 */
import 'reflect-metadata';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { INestApplication } from '@nestjs/common';
import autocannon from 'autocannon';
import { createClient, Client as WsClient } from 'graphql-ws';
import Redis from 'ioredis';
import pg from 'pg';
import WebSocket from 'ws';
import {
  channel,
  encodeCursor,
  LiveEvents,
  loadConfigOrExit,
  PUB_SUB,
  VigilConfig,
} from '@vigil/api/core';
import { createApi } from '@vigil/api/server';
import { Visibility } from '@vigil/shared/domain';
import {
  BENCH_ACCOUNT_MANAGER_EMAIL,
  describeGeneration,
  describeRetainerGeneration,
  generateLarge,
  generateRetainers,
} from '../db/generate-large';
import {
  benchConsultantEmail,
  benchConsultantEmails,
  BENCH_ENGAGEMENT_NOTE,
  describeEngagementGeneration,
  ensureClientUsers,
  generateEngagements,
} from '../db/generate-engagements';
import {
  ADMIN_EMAIL,
  captureStatements,
  CapturedStatement,
  closeServer,
  countInFlight,
  countsFromEnv,
  errorMessage,
  fetchText,
  intFromEnv,
  listen,
  load,
  login,
  loginAll,
  machineLoad,
  monotonicMs,
  out,
  p99Text,
  partsFromEnv,
  percentile,
  portOf,
  printResults,
  replay,
  Statement,
  Target,
  transactionsOf,
  verdict,
  waitForQuiet,
} from './bench-kit';

const LIST_PAGE = 50;
const TIMELINE_PAGE = 100;
const TARGET_P99_MS = 50;
const TARGET_THROUGHPUT_RATIO = 0.4;
const TARGET_FANOUT_P99_MS = 250;
/** Share of the fan-out's subscriptions held by provider staff; the rest are client users. */
const PROVIDER_SHARE = 0.1;
/** Generous, so that slow answers are measured as latency rather than dropped as timeouts. */
const REQUEST_TIMEOUT_SECONDS = 60;
const FANOUT_ROLE = 'engagements-bench:fanout-subscribers';

export const LIST_QUERY = `{ engagements(first: ${LIST_PAGE}, filter: { open: true }) { totalCount pageInfo { hasNextPage } edges { node { id reference title severity phase organizationName commanderName lastClientUpdateAt nextUpdateDueAt declaredAt } } } }`;

export const TIMELINE_QUERY = `query ($id: ID!, $after: String) { timeline(engagementId: $id, first: ${TIMELINE_PAGE}, after: $after) { totalCount pageInfo { hasNextPage } edges { node { id occurredAt occurredTimeZone recordedAt kind description source visibility recordedByName indicatorIds assetIds version } } } }`;

const ACTIVITY_SUBSCRIPTION = `subscription ($id: ID!) { engagementActivity(engagementId: $id) { kind clientUpdate { id } engagement { id } timelineEvent { id visibility } } }`;

const DRAFT_MUTATION = `mutation ($id: ID!, $know: String!, $did: String!, $next: String!) { draftClientUpdate(input: { engagementId: $id, whatWeKnow: $know, whatWeDid: $did, whatIsNext: $next }) { id version } }`;

const PUBLISH_MUTATION = `mutation ($id: ID!, $v: Int!, $by: String!) { publishClientUpdate(input: { id: $id, expectedVersion: $v, nextUpdateBy: $by }) { id status } }`;

// ---------------------------------------------------------------------------------------------
// Options

type Part = 'list' | 'timeline' | 'fanout';

interface BenchOptions {
  parts: Set<Part>;
  connections: number;
  sweep: number[];
  durationSeconds: number;
  warmupSeconds: number;
  workers: number;
  subscribers: number;
  updates: number;
  updateSpacingMs: number;
}

function benchOptions(): BenchOptions {
  const all: Part[] = ['list', 'timeline', 'fanout'];
  return {
    parts: partsFromEnv('BENCH_PARTS', all, all),
    connections: intFromEnv('BENCH_CONNECTIONS', 32, 1, 1000),
    sweep: countsFromEnv('BENCH_SWEEP', '2,4,8,16'),
    durationSeconds: intFromEnv('BENCH_DURATION_SECONDS', 10, 1, 600),
    warmupSeconds: intFromEnv('BENCH_WARMUP_SECONDS', 3, 0, 600),
    workers: intFromEnv('BENCH_WORKERS', 1, 0, 16),
    subscribers: intFromEnv('BENCH_SUBSCRIBERS', 500, 2, 5000),
    updates: intFromEnv('BENCH_UPDATES', 20, 1, 1000),
    updateSpacingMs: intFromEnv('BENCH_UPDATE_SPACING_MS', 200, 0, 60000),
  };
}

/** One line of the closing summary. */
interface Figure {
  figure: string;
  measured: string;
  target: string;
  verdict: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

/** One transaction on `client` through the provider's eyes, every organisation visible. */
async function asProvider<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(
      `SELECT set_config('app.all_orgs', 'on', true), set_config('app.client', 'off', true)`,
    );
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Replaying what the api ran

type Row = Record<string, unknown>;

/** Where a statement sits in the recorded transactions. */
type At = readonly [number, number];

/** What the plain baseline serves for one GraphQL request. */
interface Replay {
  label: string;
  transactions: Statement[][];
  /** The api's answer, rebuilt from the replayed statements' results. */
  answer: (results: pg.QueryResult[][]) => unknown;
  /** Statements worth explaining. */
  explain: { name: string; at: At }[];
}

function rowsAt(results: pg.QueryResult[][], at: At): Row[] {
  return (results[at[0]]?.[at[1]]?.rows ?? []) as Row[];
}

/** The one recorded statement matching `test`, or an error naming what changed. */
function findStatement(
  transactions: Statement[][],
  test: (sql: string) => boolean,
  what: string,
  optional = false,
): At | null {
  const found: At[] = [];
  transactions.forEach((t, ti) =>
    t.forEach((s, si) => {
      if (test(s.sql)) found.push([ti, si]);
    }),
  );
  if (found.length === 1 && found[0]) return found[0];
  if (found.length === 0 && optional) return null;
  throw new Error(
    `expected the api to send one ${what} statement, saw ${found.length}: the service changed shape, update this benchmark`,
  );
}

/** Names by id from the `users` lookup (EngagementAccess.names): columns …_id and …_name. */
function namesFrom(rows: Row[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of rows) {
    const keys = Object.keys(row);
    const idKey = keys.find((k) => k.endsWith('_id'));
    const nameKey = keys.find((k) => k.endsWith('_name'));
    if (idKey && nameKey) names.set(String(row[idKey]), String(row[nameKey]));
  }
  return names;
}

function listReplay(label: string, captured: CapturedStatement[]): Replay {
  const transactions: Statement[][] = transactionsOf(captured).map((t) =>
    t.map(({ sql, params }) => ({ sql, params })),
  );
  const count = findStatement(
    transactions,
    (sql) => /^SELECT COUNT\(/i.test(sql) && sql.includes('"engagements"'),
    'engagement count',
  );
  // The client's name and the commander of the rows shown (EngagementsService.query).
  const extras = findStatement(
    transactions,
    (sql) => sql.includes('AS commander_id') && sql.includes('ANY($1::uuid[])'),
    'names and commanders of the page',
  );
  const page = findStatement(
    transactions,
    (sql) => sql.includes('FROM "engagements" "e"') && sql.includes(`LIMIT ${LIST_PAGE + 1}`),
    'engagement page',
  );
  const names = findStatement(
    transactions,
    (sql) => sql.includes('FROM "users"'),
    'commander names',
    true,
  );
  if (!count || !page || !extras) throw new Error('unreachable');
  return {
    label,
    transactions,
    explain: [
      { name: 'page', at: page },
      { name: 'count', at: count },
    ],
    answer: (results) => {
      const rows = rowsAt(results, page);
      const who = names ? namesFrom(rowsAt(results, names)) : new Map<string, string>();
      const more = new Map(rowsAt(results, extras).map((x) => [String(x['id']), x]));
      return {
        data: {
          engagements: {
            totalCount: Number(rowsAt(results, count)[0]?.['cnt'] ?? 0),
            pageInfo: { hasNextPage: rows.length > LIST_PAGE },
            edges: rows.slice(0, LIST_PAGE).map((r) => ({
              node: {
                id: r['e_id'],
                reference: r['e_reference'],
                title: r['e_title'],
                severity: r['e_severity'],
                phase: r['e_phase'],
                organizationName: String(more.get(String(r['e_id']))?.['organization_name'] ?? ''),
                commanderName: more.get(String(r['e_id']))?.['commander_id']
                  ? (who.get(String(more.get(String(r['e_id']))?.['commander_id'])) ?? null)
                  : null,
                lastClientUpdateAt: iso(r['e_last_client_update_at']),
                nextUpdateDueAt: iso(r['e_next_update_due_at']),
                declaredAt: iso(r['e_declared_at']),
              },
            })),
          },
        },
      };
    },
  };
}

function linksFrom(rows: Row[], column: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const row of rows) {
    const keys = Object.keys(row);
    const eventKey = keys.find((k) => k.endsWith('_event_id'));
    const otherKey = keys.find((k) => k.endsWith(column));
    if (!eventKey || !otherKey) continue;
    const list = links.get(String(row[eventKey])) ?? [];
    list.push(String(row[otherKey]));
    links.set(String(row[eventKey]), list);
  }
  return links;
}

function timelineReplay(label: string, captured: CapturedStatement[]): Replay {
  const transactions: Statement[][] = transactionsOf(captured).map((t) =>
    t.map(({ sql, params }) => ({ sql, params })),
  );
  const count = findStatement(
    transactions,
    (sql) => /^SELECT COUNT\(/.test(sql) && sql.includes('FROM "timeline_events"'),
    'timeline count',
  );
  const page = findStatement(
    transactions,
    (sql) =>
      sql.includes('FROM "timeline_events" "t"') && sql.includes(`LIMIT ${TIMELINE_PAGE + 1}`),
    'timeline page',
  );
  const indicators = findStatement(
    transactions,
    (sql) => sql.includes('FROM "timeline_event_indicators"'),
    'linked indicators',
    true,
  );
  const assets = findStatement(
    transactions,
    (sql) => sql.includes('FROM "timeline_event_assets"'),
    'linked assets',
    true,
  );
  const names = findStatement(
    transactions,
    (sql) => sql.includes('FROM "users"'),
    'recorded-by names',
    true,
  );
  if (!count || !page) throw new Error('unreachable');
  return {
    label,
    transactions,
    explain: [
      { name: 'page', at: page },
      { name: 'count', at: count },
    ],
    answer: (results) => {
      const rows = rowsAt(results, page);
      const who = names ? namesFrom(rowsAt(results, names)) : new Map<string, string>();
      const ind = indicators
        ? linksFrom(rowsAt(results, indicators), '_indicator_id')
        : new Map<string, string[]>();
      const ast = assets
        ? linksFrom(rowsAt(results, assets), '_asset_id')
        : new Map<string, string[]>();
      return {
        data: {
          timeline: {
            totalCount: Number(rowsAt(results, count)[0]?.['cnt'] ?? 0),
            pageInfo: { hasNextPage: rows.length > TIMELINE_PAGE },
            edges: rows.slice(0, TIMELINE_PAGE).map((r) => {
              const id = String(r['t_id']);
              return {
                node: {
                  id,
                  occurredAt: iso(r['t_occurred_at']),
                  occurredTimeZone: r['t_occurred_time_zone'],
                  recordedAt: iso(r['t_created_at']),
                  kind: r['t_kind'],
                  description: r['t_description'],
                  source: r['t_source'],
                  visibility: r['t_visibility'],
                  recordedByName: who.get(String(r['t_created_by_id'])) ?? null,
                  indicatorIds: ind.get(id) ?? [],
                  assetIds: ast.get(id) ?? [],
                  version: r['t_version'],
                },
              };
            }),
          },
        },
      };
    },
  };
}

/** A plain `http` + `pg` server: GET /<n> replays the n-th of `replays` and answers its JSON. */
function startPlainServer(pool: pg.Pool, replays: Replay[]): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const replayed = req.method === 'GET' ? replays[Number((req.url ?? '').slice(1))] : undefined;
    if (!replayed) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"message":"not found"}]}');
      return;
    }
    replay(pool, replayed.transactions).then(
      (results) => {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(replayed.answer(results)));
      },
      (e: unknown) => {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: errorMessage(e) }] }));
      },
    );
  });
  return listen(server);
}

// ---------------------------------------------------------------------------------------------
// EXPLAIN

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** The plan in one line: each scan, its index, rows per loop and loops. */
function planShape(node: PlanNode): string {
  const scans: string[] = [];
  const walk = (n: PlanNode): void => {
    if (n['Relation Name'] || n['Index Name']) {
      const loops = n['Actual Loops'] ?? 1;
      scans.push(
        `${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}` +
          `${n['Index Name'] ? ` using ${n['Index Name']}` : ''}` +
          ` (${n['Actual Rows'] ?? '?'} rows${loops > 1 ? ` x ${loops} loops` : ''})`,
      );
    }
    for (const child of n.Plans ?? []) walk(child);
  };
  walk(node);
  return `${node['Node Type']}: ${scans.join('; ')}`;
}

/**
 * EXPLAIN (ANALYZE, TIMING OFF) of `statement` as the api runs it: in a transaction that first
 * runs what preceded it in its recorded transaction (the actor's settings), then rolls back.
 * Run twice; the second, warm, run is reported.
 */
async function explainAs(
  pool: pg.Pool,
  prefix: readonly Statement[],
  statement: Statement,
): Promise<{ ms: number; shape: string }> {
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    let result = { ms: NaN, shape: '' };
    for (let i = 0; i < 2; i++) {
      await client.query('BEGIN');
      try {
        for (const s of prefix) {
          if (!/^\s*(START TRANSACTION|BEGIN|COMMIT)\b/i.test(s.sql))
            await client.query(s.sql, s.params);
        }
        const plan = await client.query<{
          'QUERY PLAN': { 'Execution Time': number; Plan: PlanNode }[];
        }>(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${statement.sql}`, statement.params);
        const top = plan.rows[0]?.['QUERY PLAN'][0];
        result = { ms: top?.['Execution Time'] ?? NaN, shape: top ? planShape(top.Plan) : '' };
      } finally {
        await client.query('ROLLBACK');
      }
    }
    return result;
  } catch (e) {
    failed = e instanceof Error ? e : new Error(String(e));
    throw e;
  } finally {
    client.release(failed);
  }
}

async function printExplain(pool: pg.Pool, r: Replay): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const { name, at } of r.explain) {
    const t = r.transactions[at[0]] ?? [];
    const statement = t[at[1]];
    if (!statement) continue;
    const { ms, shape } = await explainAs(pool, t.slice(0, at[1]), statement);
    times.set(name, ms);
    out(`  EXPLAIN ANALYZE (TIMING OFF), ${name} statement: ${ms.toFixed(2)} ms`);
    out(`    ${shape}`);
  }
  return times;
}

/**
 * The list statements in the shape the report recommends for EngagementsService: the page of ids
 * first, from engagements alone (so the open-engagements index gives it in order whatever the
 * planner makes of the row-level security filters), its organisation and commander joined to
 * those 51 rows only; the total counted on engagements alone (the organisation and commander
 * joins are one-to-one and do not change it).
 */
const RECOMMENDED_LIST_STATEMENTS: readonly { name: string; sql: string }[] = [
  {
    name: 'page',
    sql: `SELECT e.*, o.name AS organization_name, c.user_id AS commander_id
          FROM (SELECT id FROM engagements WHERE phase <> 'CLOSED'
                ORDER BY declared_at DESC, id DESC LIMIT ${LIST_PAGE + 1}) p
          JOIN engagements e ON e.id = p.id
          JOIN organizations o ON o.id = e.organization_id
          LEFT JOIN engagement_members c ON c.engagement_id = e.id AND c.role = 'INCIDENT_COMMANDER'
          ORDER BY e.declared_at DESC, e.id DESC`,
  },
  {
    name: 'count',
    sql: `SELECT count(*) AS cnt FROM engagements e WHERE e.phase <> 'CLOSED'`,
  },
];

async function printRecommendedExplain(pool: pg.Pool, r: Replay): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const at = r.explain[0]?.at;
  const prefix = at ? (r.transactions[at[0]] ?? []).slice(0, at[1]) : [];
  for (const { name, sql } of RECOMMENDED_LIST_STATEMENTS) {
    const { ms, shape } = await explainAs(pool, prefix, { sql, params: [] });
    times.set(name, ms);
    out(`  recommended ${name} statement: ${ms.toFixed(2)} ms  (${shape})`);
  }
  return times;
}

// ---------------------------------------------------------------------------------------------
// Load

interface Measurement {
  result: autocannon.Result;
  mismatchCause?: string;
}

async function freshAnswer(target: Target): Promise<string> {
  const { status, text } = await fetchText(target);
  if (status !== 200) throw new Error(`${target.label}: HTTP ${status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  if (body.errors?.length) {
    throw new Error(`${target.label}: errors: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  return text;
}

/** Waits until neither the api nor PostgreSQL is still busy with an earlier run. */
type Quiet = () => Promise<void>;

async function measure(
  target: Target,
  options: BenchOptions,
  quiet: Quiet,
  connections: number,
  warmupSeconds: number,
): Promise<Measurement> {
  const base = {
    workers: options.workers,
    timeoutSeconds: REQUEST_TIMEOUT_SECONDS,
    connections,
  };
  await quiet();
  if (warmupSeconds > 0) {
    out(`  ${target.label}, ${connections} connection(s): warming up for ${warmupSeconds} s...`);
    await load(target, { ...base, seconds: warmupSeconds, expectBody: await freshAnswer(target) });
    await quiet();
  }
  out(
    `  ${target.label}, ${connections} connection(s): measuring for ${options.durationSeconds} s...`,
  );
  const expected = await freshAnswer(target);
  const result = await load(target, {
    ...base,
    seconds: options.durationSeconds,
    expectBody: expected,
  });
  if (!result.mismatches) return { result };
  const after = await freshAnswer(target);
  return {
    result,
    mismatchCause:
      after === expected
        ? 'the answer is the same before and after the run, so those were WRONG ANSWERS'
        : 'the data changed during the run (someone else writing?)',
  };
}

function ratioOf(graphql: autocannon.Result, plain: autocannon.Result): number {
  return plain.requests.average > 0 ? graphql.requests.average / plain.requests.average : NaN;
}

function pct(ratio: number): string {
  return Number.isNaN(ratio) ? 'n/a' : `${(ratio * 100).toFixed(1)} %`;
}

function p99Under(r: autocannon.Result, ms: number): boolean {
  return r['2xx'] > 0 && r.latency.p99 < ms;
}

/** Plain and GraphQL for one request, at BENCH_CONNECTIONS and at one connection. */
async function compare(
  options: BenchOptions,
  quiet: Quiet,
  plain: Target,
  graphql: Target,
): Promise<{
  runs: [string, Measurement][];
  plainN: Measurement;
  graphqlN: Measurement;
  plain1: Measurement;
  graphql1: Measurement;
}> {
  const plainN = await measure(plain, options, quiet, options.connections, options.warmupSeconds);
  const graphqlN = await measure(
    graphql,
    options,
    quiet,
    options.connections,
    options.warmupSeconds,
  );
  const plain1 = await measure(plain, options, quiet, 1, 0);
  const graphql1 = await measure(graphql, options, quiet, 1, 0);
  out();
  printResults([
    [`plain ${options.connections}c`, plainN.result],
    [`GraphQL ${options.connections}c`, graphqlN.result],
    ['plain 1c', plain1.result],
    ['GraphQL 1c', graphql1.result],
  ]);
  return {
    plainN,
    graphqlN,
    plain1,
    graphql1,
    runs: [
      [`plain pg, ${options.connections} connections`, plainN],
      [`GraphQL, ${options.connections} connections`, graphqlN],
      ['plain pg, 1 connection', plain1],
      ['GraphQL, 1 connection', graphql1],
    ],
  };
}

function printMismatches(runs: [string, Measurement][]): void {
  for (const [name, run] of runs) {
    if (run.mismatchCause) {
      out(`Body mismatches (${name}, ${run.result.mismatches}): ${run.mismatchCause}.`);
    }
  }
}

/**
 * Captures the statements of the api's first answer to `graphql`, builds the replaying baseline
 * from them and checks both answer the same.
 */
async function prepare(
  graphql: Target,
  quiet: Quiet,
  build: (captured: CapturedStatement[]) => Replay,
): Promise<{ replay: Replay; firstAnswer: unknown; statements: CapturedStatement[] }> {
  // Nothing else may be running while the api's statements are recorded.
  await quiet();
  const { result, statements } = await captureStatements(() => fetchText(graphql));
  if (result.status !== 200) {
    throw new Error(`${graphql.label}: HTTP ${result.status}: ${result.text.slice(0, 300)}`);
  }
  const firstAnswer = JSON.parse(result.text) as { errors?: { message: string }[] };
  if (firstAnswer.errors?.length) {
    throw new Error(
      `${graphql.label}: errors: ${firstAnswer.errors.map((e) => e.message).join('; ')}`,
    );
  }
  return { replay: build(statements), firstAnswer, statements };
}

function describeStatements(statements: CapturedStatement[]): string {
  const groups = transactionsOf(statements);
  const sqlMs = statements.reduce((sum, s) => sum + s.ms, 0);
  return (
    `${statements.length} statements in ${groups.length} transaction(s) ` +
    `(${groups.map((g) => g.map((s) => s.sql.trim().split(/\s+/)[0] ?? '?').join(' ')).join(' | ')}); ` +
    `${sqlMs.toFixed(1)} ms of round trips on the first (cold) request`
  );
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (d) return d;
    }
  }
  return `${path || '(root)'}: GraphQL ${JSON.stringify(a)?.slice(0, 120)} vs plain ${JSON.stringify(b)?.slice(0, 120)}`;
}

// ---------------------------------------------------------------------------------------------
// (a) The consultant workspace list

interface ListSummary {
  who: string;
  plainN: autocannon.Result;
  graphqlN: autocannon.Result;
  graphql1: autocannon.Result;
  best: [number, autocannon.Result] | undefined;
  explain: Map<string, number>;
}

async function benchList(
  options: BenchOptions,
  pool: pg.Pool,
  quiet: Quiet,
  graphqlUrl: string,
  who: string,
  token: string,
): Promise<ListSummary> {
  out(
    `\n== (a) Workspace list: engagements(first: ${LIST_PAGE}, filter: { open: true }) as ${who}`,
  );
  const graphql: Target = {
    label: 'GraphQL',
    url: graphqlUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: LIST_QUERY }),
  };
  const {
    replay: replayed,
    firstAnswer,
    statements,
  } = await prepare(graphql, quiet, (c) => listReplay(who, c));
  out(`The api sent ${describeStatements(statements)}; the baseline replays them all verbatim.`);
  const server = await startPlainServer(pool, [replayed]);
  try {
    const plain: Target = {
      label: 'plain pg',
      url: `http://127.0.0.1:${portOf(server)}/0`,
      method: 'GET',
      headers: {},
    };
    const plainAnswer = JSON.parse(await freshAnswer(plain)) as unknown;
    const diff = firstDifference(firstAnswer, plainAnswer);
    if (diff) throw new Error(`the baseline and GraphQL answered differently at ${diff}`);
    const list = (
      firstAnswer as {
        data: {
          engagements: {
            totalCount: number;
            edges: { node: { commanderName: string | null; nextUpdateDueAt: string | null } }[];
          };
        };
      }
    ).data.engagements;
    const now = Date.now();
    out(
      `First answers agree: ${list.edges.length} of ${list.totalCount} open engagements, ` +
        `${list.edges.filter((e) => e.node.commanderName).length} with a commander, ` +
        `${list.edges.filter((e) => e.node.nextUpdateDueAt && Date.parse(e.node.nextUpdateDueAt) < now).length} with the client update overdue.`,
    );
    const explain = await printExplain(pool, replayed);
    await printRecommendedExplain(pool, replayed);

    out(
      `\nLoad: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s per run, ` +
        `${options.workers > 0 ? `${options.workers} autocannon worker thread(s)` : 'autocannon on the main thread'}, ` +
        'closed loop; responses must equal an answer taken just before each run.',
    );
    out(`${machineLoad()} before the load.`);
    const c = await compare(options, quiet, plain, graphql);
    const ratio = ratioOf(c.graphqlN.result, c.plainN.result);
    out(
      `\nGraphQL / plain throughput at ${options.connections} connections: ${pct(ratio)} ` +
        `(target >= ${TARGET_THROUGHPUT_RATIO * 100} %): ${verdict(ratio >= TARGET_THROUGHPUT_RATIO)}`,
    );
    out(
      `GraphQL p99 at ${options.connections} connections: ${p99Text(c.graphqlN.result)}; ` +
        `with one connection: ${p99Text(c.graphql1.result)} (the plain baseline's: ` +
        `${p99Text(c.plainN.result)} and ${p99Text(c.plain1.result)})`,
    );

    const sweep: [number, Measurement][] = [];
    if (options.sweep.length > 0) {
      out(`\nGraphQL between one connection and saturation, ${options.durationSeconds} s each:`);
      for (const connections of options.sweep) {
        sweep.push([connections, await measure(graphql, options, quiet, connections, 1)]);
      }
    }
    const all: [number, autocannon.Result][] = [
      [1, c.graphql1.result],
      ...sweep.map(([n, m]): [number, autocannon.Result] => [n, m.result]),
      [options.connections, c.graphqlN.result],
    ];
    all.sort((x, y) => x[0] - y[0]);
    out('connections   requests/s   p50 ms   p99 ms   p99 < 50 ms');
    for (const [n, r] of all) {
      out(
        `${String(n).padStart(11)}   ${r.requests.average.toFixed(1).padStart(10)}   ` +
          `${r.latency.p50.toFixed(1).padStart(6)}   ${r.latency.p99.toFixed(1).padStart(6)}   ` +
          `${p99Under(r, TARGET_P99_MS) ? 'yes' : 'no'}`,
      );
    }
    // The highest load at which p99 is under target, every lighter load being under it too.
    let best: [number, autocannon.Result] | undefined;
    for (const entry of all) {
      if (!p99Under(entry[1], TARGET_P99_MS)) break;
      best = entry;
    }
    out(
      best
        ? `GraphQL p99 < ${TARGET_P99_MS} ms: ${verdict(true)} up to ${best[0]} concurrent connection(s) ` +
            `(${best[1].requests.average.toFixed(1)} req/s, p99 ${best[1].latency.p99.toFixed(1)} ms)` +
            `${best[0] < options.connections ? '; beyond, requests queue and p99 grows with the queue' : ''}.`
        : `GraphQL p99 < ${TARGET_P99_MS} ms: ${verdict(false)} at every load measured, even one connection.`,
    );
    printMismatches([
      ...c.runs,
      ...sweep.map(([n, m]): [string, Measurement] => [`GraphQL, ${n} connections`, m]),
    ]);
    out(`${machineLoad()} after.`);
    await quiet();
    return {
      who,
      plainN: c.plainN.result,
      graphqlN: c.graphqlN.result,
      graphql1: c.graphql1.result,
      best,
      explain,
    };
  } finally {
    await closeServer(server);
  }
}

// ---------------------------------------------------------------------------------------------
// (b) One engagement's timeline

interface TimelineSummary {
  page: string;
  plainN: autocannon.Result;
  graphqlN: autocannon.Result;
  plain1: autocannon.Result;
  graphql1: autocannon.Result;
  explain: Map<string, number>;
}

interface BigEngagement {
  id: string;
  reference: string;
  organization_name: string;
  events: number;
  commander_email: string | null;
}

async function biggestTimeline(owner: pg.Client): Promise<BigEngagement> {
  return asProvider(owner, async () => {
    // One pass over the events (hash aggregate) rather than a probe per engagement.
    await owner.query('SET LOCAL enable_nestloop = off');
    const { rows } = await owner.query<BigEngagement>(
      `WITH top AS (
         SELECT engagement_id, count(*)::int AS events FROM timeline_events
         GROUP BY engagement_id ORDER BY count(*) DESC, engagement_id LIMIT 1)
       SELECT e.id, e.reference, o.name AS organization_name, top.events,
              (SELECT u.email FROM engagement_members m JOIN users u ON u.id = m.user_id
               WHERE m.engagement_id = e.id AND m.role = 'INCIDENT_COMMANDER') AS commander_email
       FROM top JOIN engagements e ON e.id = top.engagement_id
       JOIN organizations o ON o.id = e.organization_id`,
    );
    const row = rows[0];
    if (!row) throw new Error('no timeline events: the generation did not run');
    return row;
  });
}

async function cursorAt(owner: pg.Client, engagementId: string, offset: number): Promise<string> {
  return asProvider(owner, async () => {
    const { rows } = await owner.query<{ occurred_at: Date; id: string }>(
      `SELECT occurred_at, id FROM timeline_events WHERE engagement_id = $1
       ORDER BY occurred_at, id OFFSET $2 LIMIT 1`,
      [engagementId, offset],
    );
    const row = rows[0];
    if (!row) throw new Error(`no event at position ${offset}`);
    return encodeCursor({ sort: row.occurred_at.toISOString(), id: row.id });
  });
}

async function benchTimeline(
  options: BenchOptions,
  pool: pg.Pool,
  quiet: Quiet,
  owner: pg.Client,
  graphqlUrl: string,
): Promise<TimelineSummary[]> {
  const big = await biggestTimeline(owner);
  const who = big.commander_email;
  if (!who || !benchConsultantEmails().includes(who)) {
    throw new Error(`${big.reference}'s commander is ${who ?? 'nobody'}, not a bench consultant`);
  }
  const token = await login(graphqlUrl, who);
  const deep = Math.floor(big.events * 0.75);
  const pages: [string, string | null][] = [
    ['first page', null],
    [`after event ${deep}`, await cursorAt(owner, big.id, deep - 1)],
  ];
  out(
    `\n== (b) Timeline: timeline(engagementId, first: ${TIMELINE_PAGE}) of ${big.reference} ` +
      `(${big.organization_name}, ${big.events} events, the most of any engagement) as its ` +
      `incident commander ${who}`,
  );
  const summaries: TimelineSummary[] = [];
  for (const [page, after] of pages) {
    out(`\n-- ${page}`);
    const graphql: Target = {
      label: 'GraphQL',
      url: graphqlUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: TIMELINE_QUERY, variables: { id: big.id, after } }),
    };
    const {
      replay: replayed,
      firstAnswer,
      statements,
    } = await prepare(graphql, quiet, (c) => timelineReplay(page, c));
    out(`The api sent ${describeStatements(statements)}; the baseline replays them all verbatim.`);
    const server = await startPlainServer(pool, [replayed]);
    try {
      const plain: Target = {
        label: 'plain pg',
        url: `http://127.0.0.1:${portOf(server)}/0`,
        method: 'GET',
        headers: {},
      };
      const plainAnswer = JSON.parse(await freshAnswer(plain)) as unknown;
      const diff = firstDifference(firstAnswer, plainAnswer);
      if (diff) throw new Error(`the baseline and GraphQL answered differently at ${diff}`);
      const t = (
        firstAnswer as {
          data: {
            timeline: {
              totalCount: number;
              edges: { node: { occurredAt: string; visibility: string } }[];
            };
          };
        }
      ).data.timeline;
      out(
        `First answers agree: ${t.edges.length} of ${t.totalCount} events, from ` +
          `${t.edges[0]?.node.occurredAt ?? '-'}, ${t.edges.filter((e) => e.node.visibility === Visibility.CLIENT).length} client-visible.`,
      );
      const explain = await printExplain(pool, replayed);
      out(`${machineLoad()} before the load.`);
      const c = await compare(options, quiet, plain, graphql);
      out(
        `\nGraphQL / plain throughput at ${options.connections} connections: ` +
          `${pct(ratioOf(c.graphqlN.result, c.plainN.result))}; GraphQL p99 ${p99Text(c.graphqlN.result)} ` +
          `(one connection: ${p99Text(c.graphql1.result)}).`,
      );
      printMismatches(c.runs);
      summaries.push({
        page,
        plainN: c.plainN.result,
        graphqlN: c.graphqlN.result,
        plain1: c.plain1.result,
        graphql1: c.graphql1.result,
        explain,
      });
    } finally {
      await closeServer(server);
    }
  }
  out(`${machineLoad()} after.`);
  return summaries;
}

// ---------------------------------------------------------------------------------------------
// (c) Fan-out of a client update to open subscriptions

interface SubscriberSpec {
  email: string;
  token: string;
  client: boolean;
}

interface FanoutInput {
  role: typeof FANOUT_ROLE;
  wsUrl: string;
  engagementId: string;
  subscribers: SubscriberSpec[];
  redisUrl: string;
  channel: string;
}

type ToWorker = { type: 'finish'; updateIds: string[]; waitMs: number };

interface FanoutWorkerResult {
  /** Per subscriber: CLIENT_UPDATE id → monotonic arrival times (more than one: a duplicate). */
  arrivals: Record<string, number[]>[];
  /** When the activity's message came out of Redis, by CLIENT_UPDATE id. */
  redis: Record<string, number>;
  /** Per subscriber: subscribed (received a probe), and the error it got, if any. */
  ready: boolean[];
  errors: (string | null)[];
  kinds: Record<string, number>;
  /** Internal timeline events a client subscriber received (must be 0). */
  leaked: number;
  /** Internal timeline events provider subscribers received. */
  internalToProviders: number;
  /** Event-loop utilisation of the worker while measuring. */
  busy: number;
}

type FromWorker =
  | { type: 'opened'; ms: number }
  | { type: 'ready'; ms: number; ready: number; failed: number }
  | { type: 'result'; result: FanoutWorkerResult }
  | { type: 'failed'; message: string };

interface ActivityMessage {
  engagementActivity?: {
    kind: string;
    clientUpdate: { id: string } | null;
    timelineEvent: { id: string; visibility: string } | null;
  } | null;
}

/** The worker thread: opens the subscriptions and timestamps what arrives. */
async function runSubscribers(input: FanoutInput): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const started = monotonicMs();
  const n = input.subscribers.length;
  const arrivals: Record<string, number[]>[] = input.subscribers.map(() => ({}));
  const ready: boolean[] = input.subscribers.map(() => false);
  const errors: (string | null)[] = input.subscribers.map(() => null);
  const kinds: Record<string, number> = {};
  const redisArrivals: Record<string, number> = {};
  let leaked = 0;
  let internalToProviders = 0;
  let settled = 0;
  let readySent = false;
  const settle = (): void => {
    settled++;
    if (!readySent && settled === n) {
      readySent = true;
      port.postMessage({
        type: 'ready',
        ms: monotonicMs() - started,
        ready: ready.filter(Boolean).length,
        failed: errors.filter(Boolean).length,
      } satisfies FromWorker);
    }
  };

  // Straight from Redis: when the api published each activity.
  const redis = new Redis(input.redisUrl);
  redis.on('message', (_channel: string, message: string) => {
    const at = monotonicMs();
    try {
      const activity = JSON.parse(message) as { kind?: string; item?: { id?: string } };
      if (activity.kind === 'CLIENT_UPDATE' && activity.item?.id)
        redisArrivals[activity.item.id] ??= at;
    } catch {
      // not ours
    }
  });
  await redis.subscribe(input.channel);

  const clients: WsClient[] = [];
  for (let i = 0; i < n; i++) {
    const spec = input.subscribers[i];
    if (!spec) continue;
    const client = createClient({
      url: input.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${spec.token}` },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    client.subscribe<ActivityMessage>(
      { query: ACTIVITY_SUBSCRIPTION, variables: { id: input.engagementId } },
      {
        next: (result) => {
          const at = monotonicMs();
          if (result.errors?.length && !errors[i]) {
            errors[i] = result.errors.map((e) => e.message).join('; ');
          }
          const activity = result.data?.engagementActivity;
          if (!activity) return;
          kinds[activity.kind] = (kinds[activity.kind] ?? 0) + 1;
          if (!ready[i]) {
            ready[i] = true;
            settle();
          }
          const id = activity.clientUpdate?.id;
          const mine = arrivals[i];
          if (activity.kind === 'CLIENT_UPDATE' && id && mine) (mine[id] ??= []).push(at);
          if (activity.timelineEvent?.visibility === Visibility.INTERNAL) {
            if (spec.client) leaked++;
            else internalToProviders++;
          }
        },
        error: (e: unknown) => {
          const message = Array.isArray(e)
            ? e.map((x: { message?: string }) => x.message ?? String(x)).join('; ')
            : e instanceof Error
              ? e.message
              : typeof e === 'object' && e !== null && 'reason' in e
                ? `closed: ${String((e as { code?: number }).code)} ${String((e as { reason?: string }).reason)}`
                : String(e);
          if (!errors[i]) errors[i] = message;
          if (!ready[i]) settle();
        },
        complete: () => undefined,
      },
    );
    // A little at a time, as people would open their pages.
    if (i % 50 === 49) await sleep(20);
  }
  port.postMessage({ type: 'opened', ms: monotonicMs() - started } satisfies FromWorker);

  port.on('message', (message: ToWorker) => {
    if (message.type !== 'finish') return;
    void (async () => {
      const deadline = monotonicMs() + message.waitMs;
      const complete = (): boolean =>
        ready.every(
          (ok, i) => !ok || message.updateIds.every((id) => (arrivals[i]?.[id]?.length ?? 0) > 0),
        );
      while (!complete() && monotonicMs() < deadline) await sleep(50);
      await sleep(200); // late duplicates, if any
      port.postMessage({
        type: 'result',
        result: {
          arrivals,
          redis: redisArrivals,
          ready,
          errors,
          kinds,
          leaked,
          internalToProviders,
          busy: performance.eventLoopUtilization().utilization,
        },
      } satisfies FromWorker);
      for (const c of clients) void c.dispose();
      await redis.quit();
      port.close();
    })();
  });
}

/** Messages from the subscribers' worker, awaited by type. */
function workerInbox(
  worker: Worker,
): <T extends FromWorker['type']>(
  type: T,
  timeoutMs: number,
) => Promise<Extract<FromWorker, { type: T }>> {
  const received: FromWorker[] = [];
  const waiting: (() => void)[] = [];
  let failure: Error | null = null;
  const wake = (): void => {
    for (const w of waiting.splice(0)) w();
  };
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'failed') failure = new Error(`subscribers' worker: ${m.message}`);
    else received.push(m);
    wake();
  });
  worker.on('error', (e) => {
    failure = e;
    wake();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`subscribers' worker exited (code ${code})`);
    wake();
  });
  return async (type, timeoutMs) => {
    const until = monotonicMs() + timeoutMs;
    for (;;) {
      const i = received.findIndex((m) => m.type === type);
      if (i >= 0) return received.splice(i, 1)[0] as Extract<FromWorker, { type: typeof type }>;
      if (failure) throw failure;
      const left = until - monotonicMs();
      if (left <= 0)
        throw new Error(`no "${type}" from the subscribers' worker in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
}

interface FanoutEngagement {
  id: string;
  reference: string;
  organization_id: string;
  organization_name: string;
  events: number;
  commander_email: string | null;
  title: string;
  severity: string;
  phase: string;
  version: number;
  acknowledged_at: Date | null;
  contained_at: Date | null;
  recovered_at: Date | null;
  closed_at: Date | null;
  last_client_update_at: Date | null;
  next_update_due_at: Date | null;
}

/** The open bench engagement with the most timeline events: an incident in full swing. */
async function fanoutEngagement(owner: pg.Client): Promise<FanoutEngagement> {
  return asProvider(owner, async () => {
    const { rows } = await owner.query<FanoutEngagement>(
      `SELECT e.id, e.reference, e.organization_id, o.name AS organization_name, e.title,
              e.severity, e.phase, e.version, e.acknowledged_at, e.contained_at, e.recovered_at,
              e.closed_at, e.last_client_update_at, e.next_update_due_at,
              (SELECT count(*) FROM timeline_events t WHERE t.engagement_id = e.id)::int AS events,
              (SELECT u.email FROM engagement_members m JOIN users u ON u.id = m.user_id
               WHERE m.engagement_id = e.id AND m.role = 'INCIDENT_COMMANDER') AS commander_email
       FROM engagements e JOIN organizations o ON o.id = e.organization_id
       WHERE e.phase <> 'CLOSED' AND e.internal_notes = $1
       ORDER BY events DESC, e.id LIMIT 1`,
      [BENCH_ENGAGEMENT_NOTE],
    );
    const row = rows[0];
    if (!row) throw new Error('no open bench engagement');
    return row;
  });
}

interface GraphQLReply<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLReply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLReply<T>;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}

function statsText(s: Stats): string {
  return s.n
    ? `p50 ${s.p50.toFixed(1)}, p95 ${s.p95.toFixed(1)}, p99 ${s.p99.toFixed(1)}, max ${s.max.toFixed(1)} ms (${s.n})`
    : 'none';
}

interface FanoutSummary {
  subscribers: number;
  updates: number;
  endToEnd: Stats;
  exactlyOnce: boolean;
  missing: number;
  duplicates: number;
  /** The internal probe reached every provider subscription and no client one. */
  visibilityOk: boolean;
}

async function benchFanout(
  options: BenchOptions,
  app: INestApplication,
  config: VigilConfig,
  owner: pg.Client,
  graphqlUrl: string,
): Promise<FanoutSummary> {
  const e = await fanoutEngagement(owner);
  const commander = e.commander_email;
  if (!commander || !benchConsultantEmails().includes(commander)) {
    throw new Error(
      `${e.reference}'s commander is ${commander ?? 'nobody'}, not a bench consultant`,
    );
  }
  const providerCount = Math.max(1, Math.round(options.subscribers * PROVIDER_SHARE));
  const clientCount = options.subscribers - providerCount;
  out(
    `\n== (c) Fan-out: ${options.subscribers} engagementActivity subscriptions on ${e.reference} ` +
      `(${e.organization_name}, ${e.phase}, ${e.events} events), ${options.updates} client updates ` +
      `published by its incident commander ${commander}`,
  );
  const clients = await ensureClientUsers(config.databaseOwnerUrl, e.organization_id, clientCount);
  const providerEmails = [...benchConsultantEmails(), ADMIN_EMAIL, BENCH_ACCOUNT_MANAGER_EMAIL];
  const specs: { email: string; client: boolean }[] = [
    ...Array.from({ length: providerCount }, (_, i) => ({
      email: providerEmails[i % providerEmails.length] ?? ADMIN_EMAIL,
      client: false,
    })),
    ...clients.emails.slice(0, clientCount).map((email) => ({ email, client: true })),
  ];
  out(
    `Subscribers: ${providerCount} provider staff (${providerEmails.length} people, several tabs each) ` +
      `and ${clientCount} client users of ${e.organization_name}, one each ` +
      `(${clients.created} bench viewers created for this run, all ${clients.emails.length} ` +
      'active client users get an in-app notification per update).',
  );
  const signInStarted = monotonicMs();
  const tokens = await loginAll(graphqlUrl, [commander, ...specs.map((s) => s.email)]);
  out(
    `Signed in ${tokens.size} people through the login mutation in ` +
      `${((monotonicMs() - signInStarted) / 1000).toFixed(1)} s.`,
  );
  const commanderToken = tokens.get(commander) ?? '';

  const input: FanoutInput = {
    role: FANOUT_ROLE,
    wsUrl: `${graphqlUrl.replace(/^http/, 'ws')}`,
    engagementId: e.id,
    subscribers: specs.map((s) => ({ ...s, token: tokens.get(s.email) ?? '' })),
    redisUrl: config.redisUrl,
    channel: channel(config, `engagement.${e.id}`),
  };
  out(
    'The subscribers run in a worker thread: their own event loop and V8 heap, so reading and ' +
      'parsing every frame neither queues behind the api (this thread) nor holds it up, beyond ' +
      'sharing the CPUs; arrival times come from process.hrtime (CLOCK_MONOTONIC), the clock the ' +
      'publisher reads here. A child process would separate them no better on two cores and would ' +
      'add its own start-up and IPC.',
  );
  const worker = new Worker(__filename, { workerData: input });
  const inbox = workerInbox(worker);
  const pubSub = app.get<LiveEvents>(PUB_SUB, { strict: false });
  try {
    const opened = await inbox('opened', 60_000 + options.subscribers * 100);
    // Probe until every subscription is live: an ENGAGEMENT activity carrying the engagement as
    // it is, published to its channel the way EngagementEvents does (the api's own fan-out).
    const probe = {
      kind: 'ENGAGEMENT',
      engagementId: e.id,
      organizationId: e.organization_id,
      visibility: Visibility.CLIENT,
      audienceUserId: null,
      item: {
        id: e.id,
        title: e.title,
        severity: e.severity,
        phase: e.phase,
        version: e.version,
        acknowledgedAt: iso(e.acknowledged_at),
        containedAt: iso(e.contained_at),
        recoveredAt: iso(e.recovered_at),
        closedAt: iso(e.closed_at),
        lastClientUpdateAt: iso(e.last_client_update_at),
        nextUpdateDueAt: iso(e.next_update_due_at),
      },
    };
    let probing = true;
    const probes = (async () => {
      while (probing) {
        await pubSub.publish(input.channel, probe);
        await sleep(250);
      }
    })();
    let ready: Extract<FromWorker, { type: 'ready' }>;
    try {
      ready = await inbox('ready', 60_000 + options.subscribers * 100);
    } finally {
      probing = false;
      await probes;
    }
    out(
      `Asked for ${options.subscribers} subscriptions (one WebSocket each) in ${(opened.ms / 1000).toFixed(1)} s; ` +
        `${ready.ready} subscriptions live (each received a probe) after ${(ready.ms / 1000).toFixed(1)} s, ` +
        `${ready.failed} refused.`,
    );
    if (ready.ready === 0) throw new Error('no subscription went live');
    await sleep(500);

    out(`${machineLoad()} before publishing.`);
    const records: { id: string; t0: number; t1: number; error: string | null }[] = [];
    const loopBefore = performance.eventLoopUtilization();
    let lastStart = 0;
    for (let k = 1; k <= options.updates; k++) {
      const draft = await gql<{ draftClientUpdate: { id: string; version: number } }>(
        graphqlUrl,
        commanderToken,
        DRAFT_MUTATION,
        {
          id: e.id,
          know: `Benchmark update ${k}: ${new Date().toISOString()}. Scope unchanged.`,
          did: 'Reviewed new EDR alerts; no further spread.',
          next: 'Continue the forensic timeline.',
        },
      );
      const d = draft.data?.draftClientUpdate;
      if (!d) {
        throw new Error(
          `draftClientUpdate failed: ${draft.errors?.map((x) => x.message).join('; ') ?? 'no data'}`,
        );
      }
      const wait = lastStart + options.updateSpacingMs - monotonicMs();
      if (wait > 0) await sleep(wait);
      const nextBy = new Date(Date.now() + 4 * 3600_000).toISOString();
      const t0 = monotonicMs();
      lastStart = t0;
      const published = await gql<{ publishClientUpdate: { id: string; status: string } }>(
        graphqlUrl,
        commanderToken,
        PUBLISH_MUTATION,
        { id: d.id, v: d.version, by: nextBy },
      );
      const t1 = monotonicMs();
      const ok = published.data?.publishClientUpdate?.status === 'PUBLISHED';
      records.push({
        id: d.id,
        t0,
        t1,
        error: ok ? null : (published.errors?.map((x) => x.message).join('; ') ?? 'no data'),
      });
    }
    const apiBusy = performance.eventLoopUtilization(loopBefore).utilization;
    // An internal timeline event on the same channel: provider staff must get it, clients not.
    await pubSub.publish(input.channel, {
      kind: 'TIMELINE_EVENT',
      engagementId: e.id,
      organizationId: e.organization_id,
      visibility: Visibility.INTERNAL,
      audienceUserId: null,
      item: { id: '00000000-0000-4000-8000-000000000000', visibility: Visibility.INTERNAL },
    });
    await sleep(500);
    const publishedIds = records.filter((r) => !r.error).map((r) => r.id);
    worker.postMessage({
      type: 'finish',
      updateIds: publishedIds,
      waitMs: 30_000,
    } satisfies ToWorker);
    const { result } = await inbox('result', 60_000);
    out(`${machineLoad()} after.`);

    // Figures
    const live = result.ready.map((ok, i) => (ok ? i : -1)).filter((i) => i >= 0);
    const endToEnd: number[] = [];
    const fromRedis: number[] = [];
    const byGroup = { provider: [] as number[], client: [] as number[] };
    let missing = 0;
    let duplicates = 0;
    for (const r of records.filter((x) => !x.error)) {
      const redisAt = result.redis[r.id];
      for (const i of live) {
        const times = result.arrivals[i]?.[r.id] ?? [];
        if (!times.length) {
          missing++;
          continue;
        }
        duplicates += times.length - 1;
        const at = times[0] ?? 0;
        endToEnd.push(at - r.t0);
        (input.subscribers[i]?.client ? byGroup.client : byGroup.provider).push(at - r.t0);
        if (redisAt !== undefined) fromRedis.push(at - redisAt);
      }
    }
    out('\n update   publish mutation   in Redis after   first / last subscriber');
    records.forEach((r, k) => {
      const redisAt = result.redis[r.id];
      const times = live
        .map((i) => result.arrivals[i]?.[r.id]?.[0])
        .filter((t): t is number => t !== undefined);
      out(
        `${String(k + 1).padStart(7)}   ${(r.t1 - r.t0).toFixed(1).padStart(13)} ms   ` +
          `${redisAt !== undefined ? `${(redisAt - r.t0).toFixed(1).padStart(11)} ms` : '          -   '}   ` +
          (times.length
            ? `${(Math.min(...times) - r.t0).toFixed(1)} / ${(Math.max(...times) - r.t0).toFixed(1)} ms`
            : '-') +
          (r.error ? `  FAILED: ${r.error}` : ''),
      );
    });
    const mutation = stats(records.map((r) => r.t1 - r.t0));
    const toRedis = stats(
      records
        .map((r) => (result.redis[r.id] !== undefined ? (result.redis[r.id] ?? 0) - r.t0 : NaN))
        .filter((v) => !Number.isNaN(v)),
    );
    const e2e = stats(endToEnd);
    out();
    out(`publish mutation round trip:                      ${statsText(mutation)}`);
    out(`publish mutation sent -> activity out of Redis:   ${statsText(toRedis)}`);
    out(`activity out of Redis -> subscriber (api fan-out): ${statsText(stats(fromRedis))}`);
    out(`publish mutation sent -> subscriber, all:          ${statsText(e2e)}`);
    out(`  provider staff:                                 ${statsText(stats(byGroup.provider))}`);
    out(`  client users:                                   ${statsText(stats(byGroup.client))}`);
    out(
      `Fan-out p99 (target < ${TARGET_FANOUT_P99_MS} ms): ${e2e.n ? `${e2e.p99.toFixed(1)} ms` : 'n/a'}: ` +
        `${verdict(e2e.n > 0 && e2e.p99 < TARGET_FANOUT_P99_MS)}`,
    );
    const refused = result.errors.filter(Boolean);
    const exactlyOnce =
      missing === 0 &&
      duplicates === 0 &&
      refused.length === 0 &&
      live.length === options.subscribers &&
      publishedIds.length === options.updates;
    out(
      `Every subscriber got every update exactly once: ${exactlyOnce ? 'yes' : 'NO'} ` +
        `(${live.length} of ${options.subscribers} subscriptions live, ${publishedIds.length} of ` +
        `${options.updates} updates published, ${missing} deliveries missing, ${duplicates} duplicated, ` +
        `${refused.length} subscriptions refused or closed)`,
    );
    if (refused.length) out(`  e.g. ${refused[0] ?? ''}`);
    out(
      `Activities received: ${Object.entries(result.kinds)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')} (ENGAGEMENT: the probes and each publish's status change).`,
    );
    out(
      `Internal timeline probe: received by ${result.internalToProviders} of ${providerCount} ` +
        `provider subscriptions and ${result.leaked} of ${clientCount} client ones (must be 0): ` +
        `${result.leaked === 0 && result.internalToProviders === providerCount ? 'OK' : 'WRONG'}.`,
    );
    out(
      `Event loops while publishing: api (main thread) ${(apiBusy * 100).toFixed(0)} % busy, ` +
        `subscribers' worker ${(result.busy * 100).toFixed(0)} % over its life.`,
    );
    return {
      subscribers: options.subscribers,
      updates: options.updates,
      endToEnd: e2e,
      exactlyOnce,
      missing,
      duplicates,
      visibilityOk: result.leaked === 0 && result.internalToProviders === providerCount,
    };
  } finally {
    await worker.terminate();
  }
}

// ---------------------------------------------------------------------------------------------

function printSummary(figures: Figure[]): void {
  out('\n== Summary');
  const w = [Math.max(6, ...figures.map((f) => f.figure.length)), 22, 12];
  out(
    `${'figure'.padEnd(w[0] ?? 0)}  ${'measured'.padStart(w[1] ?? 0)}  ${'target'.padStart(w[2] ?? 0)}  verdict`,
  );
  for (const f of figures) {
    out(
      `${f.figure.padEnd(w[0] ?? 0)}  ${f.measured.padStart(w[1] ?? 0)}  ${f.target.padStart(w[2] ?? 0)}  ${f.verdict}`,
    );
  }
}

function listFigures(s: ListSummary, options: BenchOptions): Figure[] {
  const ratio = ratioOf(s.graphqlN, s.plainN);
  return [
    {
      figure: `(a) list as ${s.who}: GraphQL p99, ${options.connections} conn.`,
      measured: `${s.graphqlN.latency.p99.toFixed(1)} ms`,
      target: `< ${TARGET_P99_MS} ms`,
      verdict: verdict(p99Under(s.graphqlN, TARGET_P99_MS)),
    },
    {
      figure: `(a) list as ${s.who}: GraphQL p99, 1 conn.`,
      measured: `${s.graphql1.latency.p99.toFixed(1)} ms`,
      target: `< ${TARGET_P99_MS} ms`,
      verdict: verdict(p99Under(s.graphql1, TARGET_P99_MS)),
    },
    {
      figure: `(a) list as ${s.who}: most connections with p99 < ${TARGET_P99_MS} ms`,
      measured: s.best ? `${s.best[0]} (${s.best[1].requests.average.toFixed(0)} req/s)` : 'none',
      target: '-',
      verdict: '',
    },
    {
      figure: `(a) list as ${s.who}: GraphQL / plain req/s`,
      measured: `${s.graphqlN.requests.average.toFixed(1)} / ${s.plainN.requests.average.toFixed(1)} = ${pct(ratio)}`,
      target: `>= ${TARGET_THROUGHPUT_RATIO * 100} %`,
      verdict: verdict(ratio >= TARGET_THROUGHPUT_RATIO),
    },
  ];
}

function timelineFigures(s: TimelineSummary, options: BenchOptions): Figure[] {
  return [
    {
      figure: `(b) timeline ${s.page}: GraphQL / plain req/s, ${options.connections} conn.`,
      measured: `${s.graphqlN.requests.average.toFixed(1)} / ${s.plainN.requests.average.toFixed(1)} = ${pct(ratioOf(s.graphqlN, s.plainN))}`,
      target: '(none)',
      verdict: '',
    },
    {
      figure: `(b) timeline ${s.page}: GraphQL / plain p99, ${options.connections} conn.`,
      measured: `${s.graphqlN.latency.p99.toFixed(1)} / ${s.plainN.latency.p99.toFixed(1)} ms`,
      target: '(none)',
      verdict: '',
    },
    {
      figure: `(b) timeline ${s.page}: GraphQL / plain p99, 1 conn.`,
      measured: `${s.graphql1.latency.p99.toFixed(1)} / ${s.plain1.latency.p99.toFixed(1)} ms`,
      target: '(none)',
      verdict: '',
    },
  ];
}

function fanoutFigures(s: FanoutSummary): Figure[] {
  return [
    {
      figure: `(c) fan-out to ${s.subscribers} subscriptions: p50 / p95`,
      measured: `${s.endToEnd.p50.toFixed(1)} / ${s.endToEnd.p95.toFixed(1)} ms`,
      target: '-',
      verdict: '',
    },
    {
      figure: `(c) fan-out to ${s.subscribers} subscriptions: p99 (max)`,
      measured: `${s.endToEnd.p99.toFixed(1)} ms (${s.endToEnd.max.toFixed(0)})`,
      target: `< ${TARGET_FANOUT_P99_MS} ms`,
      verdict: verdict(s.endToEnd.n > 0 && s.endToEnd.p99 < TARGET_FANOUT_P99_MS),
    },
    {
      figure: `(c) each of ${s.updates} updates exactly once to each`,
      measured: s.exactlyOnce ? 'yes' : `no (${s.missing} missing, ${s.duplicates} dup.)`,
      target: 'yes',
      verdict: s.exactlyOnce ? 'OK' : 'FAILED',
    },
    {
      figure: '(c) internal item: to provider staff only',
      measured: s.visibilityOk ? 'yes' : 'no',
      target: 'yes',
      verdict: s.visibilityOk ? 'OK' : 'FAILED',
    },
  ];
}

async function main(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'silent';
  process.env['VIGIL_SERVICE'] ??= 'engagements-bench';
  const options = benchOptions();
  const config = loadConfigOrExit();

  out('Ensuring the large data set...');
  out(describeGeneration(await generateLarge(config.databaseOwnerUrl)));
  out('Ensuring bench retainers, time entries and the ledger (about a minute the first time)...');
  out(describeRetainerGeneration(await generateRetainers(config.databaseOwnerUrl)));
  out('Ensuring bench engagements and timeline events (about a minute the first time)...');
  out(describeEngagementGeneration(await generateEngagements(config.databaseOwnerUrl)));

  let app: INestApplication | undefined;
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    // The same pool size as the api's (DATABASE_POOL_SIZE).
    max: config.databasePoolSize,
    application_name: 'vigil-bench-plain',
  });
  const owner = new pg.Client({
    connectionString: config.databaseOwnerUrl,
    application_name: 'vigil-bench-setup',
  });
  let ownerConnected = false;
  const figures: Figure[] = [];
  try {
    await owner.connect();
    ownerConnected = true;

    app = await createApi({ logger: false });
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `http://127.0.0.1:${portOf(app.getHttpServer() as Server)}/graphql`;
    const inFlight = countInFlight(app.getHttpServer() as Server);
    const quiet: Quiet = () => waitForQuiet(pool, inFlight);
    out(`api on ${graphqlUrl}; ${machineLoad()}.`);

    if (options.parts.has('list')) {
      const consultant = benchConsultantEmail(1);
      const users: [string, string, string][] = [
        ['admin', ADMIN_EMAIL, 'provider admin'],
        ['consultant', consultant, 'consultant assigned to 1,000 clients'],
      ];
      for (const [short, email, role] of users) {
        const token = await login(graphqlUrl, email);
        const summary = await benchList(
          options,
          pool,
          quiet,
          graphqlUrl,
          `${email} (${role})`,
          token,
        );
        figures.push(...listFigures({ ...summary, who: short }, options));
      }
    }
    if (options.parts.has('timeline')) {
      for (const s of await benchTimeline(options, pool, quiet, owner, graphqlUrl)) {
        figures.push(...timelineFigures(s, options));
      }
    }
    if (options.parts.has('fanout')) {
      figures.push(...fanoutFigures(await benchFanout(options, app, config, owner, graphqlUrl)));
    }
    printSummary(figures);
    out(
      '\nServers, PostgreSQL, the load generators and the subscribers share these CPUs; other ' +
        'work on the machine skews the figures.',
    );
  } finally {
    await pool.end();
    if (app) await app.close();
    if (ownerConnected) {
      await owner.end().catch(() => undefined);
    }
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === FANOUT_ROLE) {
  runSubscribers(workerData as FanoutInput).catch((e: unknown) => {
    parentPort?.postMessage({ type: 'failed', message: errorMessage(e) } satisfies FromWorker);
  });
} else if (require.main === module && isMainThread) {
  main()
    .catch((e: unknown) => {
      process.stderr.write(
        `bench:engagements failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 1;
    })
    .finally(() => {
      // Everything is closed by now; if a stray handle still holds the loop, do not hang.
      setTimeout(() => {
        process.stderr.write(
          'bench:engagements: something kept the process alive after cleanup; exiting.\n',
        );
        process.exit(process.exitCode ?? 0);
      }, 5000).unref();
    });
}
