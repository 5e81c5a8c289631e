/**
 * Retainers under load, on the large data set (tools/db/generate-large.ts: 1,000 client
 * organisations with one active retainer each and 1,000,000 approved time entries on the ledger).
 *
 *   1. makes sure the data set exists (generateLarge, then generateRetainers);
 *   2. starts the real api in this process on a free loopback port and signs in;
 *   3. portfolio: GraphQL `retainerPortfolio(first: 50)` as the provider admin against a plain
 *      `http` + `pg` handler that runs, in one transaction with app.all_orgs on, the very
 *      statement PortfolioService.page runs (page and total in one; text and parameters taken from
 *      the api's first request, so they cannot drift from the service) and answers the same JSON;
 *      checks the first answers agree, times the statement inside PostgreSQL, then load-tests
 *      both with autocannon in a worker thread and prints req/s, p50, p99, the ratio and the
 *      targets (GraphQL p99 < 50 ms, >= 40 % of the baseline's throughput), and the same with one
 *      connection. The load is closed-loop: saturated, latency is about connections / throughput
 *      (Little's law), so with 32 connections p99 < 50 ms needs well over 640 answers/s; the
 *      one-connection run shows the latency of the request path itself, without queueing, and a
 *      sweep over 2, 4, 8 and 16 connections shows up to which load p99 stays under 50 ms;
 *   4. approvals: creates fresh SUBMITTED time entries on ALLOW bench retainers, then 50
 *      closed-loop clients (fetch, in a worker thread) approve them one per `approveTimeEntries`
 *      call, once spread over 50 retainers and once all on one retainer; prints approvals/s
 *      (target >= 500/s across retainers) and latency; then checks that every approved entry has
 *      exactly one TIME_DEBIT, that every affected retainer's balance equals its ledger sum and its
 *      starting balance minus the approved minutes, that the running balances follow `seq`, that
 *      the overage moved as it should, and that what the api answered matches the database.
 *      Unused entries are deleted afterwards; approved ones stay (the ledger is append-only).
 *
 * Exits 0 when the benchmark ran (met or missed targets, passed or failed checks alike: see the
 * output), 1 when it could not run.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/retainers-bench.ts
 *
 * Knobs (environment): BENCH_PARTS (portfolio,approvals), BENCH_CONNECTIONS (32), BENCH_SWEEP
 * (2,4,8,16: GraphQL connection counts measured between one and BENCH_CONNECTIONS; empty: none),
 * BENCH_DURATION_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_WORKERS (1; 0 = main thread),
 * BENCH_APPROVAL_CLIENTS (50), BENCH_APPROVAL_RETAINERS (50), BENCH_APPROVAL_SECONDS (10),
 * BENCH_APPROVAL_WARMUP_SECONDS (2), BENCH_APPROVALS_MAX (20000 entries created per case),
 * BENCH_APPROVAL_PROFILE (50 sequential approvals profiled first; 0 = none),
 * BENCH_APPROVER (admin or am: who approves). LOG_LEVEL defaults to silent here.
 *
 * Where the portfolio's time goes on this data: the burn of the last 30 days sums about 200
 * recent debits per retainer from ix_ledger_entries_retainer_created (retainer_id, created_at)
 * INCLUDE (kind, minutes, organization_id), index only. PortfolioService.page works it out only for
 * the 50 rows shown when the order and the filter do not depend on it (the default, by term end);
 * sorting by exhaustion or keeping the at-risk ones needs it for all 1,000 retainers first.
 */
import 'reflect-metadata';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { INestApplication } from '@nestjs/common';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfigOrExit } from '@vigil/api/core';
import { createApi } from '@vigil/api/server';
import {
  LedgerEntryKind,
  OveragePolicy,
  RetainerStatus,
  TimeEntryStatus,
  WorkReferenceType,
} from '@vigil/shared/domain';
import {
  BENCH_ORG_SLUG_PREFIX,
  BENCH_RETAINER_REFERENCE_PREFIX,
  describeGeneration,
  describeRetainerGeneration,
  generateLarge,
  generateRetainers,
} from '../db/generate-large';
import {
  ApprovalLoadInput,
  ApprovalLoadResult,
  ApprovalRecord,
  runApprovalLoad,
} from './approval-load';
import {
  ADMIN_EMAIL,
  closeServer,
  errorMessage,
  fetchText,
  intFromEnv,
  listen,
  login,
  machineLoad,
  portOf,
  Target,
} from './bench-kit';

const ACCOUNT_MANAGER_EMAIL = 'am@northwatch.test';
const CONSULTANT_EMAIL = 'consultant@northwatch.test';
const PAGE_SIZE = 50;
const TARGET_THROUGHPUT_RATIO = 0.4;
const TARGET_P99_MS = 50;
const TARGET_APPROVALS_PER_SECOND = 500;
/** Generous, so that slow answers are measured as latency rather than dropped as timeouts. */
const REQUEST_TIMEOUT_SECONDS = 60;

export const PORTFOLIO_QUERY = `{ retainerPortfolio(first: ${PAGE_SIZE}) { totalCount edges { node { retainerId organizationName reference balanceMinutes usedMinutes burnedLast30Days projectedExhaustion atRisk termEnd } } } }`;

// ---------------------------------------------------------------------------------------------
// The portfolio statements

interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The statement PortfolioService.page sends for `retainerPortfolio(first: 50)` as the provider
 * admin (the page and, on each row, the total), taken from the api's own first request (the service
 * builds it inside its method and does not export it), so the baseline runs exactly the SQL the
 * api runs, text and parameters, whatever the service says today.
 */
function portfolioStatement(sent: Statement[]): Statement {
  const page = sent.filter((s) => s.sql.includes('/* portfolio:page */'));
  if (page.length !== 1 || !page[0]) {
    throw new Error(
      `expected the api to send one portfolio page statement, saw ${page.length}; ` +
        'PortfolioService.page changed shape: update this benchmark',
    );
  }
  return page[0];
}

interface PortfolioRow {
  total_count: number;
  retainer_id: string;
  organization_name: string;
  reference: string;
  balance_minutes: number;
  used_minutes: number;
  burned_last_30_days: number;
  projected_exhaustion: string | null;
  at_risk: boolean;
  term_end: string;
}

interface PortfolioNode {
  retainerId: string;
  organizationName: string;
  reference: string;
  balanceMinutes: number;
  usedMinutes: number;
  burnedLast30Days: number;
  projectedExhaustion: string | null;
  atRisk: boolean;
  termEnd: string;
}

interface PortfolioConnection {
  totalCount: number;
  edges: { node: PortfolioNode }[];
}

interface PortfolioResponse {
  data?: { retainerPortfolio?: PortfolioConnection | null } | null;
  errors?: { message: string }[];
}

// ---------------------------------------------------------------------------------------------
// Options and small helpers

interface BenchOptions {
  portfolio: boolean;
  approvals: boolean;
  connections: number;
  /** Connection counts GraphQL is also measured at, between one and `connections`. */
  sweep: number[];
  durationSeconds: number;
  warmupSeconds: number;
  workers: number;
  approvalClients: number;
  approvalRetainers: number;
  approvalSeconds: number;
  approvalWarmupSeconds: number;
  approvalsMax: number;
  approvalProfile: number;
  approver: 'admin' | 'am';
}

function benchOptions(): BenchOptions {
  const parts = (process.env['BENCH_PARTS'] ?? 'portfolio,approvals')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = parts.filter((p) => p !== 'portfolio' && p !== 'approvals');
  if (unknown.length || !parts.length) {
    throw new Error(`BENCH_PARTS must list portfolio and/or approvals, got ${parts.join(',')}`);
  }
  const approver = process.env['BENCH_APPROVER'] ?? 'admin';
  if (approver !== 'admin' && approver !== 'am') {
    throw new Error(`BENCH_APPROVER must be admin or am, got ${JSON.stringify(approver)}`);
  }
  return {
    portfolio: parts.includes('portfolio'),
    approvals: parts.includes('approvals'),
    connections: intFromEnv('BENCH_CONNECTIONS', 32, 1, 1000),
    sweep: sweepFromEnv(),
    durationSeconds: intFromEnv('BENCH_DURATION_SECONDS', 10, 1, 600),
    warmupSeconds: intFromEnv('BENCH_WARMUP_SECONDS', 3, 0, 600),
    workers: intFromEnv('BENCH_WORKERS', 1, 0, 16),
    approvalClients: intFromEnv('BENCH_APPROVAL_CLIENTS', 50, 1, 1000),
    approvalRetainers: intFromEnv('BENCH_APPROVAL_RETAINERS', 50, 2, 500),
    approvalSeconds: intFromEnv('BENCH_APPROVAL_SECONDS', 10, 1, 600),
    approvalWarmupSeconds: intFromEnv('BENCH_APPROVAL_WARMUP_SECONDS', 2, 0, 600),
    approvalsMax: intFromEnv('BENCH_APPROVALS_MAX', 20000, 100, 1000000),
    approvalProfile: intFromEnv('BENCH_APPROVAL_PROFILE', 50, 0, 10000),
    approver,
  };
}

/** BENCH_SWEEP: comma-separated connection counts (default 2,4,8,16; empty: none). */
function sweepFromEnv(): number[] {
  const raw = process.env['BENCH_SWEEP'] ?? '2,4,8,16';
  const counts = raw
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return counts.map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 1000) {
      throw new Error(`BENCH_SWEEP: "${v}" is not a whole number of connections from 1 to 1000`);
    }
    return n;
  });
}

function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function verdict(ok: boolean): string {
  return ok ? 'MET' : 'MISSED';
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/** One transaction on `client` with every organisation visible (row-level security is forced). */
async function allOrgs<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.all_orgs', 'on', true)`);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// The plain portfolio baseline

export async function plainPortfolio(pool: pg.Pool, sql: Statement): Promise<PortfolioResponse> {
  const client = await pool.connect();
  let release: Error | undefined;
  try {
    const { total, rows } = await allOrgs(client, async () => {
      const page = await client.query<PortfolioRow>(sql.sql, sql.params);
      return { total: page.rows[0]?.total_count ?? 0, rows: page.rows };
    });
    return {
      data: {
        retainerPortfolio: {
          totalCount: total,
          edges: rows.map((r) => ({
            node: {
              retainerId: r.retainer_id,
              organizationName: r.organization_name,
              reference: r.reference,
              balanceMinutes: r.balance_minutes,
              usedMinutes: r.used_minutes,
              burnedLast30Days: r.burned_last_30_days,
              projectedExhaustion: r.projected_exhaustion,
              atRisk: r.at_risk,
              termEnd: r.term_end,
            },
          })),
        },
      },
    };
  } catch (e) {
    // A client whose transaction failed is thrown away rather than reused.
    release = e instanceof Error ? e : new Error(String(e));
    throw e;
  } finally {
    client.release(release);
  }
}

function startPlainServer(pool: pg.Pool, sql: Statement): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' || req.url !== '/portfolio') {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"message":"not found"}]}');
      return;
    }
    plainPortfolio(pool, sql).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
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
// Talking to the api

function checkPortfolioAnswer(label: string, status: number, text: string): PortfolioConnection {
  if (status !== 200) throw new Error(`${label}: HTTP ${status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as PortfolioResponse;
  if (body.errors?.length)
    throw new Error(`${label}: errors: ${body.errors.map((e) => e.message).join('; ')}`);
  const connection = body.data?.retainerPortfolio;
  if (!connection) throw new Error(`${label}: no data.retainerPortfolio in ${text.slice(0, 300)}`);
  if (connection.edges.length !== Math.min(PAGE_SIZE, connection.totalCount)) {
    throw new Error(
      `${label}: expected ${Math.min(PAGE_SIZE, connection.totalCount)} edges, got ${connection.edges.length}`,
    );
  }
  return connection;
}

type QueryMethod = (this: pg.Client, ...args: unknown[]) => unknown;

interface CapturedStatement extends Statement {
  /** From pg.Client#query to its result: the round trip and the time inside PostgreSQL. */
  ms: number;
}

/**
 * Records every statement sent through pg.Client#query meanwhile (TypeORM's and the baseline's):
 * text, parameters and time to the answer.
 */
async function captureStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: CapturedStatement[] }> {
  const proto = pg.Client.prototype as unknown as { query: QueryMethod };
  const original = proto.query;
  const statements: CapturedStatement[] = [];
  proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
    const [first, second] = args;
    let statement: CapturedStatement | undefined;
    if (typeof first === 'string') {
      statement = { sql: first, params: Array.isArray(second) ? second : [], ms: 0 };
    } else if (typeof first === 'object' && first !== null && 'text' in first) {
      const values = (first as { values?: unknown }).values;
      statement = {
        sql: String((first as { text: unknown }).text),
        params: Array.isArray(values) ? values : [],
        ms: 0,
      };
    }
    const started = performance.now();
    const result = original.apply(this, args);
    if (statement) {
      const s = statement;
      statements.push(s);
      if (result instanceof Promise) {
        const done = (): void => {
          s.ms = performance.now() - started;
        };
        result.then(done, done);
      }
    }
    return result;
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.query = original;
  }
}

// ---------------------------------------------------------------------------------------------
// Portfolio: load

async function load(
  target: Target,
  options: BenchOptions,
  connections: number,
  seconds: number,
  expectBody: string,
): Promise<autocannon.Result> {
  const opts: autocannon.Options = {
    url: target.url,
    method: target.method,
    headers: target.headers,
    connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    expectBody,
    title: target.label,
  };
  if (target.body !== undefined) opts.body = target.body;
  if (options.workers > 0) opts.workers = options.workers;
  return autocannon(opts);
}

/**
 * Waits (at most a minute) until no statement of the application role is running: when autocannon
 * stops, the requests it abandoned keep PostgreSQL busy for a while, which would skew what follows.
 */
async function waitForQuiet(pool: pg.Pool): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND usename = current_user AND state = 'active'
         AND pid <> pg_backend_pid()`,
    );
    if ((rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh, checked answer: the body every response of the next run must equal. */
async function freshAnswer(target: Target): Promise<string> {
  const { status, text } = await fetchText(target);
  checkPortfolioAnswer(target.label, status, text);
  return text;
}

/** The answer without what moves with the clock: the burn window slides over the ledger. */
function withoutBurn(text: string): string {
  const connection = (JSON.parse(text) as PortfolioResponse).data?.retainerPortfolio;
  return JSON.stringify({
    totalCount: connection?.totalCount,
    edges: connection?.edges.map(({ node }) => {
      const {
        burnedLast30Days: _burned,
        projectedExhaustion: _exhaustion,
        atRisk: _atRisk,
        ...rest
      } = node;
      return rest;
    }),
  });
}

interface Measurement {
  result: autocannon.Result;
  /** Why responses differed from the expected body, when some did. */
  mismatchCause?: string;
}

async function measure(
  target: Target,
  options: BenchOptions,
  pool: pg.Pool,
  connections: number,
  warmupSeconds: number,
): Promise<Measurement> {
  await waitForQuiet(pool);
  if (warmupSeconds > 0) {
    out(`  ${target.label}: warming up for ${warmupSeconds} s...`);
    await load(target, options, connections, warmupSeconds, await freshAnswer(target));
    await waitForQuiet(pool);
  }
  out(`  ${target.label}: measuring for ${options.durationSeconds} s...`);
  const expected = await freshAnswer(target);
  const result = await load(target, options, connections, options.durationSeconds, expected);
  if (!result.mismatches) return { result };
  // Tell a moved burn window (ledger entries turning 30 days old meanwhile) from wrong answers.
  const after = await freshAnswer(target);
  const mismatchCause =
    after === expected
      ? 'the answer is the same before and after the run, so those were WRONG ANSWERS'
      : withoutBurn(after) === withoutBurn(expected)
        ? 'the burn of the last 30 days changed during the run (ledger entries turned 30 days old), nothing else'
        : 'the data changed during the run beyond the burn window (someone else writing?)';
  return { result, mismatchCause };
}

function p99Text(r: autocannon.Result): string {
  return r['2xx'] > 0
    ? `${r.latency.p99.toFixed(1)} ms`
    : `n/a (no answer completed within the ${r.duration.toFixed(0)} s run)`;
}

function printTable(plain: autocannon.Result, graphql: autocannon.Result): void {
  const rows: [string, (r: autocannon.Result) => string][] = [
    ['requests/s (mean)', (r) => r.requests.average.toFixed(1)],
    ['latency p50 (ms)', (r) => r.latency.p50.toFixed(1)],
    ['latency p99 (ms)', (r) => r.latency.p99.toFixed(1)],
    ['latency max (ms)', (r) => r.latency.max.toFixed(1)],
    ['2xx responses', (r) => String(r['2xx'])],
    ['non-2xx responses', (r) => String(r.non2xx)],
    ['errors', (r) => String(r.errors)],
    ['timeouts', (r) => String(r.timeouts)],
    ['body mismatches', (r) => String(r.mismatches)],
  ];
  out(`${''.padEnd(22)}${'plain pg'.padStart(12)}${'GraphQL'.padStart(12)}`);
  for (const [name, value] of rows) {
    out(`${name.padEnd(22)}${value(plain).padStart(12)}${value(graphql).padStart(12)}`);
  }
}

/** Execution time inside PostgreSQL of one statement, as EXPLAIN ANALYZE reports it. */
async function executionMs(pool: pg.Pool, statement: Statement): Promise<number> {
  const client = await pool.connect();
  try {
    const plan = await allOrgs(client, () =>
      client.query<{ 'QUERY PLAN': { 'Execution Time': number }[] }>(
        `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${statement.sql}`,
        statement.params,
      ),
    );
    return plan.rows[0]?.['QUERY PLAN'][0]?.['Execution Time'] ?? NaN;
  } finally {
    client.release();
  }
}

async function benchPortfolio(
  options: BenchOptions,
  pool: pg.Pool,
  graphqlUrl: string,
  adminToken: string,
): Promise<void> {
  const graphql: Target = {
    label: 'GraphQL',
    url: graphqlUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: PORTFOLIO_QUERY }),
  };
  out(`\n== Portfolio: retainerPortfolio(first: ${PAGE_SIZE}) as ${ADMIN_EMAIL}`);
  // The baseline runs what the api runs: the statements of the api's first answer.
  const { result: firstGraphql, statements } = await captureStatements(() => fetchText(graphql));
  const sql = portfolioStatement(statements);
  out(
    `The api sent ${statements.length} statements for the query (${statements
      .map((s) => s.sql.trim().split(/\s+/)[0] ?? '?')
      .join(', ')}); the baseline runs the portfolio statement verbatim.`,
  );
  const plainServer = await startPlainServer(pool, sql);
  try {
    const plain: Target = {
      label: 'plain pg',
      url: `http://127.0.0.1:${portOf(plainServer)}/portfolio`,
      method: 'GET',
      headers: {},
    };
    out(`api on ${graphql.url}, plain baseline on ${plain.url}`);

    const firstPlain = await fetchText(plain);
    const graphqlAnswer = checkPortfolioAnswer(
      graphql.label,
      firstGraphql.status,
      firstGraphql.text,
    );
    const plainAnswer = checkPortfolioAnswer(plain.label, firstPlain.status, firstPlain.text);
    if (!isDeepStrictEqual(graphqlAnswer, plainAnswer)) {
      throw new Error(
        'the plain baseline and GraphQL answered differently; the comparison would be meaningless',
      );
    }
    const first = graphqlAnswer.edges[0]?.node;
    out(
      `First answers agree: ${graphqlAnswer.edges.length} of ${graphqlAnswer.totalCount} retainers, ` +
        `${graphqlAnswer.edges.filter((e) => e.node.atRisk).length} of them at risk; first ` +
        `${first ? `${first.reference} (${first.organizationName}), term end ${first.termEnd}, ${first.burnedLast30Days} min burned in 30 days` : '-'}.`,
    );

    await executionMs(pool, sql);
    out(
      `Inside PostgreSQL (EXPLAIN ANALYZE without per-node timing, warm): the statement takes ` +
        `${(await executionMs(pool, sql)).toFixed(2)} ms.`,
    );

    out(
      `\nLoad: ${options.connections} connections, ${options.warmupSeconds} s warm-up + ` +
        `${options.durationSeconds} s each, ${options.workers > 0 ? `${options.workers} autocannon worker thread(s)` : 'autocannon on the main thread'}, ` +
        'closed loop; responses must equal an answer taken just before each run.',
    );
    out(`${machineLoad()} before the load.`);
    const plainRun = await measure(
      plain,
      options,
      pool,
      options.connections,
      options.warmupSeconds,
    );
    const graphqlRun = await measure(
      graphql,
      options,
      pool,
      options.connections,
      options.warmupSeconds,
    );
    const plainResult = plainRun.result;
    const graphqlResult = graphqlRun.result;
    out();
    printTable(plainResult, graphqlResult);
    const ratio =
      plainResult.requests.average > 0
        ? graphqlResult.requests.average / plainResult.requests.average
        : NaN;
    out(
      `\nGraphQL / plain throughput: ${Number.isNaN(ratio) ? 'n/a (the baseline completed nothing)' : `${(ratio * 100).toFixed(1)} %`} ` +
        `(target >= ${TARGET_THROUGHPUT_RATIO * 100} %): ${verdict(ratio >= TARGET_THROUGHPUT_RATIO)}`,
    );
    out(
      `GraphQL p99 latency at ${options.connections} connections: ${p99Text(graphqlResult)} ` +
        `(under ${TARGET_P99_MS} ms: ${graphqlResult['2xx'] > 0 && graphqlResult.latency.p99 < TARGET_P99_MS ? 'yes' : 'no'}; ` +
        `the plain baseline's: ${p99Text(plainResult)})`,
    );

    out(`\nOne connection (no queueing), ${options.durationSeconds} s each:`);
    const singlePlainRun = await measure(plain, options, pool, 1, 0);
    const singleGraphqlRun = await measure(graphql, options, pool, 1, 0);
    const singlePlain = singlePlainRun.result;
    const singleGraphql = singleGraphqlRun.result;
    printTable(singlePlain, singleGraphql);
    out(
      `GraphQL p99 with one connection: ${p99Text(singleGraphql)} ` +
        `(under ${TARGET_P99_MS} ms: ${singleGraphql['2xx'] > 0 && singleGraphql.latency.p99 < TARGET_P99_MS ? 'yes' : 'no'})`,
    );

    // Between one connection and saturation: how much concurrent load keeps p99 under target.
    const sweep: [number, Measurement][] = [];
    if (options.sweep.length > 0) {
      out(`\nGraphQL between one connection and saturation, ${options.durationSeconds} s each:`);
      for (const connections of options.sweep) {
        sweep.push([connections, await measure(graphql, options, pool, connections, 1)]);
      }
      const all: [number, autocannon.Result][] = [
        [1, singleGraphql],
        ...sweep.map(([c, m]): [number, autocannon.Result] => [c, m.result]),
        [options.connections, graphqlResult],
      ];
      all.sort((x, y) => x[0] - y[0]);
      out('connections   requests/s   p50 ms   p99 ms');
      for (const [c, r] of all) {
        out(
          `${String(c).padStart(11)}   ${r.requests.average.toFixed(1).padStart(10)}   ` +
            `${r.latency.p50.toFixed(1).padStart(6)}   ${r.latency.p99.toFixed(1).padStart(6)}`,
        );
      }
      const under = all.filter(([, r]) => r['2xx'] > 0 && r.latency.p99 < TARGET_P99_MS);
      const best = under.at(-1);
      out(
        best
          ? `GraphQL p99 latency (target < ${TARGET_P99_MS} ms): ${verdict(true)} up to ${best[0]} concurrent ` +
              `connections (${best[1].requests.average.toFixed(1)} req/s, p99 ${best[1].latency.p99.toFixed(1)} ms)` +
              `${best[0] < options.connections ? '; beyond, the machine is saturated and latency grows with the queue' : ''}.`
          : `GraphQL p99 latency (target < ${TARGET_P99_MS} ms): ${verdict(false)} at every load measured.`,
      );
    }
    const runs: [string, Measurement][] = [
      [`plain pg, ${options.connections} connections`, plainRun],
      [`GraphQL, ${options.connections} connections`, graphqlRun],
      ['plain pg, 1 connection', singlePlainRun],
      ['GraphQL, 1 connection', singleGraphqlRun],
      ...sweep.map(([c, m]): [string, Measurement] => [`GraphQL, ${c} connections`, m]),
    ];
    for (const [name, run] of runs) {
      if (run.mismatchCause) {
        out(`Body mismatches (${name}, ${run.result.mismatches}): ${run.mismatchCause}.`);
      }
    }
    out(`${machineLoad()} after.`);
    await waitForQuiet(pool);
  } finally {
    await closeServer(plainServer);
  }
}

// ---------------------------------------------------------------------------------------------
// Approvals

interface CreatedEntry {
  id: string;
  retainer_id: string;
  minutes: number;
}

interface RetainerState {
  id: string;
  reference: string;
  balance_minutes: number;
  overage_minutes: number;
  max_seq: string;
}

interface ApprovalCase {
  label: string;
  retainers: RetainerState[];
  /** Profile sequential approvals before the load. */
  profile: boolean;
}

/** ALLOW bench retainers (so no approval is refused for lack of hours), the first ones by reference. */
async function pickRetainers(owner: pg.Client, count: number): Promise<RetainerState[]> {
  return allOrgs(owner, async () => {
    const { rows } = await owner.query<{ id: string }>(
      `SELECT r.id FROM retainers r JOIN organizations o ON o.id = r.organization_id
       WHERE o.slug LIKE $1 AND r.reference LIKE $2 AND r.status = $3 AND r.overage_policy = $4
       ORDER BY r.reference LIMIT $5`,
      [
        `${BENCH_ORG_SLUG_PREFIX}%`,
        `${BENCH_RETAINER_REFERENCE_PREFIX}%`,
        RetainerStatus.ACTIVE,
        OveragePolicy.ALLOW,
        count,
      ],
    );
    if (rows.length < count) {
      throw new Error(`need ${count} active ALLOW bench retainers, found ${rows.length}`);
    }
    return retainerStates(
      owner,
      rows.map((r) => r.id),
    );
  });
}

/** Call inside allOrgs. */
async function retainerStates(owner: pg.Client, ids: string[]): Promise<RetainerState[]> {
  const { rows } = await owner.query<RetainerState>(
    `SELECT r.id, r.reference, r.balance_minutes, r.overage_minutes,
            (SELECT coalesce(max(l.seq), 0) FROM ledger_entries l WHERE l.retainer_id = r.id)::text AS max_seq
     FROM retainers r WHERE r.id = ANY($1::uuid[]) ORDER BY r.reference`,
    [ids],
  );
  return rows;
}

/**
 * `perRetainer` SUBMITTED entries (15 to 60 minutes, today) on each retainer, by the demo
 * consultant, returned interleaved across retainers so concurrent clients hit different ones.
 */
async function createSubmittedEntries(
  owner: pg.Client,
  retainerIds: string[],
  perRetainer: number,
  tag: string,
): Promise<CreatedEntry[]> {
  const rows = await allOrgs(owner, async () => {
    const author = await owner.query<{ id: string }>(
      `SELECT id FROM users WHERE email = ANY($1::text[]) ORDER BY email = $2 DESC LIMIT 1`,
      [[CONSULTANT_EMAIL, ADMIN_EMAIL], CONSULTANT_EMAIL],
    );
    const authorId = author.rows[0]?.id;
    if (!authorId) throw new Error(`no ${CONSULTANT_EMAIL} to log the time: run npm run db:seed`);
    const inserted = await owner.query<CreatedEntry>(
      `INSERT INTO time_entries (organization_id, retainer_id, user_id, reference_type, work_date,
         minutes, description, billable, status, version)
       SELECT r.organization_id, r.id, $2, $3::work_reference_type, current_date,
              15 * (1 + (i + x.k) % 4), $4 || ' #' || i, true, $5::time_entry_status, 2
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, k)
       JOIN retainers r ON r.id = x.id
       CROSS JOIN generate_series(1, $6::int) AS i
       RETURNING id, retainer_id, minutes`,
      [
        retainerIds,
        authorId,
        WorkReferenceType.RETAINER,
        tag,
        TimeEntryStatus.SUBMITTED,
        perRetainer,
      ],
    );
    return inserted.rows;
  });
  const byRetainer = new Map<string, CreatedEntry[]>();
  for (const row of rows) {
    const list = byRetainer.get(row.retainer_id) ?? [];
    list.push(row);
    byRetainer.set(row.retainer_id, list);
  }
  const interleaved: CreatedEntry[] = [];
  for (let i = 0; i < perRetainer; i++) {
    for (const list of byRetainer.values()) {
      const entry = list[i];
      if (entry) interleaved.push(entry);
    }
  }
  return interleaved;
}

/** Deletes the entries of `ids` that were never approved; returns how many. */
async function deleteUnapproved(owner: pg.Client, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  return allOrgs(owner, async () => {
    const res = await owner.query(
      `DELETE FROM time_entries WHERE id = ANY($1::uuid[]) AND status = $2`,
      [ids, TimeEntryStatus.SUBMITTED],
    );
    return res.rowCount ?? 0;
  });
}

function runLoadInWorker(input: ApprovalLoadInput, inThread: boolean): Promise<ApprovalLoadResult> {
  if (!inThread) return runApprovalLoad(input);
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'approval-load.ts'), { workerData: input });
    let settled = false;
    worker.once('message', (result: ApprovalLoadResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`approval load worker exited with code ${code}`));
    });
  });
}

interface ApprovalMeasurement {
  label: string;
  retainers: number;
  approvalsPerSecond: number;
  measured: number;
  p50: number;
  p99: number;
  total: number;
  failures: ApprovalRecord[];
  checks: string[];
  problems: string[];
  deleted: number;
}

async function benchApprovalCase(
  options: BenchOptions,
  owner: pg.Client,
  graphqlUrl: string,
  token: string,
  approvalCase: ApprovalCase,
  cleanup: Set<string>,
): Promise<ApprovalMeasurement> {
  const retainerIds = approvalCase.retainers.map((r) => r.id);
  const perRetainer = Math.ceil(options.approvalsMax / retainerIds.length);
  const tag = `Bench approval ${new Date().toISOString()} ${approvalCase.label}`;
  const entries = await createSubmittedEntries(owner, retainerIds, perRetainer, tag);
  for (const e of entries) cleanup.add(e.id);
  const start = await allOrgs(owner, () => retainerStates(owner, retainerIds));
  out(
    `  ${approvalCase.label}: ${entries.length} submitted entries on ${retainerIds.length} retainer(s) ` +
      `(${approvalCase.retainers
        .slice(0, 3)
        .map((r) => r.reference)
        .join(
          ', ',
        )}${retainerIds.length > 3 ? ', ...' : ''}); ${options.approvalClients} clients, ` +
      `${options.approvalWarmupSeconds} s warm-up + ${options.approvalSeconds} s...`,
  );

  let ids = entries.map((e) => e.id);
  const profileRecords: ApprovalRecord[] = [];
  if (approvalCase.profile && options.approvalProfile > 0) {
    // One approval at a time first: what one approval costs, without any queueing.
    const sequential = (list: string[]): Promise<ApprovalLoadResult> =>
      runApprovalLoad({
        url: graphqlUrl,
        token,
        ids: list,
        clients: 1,
        seconds: 600,
        timeoutMs: REQUEST_TIMEOUT_SECONDS * 1000,
      });
    const warm = await sequential(ids.slice(0, 10));
    const { result: profiled, statements } = await captureStatements(() =>
      sequential(ids.slice(10, 10 + options.approvalProfile)),
    );
    profileRecords.push(...warm.records, ...profiled.records);
    ids = ids.slice(10 + options.approvalProfile);
    printApprovalProfile(profiled, statements);
  }

  const seconds = options.approvalWarmupSeconds + options.approvalSeconds;
  const before = performance.eventLoopUtilization();
  const result = await runLoadInWorker(
    {
      url: graphqlUrl,
      token,
      ids,
      clients: options.approvalClients,
      seconds,
      timeoutMs: REQUEST_TIMEOUT_SECONDS * 1000,
    },
    options.workers > 0,
  );
  const loopBusy = performance.eventLoopUtilization(before).utilization;

  // Throughput over the measured window only: from the end of the warm-up to the end of the time
  // (or to the last answer, when the entries ran out first).
  const warmupMs = options.approvalWarmupSeconds * 1000;
  const windowEnd = result.exhausted ? result.elapsedMs : seconds * 1000;
  const inWindow = result.records.filter((r) => r.ok && r.endMs > warmupMs && r.endMs <= windowEnd);
  const latencies = result.records
    .filter((r) => r.ok && r.startMs >= warmupMs)
    .map((r) => r.endMs - r.startMs)
    .sort((a, b) => a - b);
  const measurement: ApprovalMeasurement = {
    label: approvalCase.label,
    retainers: retainerIds.length,
    approvalsPerSecond:
      windowEnd > warmupMs ? inWindow.length / ((windowEnd - warmupMs) / 1000) : 0,
    measured: inWindow.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    total: [...profileRecords, ...result.records].filter((r) => r.ok).length,
    failures: [...profileRecords, ...result.records].filter((r) => !r.ok),
    checks: [],
    problems: [],
    deleted: 0,
  };
  out(`    main thread (api) event loop busy ${(loopBusy * 100).toFixed(0)} % meanwhile`);

  await checkApprovals(owner, entries, start, [...profileRecords, ...result.records], measurement);
  measurement.deleted = await deleteUnapproved(
    owner,
    entries.map((e) => e.id),
  );
  for (const e of entries) cleanup.delete(e.id);
  return measurement;
}

/** The database after the run against what the api answered and what the ledger must say. */
async function checkApprovals(
  owner: pg.Client,
  entries: CreatedEntry[],
  start: RetainerState[],
  records: ApprovalRecord[],
  m: ApprovalMeasurement,
): Promise<void> {
  const retainerIds = start.map((r) => r.id);
  const { now, ledger, finals } = await allOrgs(owner, async () => {
    const now = await owner.query<{
      id: string;
      retainer_id: string;
      minutes: number;
      status: TimeEntryStatus;
      debit_entry_id: string | null;
    }>(
      `SELECT id, retainer_id, minutes, status, debit_entry_id FROM time_entries WHERE id = ANY($1::uuid[])`,
      [entries.map((e) => e.id)],
    );
    const ledger = await owner.query<{
      id: string;
      retainer_id: string;
      kind: LedgerEntryKind;
      minutes: number;
      reference_id: string | null;
    }>(
      `SELECT l.id, l.retainer_id, l.kind, l.minutes, l.reference_id
       FROM ledger_entries l
       JOIN unnest($1::uuid[], $2::bigint[]) AS s(retainer_id, max_seq)
         ON l.retainer_id = s.retainer_id AND l.seq > s.max_seq
       ORDER BY l.seq`,
      [retainerIds, start.map((r) => r.max_seq)],
    );
    const finals = await owner.query<{
      id: string;
      reference: string;
      balance_minutes: number;
      overage_minutes: number;
      ledger_sum: number;
      wrong_running: number;
    }>(
      `SELECT r.id, r.reference, r.balance_minutes, r.overage_minutes,
              (SELECT coalesce(sum(l.minutes), 0) FROM ledger_entries l WHERE l.retainer_id = r.id)::int AS ledger_sum,
              (SELECT count(*) FROM (
                 SELECT l.balance_after, sum(l.minutes) OVER (ORDER BY l.seq) AS running
                 FROM ledger_entries l WHERE l.retainer_id = r.id) s
               WHERE s.balance_after <> s.running)::int AS wrong_running
       FROM retainers r WHERE r.id = ANY($1::uuid[])`,
      [retainerIds],
    );
    return { now: now.rows, ledger: ledger.rows, finals: finals.rows };
  });

  const problems = m.problems;
  const answeredOk = new Set(records.filter((r) => r.ok).map((r) => r.id));
  const approved = now.filter((e) => e.status === TimeEntryStatus.APPROVED);
  const approvedIds = new Set(approved.map((e) => e.id));
  const lost = [...answeredOk].filter((id) => !approvedIds.has(id));
  const unanswered = [...approvedIds].filter((id) => !answeredOk.has(id));
  if (lost.length) problems.push(`${lost.length} approvals answered OK are not APPROVED`);
  if (unanswered.length) {
    problems.push(`${unanswered.length} entries are APPROVED although the api did not say so`);
  }
  const others = now.filter(
    (e) => e.status !== TimeEntryStatus.APPROVED && e.status !== TimeEntryStatus.SUBMITTED,
  );
  if (others.length) problems.push(`${others.length} entries ended neither APPROVED nor SUBMITTED`);

  // Every approved entry: exactly one TIME_DEBIT, of its minutes, the one it points to.
  const debitsByEntry = new Map<string, typeof ledger>();
  const foreign: typeof ledger = [];
  for (const l of ledger) {
    if (
      l.kind !== LedgerEntryKind.TIME_DEBIT ||
      !l.reference_id ||
      !approvedIds.has(l.reference_id)
    ) {
      foreign.push(l);
      continue;
    }
    const list = debitsByEntry.get(l.reference_id) ?? [];
    list.push(l);
    debitsByEntry.set(l.reference_id, list);
  }
  let missing = 0;
  let doubled = 0;
  let wrongDebit = 0;
  for (const e of approved) {
    const debits = debitsByEntry.get(e.id) ?? [];
    if (debits.length === 0) missing++;
    else if (debits.length > 1) doubled++;
    const debit = debits[0];
    if (debit && (debit.minutes !== -e.minutes || debit.id !== e.debit_entry_id)) wrongDebit++;
  }
  if (missing) problems.push(`${missing} approved entries have no ledger debit`);
  if (doubled) problems.push(`${doubled} approved entries were debited more than once`);
  if (wrongDebit) problems.push(`${wrongDebit} debits have the wrong minutes or are not linked`);
  if (foreign.length) {
    problems.push(`${foreign.length} new ledger entries do not belong to an approved bench entry`);
  }

  // Every retainer: balance = its ledger = start - approved minutes; running balances follow seq.
  const approvedMinutes = new Map<string, number>();
  for (const e of approved) {
    approvedMinutes.set(e.retainer_id, (approvedMinutes.get(e.retainer_id) ?? 0) + e.minutes);
  }
  let badBalance = 0;
  let badOverage = 0;
  let badRunning = 0;
  for (const s of start) {
    const f = finals.find((r) => r.id === s.id);
    if (!f) {
      problems.push(`retainer ${s.reference} disappeared`);
      continue;
    }
    const expected = s.balance_minutes - (approvedMinutes.get(s.id) ?? 0);
    if (f.balance_minutes !== f.ledger_sum || f.balance_minutes !== expected) {
      badBalance++;
      if (badBalance <= 3) {
        problems.push(
          `${f.reference}: balance ${f.balance_minutes}, ledger sum ${f.ledger_sum}, expected ${expected}`,
        );
      }
    }
    const overageMoved = f.overage_minutes - s.overage_minutes;
    const overageExpected = Math.max(0, -f.balance_minutes) - Math.max(0, -s.balance_minutes);
    if (overageMoved !== overageExpected) badOverage++;
    if (f.wrong_running > 0) badRunning++;
  }
  if (badBalance) problems.push(`${badBalance} retainers' balances are wrong`);
  if (badOverage) problems.push(`${badOverage} retainers' overage minutes moved wrongly`);
  if (badRunning) problems.push(`${badRunning} retainers' running balances do not follow seq`);

  const minutes = [...approvedMinutes.values()].reduce((a, b) => a + b, 0);
  m.checks.push(
    `${approved.length} entries APPROVED (${minutes} minutes), ${answeredOk.size} answered OK, ` +
      `${records.length - answeredOk.size} refused or failed, ${now.length - approved.length} left SUBMITTED`,
    `${ledger.length} new ledger entries: one TIME_DEBIT per approved entry, ${doubled} doubled, ${missing} missing`,
    `${start.length - badBalance} of ${start.length} retainers: balance = ledger sum = starting balance - approved minutes`,
    `${start.length - badRunning} of ${start.length} retainers: balance_after is the running sum in seq order; ` +
      `${start.length - badOverage} of ${start.length}: overage moved by exactly the minutes past zero`,
  );
}

function printApprovalProfile(result: ApprovalLoadResult, statements: CapturedStatement[]): void {
  const n = result.records.length;
  if (!n) return;
  const latency = result.records.reduce((sum, r) => sum + r.endMs - r.startMs, 0) / n;
  const inPg = statements.reduce((sum, s) => sum + s.ms, 0) / n;
  out(
    `    one at a time: ${n} approvals, ${latency.toFixed(1)} ms each, ` +
      `${(statements.length / n).toFixed(1)} SQL round trips each taking ${inPg.toFixed(1)} ms in all ` +
      `(the rest, ${(latency - inPg).toFixed(1)} ms, is HTTP, GraphQL, Nest and TypeORM):`,
  );
  const byText = new Map<string, { n: number; ms: number }>();
  for (const st of statements) {
    const text = st.sql.replace(/\s+/g, ' ').trim();
    const key = text.length > 96 ? `${text.slice(0, 93)}...` : text;
    const agg = byText.get(key) ?? { n: 0, ms: 0 };
    agg.n++;
    agg.ms += st.ms;
    byText.set(key, agg);
  }
  for (const [text, agg] of byText) {
    out(`      ${(agg.n / n).toFixed(1)} x ${(agg.ms / agg.n).toFixed(2).padStart(6)} ms  ${text}`);
  }
}

function printApprovals(results: ApprovalMeasurement[]): void {
  out();
  out(
    `${'case'.padEnd(26)}${'approvals/s'.padStart(12)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'measured'.padStart(10)}${'approved'.padStart(10)}${'refused'.padStart(9)}`,
  );
  for (const r of results) {
    out(
      `${`${r.label} (${r.retainers})`.padEnd(26)}${r.approvalsPerSecond.toFixed(1).padStart(12)}${r.p50.toFixed(1).padStart(9)}${r.p99.toFixed(1).padStart(9)}${String(r.measured).padStart(10)}${String(r.total).padStart(10)}${String(r.failures.length).padStart(9)}`,
    );
  }
  for (const r of results) {
    out(`\nChecks, ${r.label}:`);
    for (const c of r.checks) out(`  ${c}`);
    if (r.failures.length) {
      const byCode = new Map<string, { n: number; message: string }>();
      for (const f of r.failures) {
        const key = f.code ?? '?';
        const s = byCode.get(key) ?? { n: 0, message: f.message ?? '' };
        s.n++;
        byCode.set(key, s);
      }
      for (const [code, s] of byCode) out(`  refused/failed ${s.n} x ${code}: ${s.message}`);
    }
    out(`  ${r.deleted} unused submitted entries deleted`);
    out(
      r.problems.length
        ? `  CONSISTENCY CHECK FAILED:\n${r.problems.map((p) => `    - ${p}`).join('\n')}`
        : '  consistency: OK (nothing lost, nothing doubled)',
    );
  }
  const spread = results.find((r) => r.retainers > 1);
  if (spread) {
    out(
      `\nApprovals across ${spread.retainers} retainers: ${spread.approvalsPerSecond.toFixed(1)}/s ` +
        `(target >= ${TARGET_APPROVALS_PER_SECOND}/s): ${verdict(spread.approvalsPerSecond >= TARGET_APPROVALS_PER_SECOND)}`,
    );
  }
  const single = results.find((r) => r.retainers === 1);
  if (single) {
    out(
      `Approvals on one retainer: ${single.approvalsPerSecond.toFixed(1)}/s (serialised by the ` +
        'retainer row lock; no target)',
    );
  }
}

async function benchApprovals(
  options: BenchOptions,
  owner: pg.Client,
  graphqlUrl: string,
  token: string,
  approverEmail: string,
  cleanup: Set<string>,
): Promise<void> {
  out(
    `\n== Approvals: approveTimeEntries (one entry per call) as ${approverEmail}, ` +
      `${options.approvalClients} concurrent clients`,
  );
  const picked = await pickRetainers(owner, options.approvalRetainers + 1);
  const cases: ApprovalCase[] = [
    { label: 'spread', retainers: picked.slice(0, options.approvalRetainers), profile: true },
    { label: 'one retainer', retainers: picked.slice(options.approvalRetainers), profile: false },
  ];
  out(`${machineLoad()} before the load.`);
  const results: ApprovalMeasurement[] = [];
  for (const c of cases) {
    results.push(await benchApprovalCase(options, owner, graphqlUrl, token, c, cleanup));
  }
  printApprovals(results);
  out(`${machineLoad()} after.`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'silent';
  process.env['VIGIL_SERVICE'] ??= 'retainers-bench';
  const options = benchOptions();
  const config = loadConfigOrExit();

  out('Ensuring the large data set...');
  out(describeGeneration(await generateLarge(config.databaseOwnerUrl)));
  out('Ensuring bench retainers, time entries and the ledger (about a minute the first time)...');
  out(describeRetainerGeneration(await generateRetainers(config.databaseOwnerUrl)));

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
  // Entries created for approvals and not yet cleaned up, should the run stop half-way.
  const cleanup = new Set<string>();
  let ownerConnected = false;
  try {
    await owner.connect();
    ownerConnected = true;
    // Earlier runs' approvals leave dead row versions behind; autovacuum would clear them between
    // bursts in production, so each run starts from the state it would find.
    const vacuumStarted = performance.now();
    await owner.query('VACUUM (ANALYZE) retainers, ledger_entries, time_entries, audit_log');
    out(
      `Vacuumed the retainer tables in ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s.`,
    );
    app = await createApi({ logger: false });
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `http://127.0.0.1:${portOf(app.getHttpServer() as Server)}/graphql`;
    const adminToken = await login(graphqlUrl, ADMIN_EMAIL);

    if (options.portfolio) await benchPortfolio(options, pool, graphqlUrl, adminToken);
    if (options.approvals) {
      const approverEmail = options.approver === 'am' ? ACCOUNT_MANAGER_EMAIL : ADMIN_EMAIL;
      const token = options.approver === 'am' ? await login(graphqlUrl, approverEmail) : adminToken;
      await benchApprovals(options, owner, graphqlUrl, token, approverEmail, cleanup);
    }
    out(
      '\nServers, PostgreSQL and the load generators share these CPUs; other work on the machine ' +
        'skews the figures.',
    );
  } finally {
    if (ownerConnected && cleanup.size) {
      await deleteUnapproved(owner, [...cleanup]).catch(() => undefined);
    }
    await pool.end();
    if (app) await app.close();
    if (ownerConnected) await owner.end().catch(() => undefined);
  }
}

if (require.main === module) {
  main()
    .catch((e: unknown) => {
      process.stderr.write(
        `bench:retainers failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 1;
    })
    .finally(() => {
      // Everything is closed by now; if a stray handle still holds the loop, do not hang.
      setTimeout(() => {
        process.stderr.write(
          'bench:retainers: something kept the process alive after cleanup; exiting.\n',
        );
        process.exit(process.exitCode ?? 0);
      }, 5000).unref();
    });
}
