/**
 * Throughput and latency of the GraphQL `organizations` list against a plain Node + pg baseline
 * that does the same database work for the same answer.
 *
 *   1. makes sure the large data set exists (tools/db/generate-large.ts);
 *   2. starts the real api in this process on a free loopback port and signs in as the demo admin;
 *   3. starts a minimal `http` server on another loopback port that, per request, opens a
 *      transaction on a `pg.Pool` (application role), sets app.all_orgs like the admin's
 *      transaction does, runs the same count and page SQL as OrganizationsService.list and
 *      answers with JSON shaped like the GraphQL response;
 *   4. checks that the first answer of each is right (50 edges, no errors, same data);
 *   5. profiles a few sequential requests of each (SQL round trips, time inside PostgreSQL);
 *   6. load-tests both with autocannon (warm-up, then measurement, one after the other) and
 *      prints a table and whether the targets are met.
 *
 * The load generator runs in a worker thread so it does not share the servers' event loop.
 * Exits 0 when the benchmark ran (met or missed targets alike), 1 when it could not run.
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/api-bench.ts
 *
 * Knobs (environment): BENCH_CONNECTIONS (32), BENCH_DURATION_SECONDS (10),
 * BENCH_WARMUP_SECONDS (3), BENCH_PROFILE_REQUESTS (200), BENCH_WORKERS (1; 0 = main thread).
 * The load is closed-loop: each connection sends its next request as soon as it is answered, so
 * at saturation latency is about connections / throughput (Little's law). To read latency below
 * saturation, use fewer connections.
 * LOG_LEVEL defaults to silent here.
 */
import 'reflect-metadata';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { INestApplication } from '@nestjs/common';
import autocannon from 'autocannon';
import pg from 'pg';
import { encodeCursor, loadConfigOrExit } from '@vigil/api/core';
import { createApi } from '@vigil/api/server';
import { OrganizationListRow, organizationListSql } from '@vigil/api/tenancy';
import { describeGeneration, generateLarge } from '../db/generate-large';
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

const PAGE_SIZE = 50;
const TARGET_THROUGHPUT_RATIO = 0.4;
const TARGET_P99_MS = 25;

export const ORGANIZATIONS_QUERY = `{ organizations(first: ${PAGE_SIZE}) { totalCount edges { cursor node { id name slug timeZone userCount } } pageInfo { hasNextPage endCursor } } }`;

/** The very statements OrganizationsService.list runs for `organizations(first: 50)`. */
const LIST_SQL = organizationListSql({}, PAGE_SIZE, null);

interface OrganizationNode {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  userCount: number;
}

interface OrganizationsConnection {
  totalCount: number;
  edges: { cursor: string; node: OrganizationNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface OrganizationsResponse {
  data?: { organizations?: OrganizationsConnection | null } | null;
  errors?: { message: string }[];
}

interface BenchOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  profileRequests: number;
  workers: number;
}

function benchOptions(): BenchOptions {
  return {
    connections: intFromEnv('BENCH_CONNECTIONS', 32, 1, 1000),
    durationSeconds: intFromEnv('BENCH_DURATION_SECONDS', 10, 1, 600),
    warmupSeconds: intFromEnv('BENCH_WARMUP_SECONDS', 3, 0, 600),
    profileRequests: intFromEnv('BENCH_PROFILE_REQUESTS', 200, 0, 100000),
    workers: intFromEnv('BENCH_WORKERS', 1, 0, 16),
  };
}

// ---------------------------------------------------------------------------------------------
// The plain baseline

/** One transaction, the admin's visibility, the same two statements, the GraphQL answer's shape. */
export async function plainOrganizations(pool: pg.Pool): Promise<OrganizationsResponse> {
  const client = await pool.connect();
  let release: Error | undefined;
  try {
    await client.query('START TRANSACTION');
    try {
      await client.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      const count = await client.query<{ total: number }>(
        LIST_SQL.count.sql,
        LIST_SQL.count.params,
      );
      const page = await client.query<OrganizationListRow>(LIST_SQL.page.sql, LIST_SQL.page.params);
      await client.query('COMMIT');
      const rows = page.rows.slice(0, PAGE_SIZE);
      const edges = rows.map((r) => ({
        cursor: encodeCursor({ sort: r.name, id: r.id }),
        node: {
          id: r.id,
          name: r.name,
          slug: r.slug,
          timeZone: r.time_zone,
          userCount: r.user_count,
        },
      }));
      return {
        data: {
          organizations: {
            totalCount: count.rows[0]?.total ?? 0,
            edges,
            pageInfo: {
              hasNextPage: page.rows.length > PAGE_SIZE,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
          },
        },
      };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } catch (e) {
    release = e instanceof Error ? e : new Error(String(e));
    throw e;
  } finally {
    // A client whose transaction failed is thrown away rather than reused.
    client.release(release);
  }
}

function startPlainServer(pool: pg.Pool): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' || req.url !== '/organizations') {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"message":"not found"}]}');
      return;
    }
    plainOrganizations(pool).then(
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

/** Checks one answer and returns its connection; throws with the reason when it is wrong. */
function checkAnswer(label: string, status: number, text: string): OrganizationsConnection {
  if (status !== 200) throw new Error(`${label}: HTTP ${status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as OrganizationsResponse;
  if (body.errors?.length)
    throw new Error(`${label}: errors: ${body.errors.map((e) => e.message).join('; ')}`);
  const connection = body.data?.organizations;
  if (!connection) throw new Error(`${label}: no data.organizations in ${text.slice(0, 300)}`);
  if (connection.edges.length !== PAGE_SIZE) {
    throw new Error(`${label}: expected ${PAGE_SIZE} edges, got ${connection.edges.length}`);
  }
  return connection;
}

// ---------------------------------------------------------------------------------------------
// Profiling: SQL round trips and time spent waiting for PostgreSQL, per request

interface QueryRecord {
  text: string;
  ms: number;
}

type QueryMethod = (this: pg.Client, ...args: unknown[]) => unknown;

/** Wraps pg.Client#query (used by TypeORM and by the baseline) to record each round trip. */
function instrumentPg(): { records: QueryRecord[]; restore: () => void } {
  const proto = pg.Client.prototype as unknown as { query: QueryMethod };
  const original = proto.query;
  const records: QueryRecord[] = [];
  proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
    const first = args[0];
    const text =
      typeof first === 'string'
        ? first
        : typeof first === 'object' && first !== null && 'text' in first
          ? String((first as { text: unknown }).text)
          : '?';
    const started = performance.now();
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      const done = (): void => {
        records.push({ text, ms: performance.now() - started });
      };
      result.then(done, done);
    }
    return result;
  };
  return {
    records,
    restore: () => {
      proto.query = original;
    },
  };
}

interface StatementStats {
  text: string;
  perRequest: number;
  meanMs: number;
}

interface Profile {
  label: string;
  requests: number;
  roundTrips: number;
  meanMs: number;
  dbMs: number;
  statements: StatementStats[];
}

async function profileTarget(target: Target, requests: number): Promise<Profile> {
  // A few unmeasured requests first, so JIT and caches are warm.
  for (let i = 0; i < 20; i++) await fetchText(target);
  const probe = instrumentPg();
  let totalMs = 0;
  try {
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const { status, text } = await fetchText(target);
      totalMs += performance.now() - started;
      checkAnswer(target.label, status, text);
    }
  } finally {
    probe.restore();
  }
  const byText = new Map<string, { n: number; ms: number }>();
  for (const r of probe.records) {
    const s = byText.get(r.text) ?? { n: 0, ms: 0 };
    s.n += 1;
    s.ms += r.ms;
    byText.set(r.text, s);
  }
  return {
    label: target.label,
    requests,
    roundTrips: probe.records.length / requests,
    meanMs: totalMs / requests,
    dbMs: probe.records.reduce((sum, r) => sum + r.ms, 0) / requests,
    statements: [...byText].map(([text, s]) => ({
      text,
      perRequest: s.n / requests,
      meanMs: s.ms / s.n,
    })),
  };
}

function printProfiles(profiles: Profile[]): void {
  const out = process.stdout;
  out.write(`\nSequential profile (1 connection, ${profiles[0]?.requests ?? 0} requests each):\n`);
  out.write(
    `${'target'.padEnd(12)}${'round trips/req'.padStart(17)}${'mean ms'.padStart(10)}${'in pg ms'.padStart(10)}${'outside pg ms'.padStart(15)}\n`,
  );
  for (const p of profiles) {
    out.write(
      `${p.label.padEnd(12)}${p.roundTrips.toFixed(1).padStart(17)}${p.meanMs.toFixed(2).padStart(10)}${p.dbMs.toFixed(2).padStart(10)}${(p.meanMs - p.dbMs).toFixed(2).padStart(15)}\n`,
    );
  }
  out.write(
    '("in pg" is the time from pg.Client#query to its result, so it includes the round trip.)\n',
  );
  for (const p of profiles) {
    out.write(`\nStatements per ${p.label} request (times per request, mean ms each):\n`);
    for (const s of p.statements) {
      const text = s.text.replace(/\s+/g, ' ');
      out.write(
        `  ${s.perRequest.toFixed(1)} x ${s.meanMs.toFixed(2).padStart(6)} ms  ${text.length > 100 ? `${text.slice(0, 97)}...` : text}\n`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Load

async function load(
  target: Target,
  options: BenchOptions,
  seconds: number,
  expectBody: string,
): Promise<autocannon.Result> {
  const opts: autocannon.Options = {
    url: target.url,
    method: target.method,
    headers: target.headers,
    connections: options.connections,
    duration: seconds,
    expectBody,
    title: target.label,
  };
  if (target.body !== undefined) opts.body = target.body;
  if (options.workers > 0) opts.workers = options.workers;
  return autocannon(opts);
}

interface Measurement {
  result: autocannon.Result;
  /** Share of the wall time the servers' event loop (this process's main thread) was busy. */
  loopBusy: number;
  /** Busy main-thread milliseconds per completed request. */
  busyMsPerRequest: number;
}

async function measure(
  target: Target,
  options: BenchOptions,
  expectBody: string,
): Promise<Measurement> {
  if (options.warmupSeconds > 0) {
    process.stdout.write(`  ${target.label}: warming up for ${options.warmupSeconds} s...\n`);
    await load(target, options, options.warmupSeconds, expectBody);
  }
  process.stdout.write(`  ${target.label}: measuring for ${options.durationSeconds} s...\n`);
  const before = performance.eventLoopUtilization();
  const result = await load(target, options, options.durationSeconds, expectBody);
  const elu = performance.eventLoopUtilization(before);
  return {
    result,
    loopBusy: elu.utilization,
    busyMsPerRequest: result.requests.total > 0 ? elu.active / result.requests.total : 0,
  };
}

function printResults(plainRun: Measurement, graphqlRun: Measurement): void {
  const out = process.stdout;
  const plain = plainRun.result;
  const graphql = graphqlRun.result;
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
  out.write(`\n${''.padEnd(22)}${'plain pg'.padStart(12)}${'GraphQL'.padStart(12)}\n`);
  for (const [name, value] of rows) {
    out.write(`${name.padEnd(22)}${value(plain).padStart(12)}${value(graphql).padStart(12)}\n`);
  }
  const loop: [string, (m: Measurement) => string][] = [
    ['event loop busy (%)', (m) => (m.loopBusy * 100).toFixed(0)],
    ['loop ms per request', (m) => m.busyMsPerRequest.toFixed(2)],
  ];
  for (const [name, value] of loop) {
    out.write(
      `${name.padEnd(22)}${value(plainRun).padStart(12)}${value(graphqlRun).padStart(12)}\n`,
    );
  }
  const ratio = plain.requests.average > 0 ? graphql.requests.average / plain.requests.average : 0;
  const ratioOk = ratio >= TARGET_THROUGHPUT_RATIO;
  const p99Ok = graphql.latency.p99 < TARGET_P99_MS;
  const failures =
    graphql.non2xx +
    graphql.errors +
    graphql.mismatches +
    plain.non2xx +
    plain.errors +
    plain.mismatches;
  out.write(
    `\nGraphQL / plain throughput: ${(ratio * 100).toFixed(1)} % (target >= ${TARGET_THROUGHPUT_RATIO * 100} %): ${ratioOk ? 'MET' : 'MISSED'}\n`,
  );
  out.write(
    `GraphQL p99 latency: ${graphql.latency.p99.toFixed(1)} ms (target < ${TARGET_P99_MS} ms): ${p99Ok ? 'MET' : 'MISSED'}\n`,
  );
  if (failures) out.write(`Warning: ${failures} failed or unexpected responses (see the table).\n`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'silent';
  process.env['VIGIL_SERVICE'] ??= 'api-bench';
  const options = benchOptions();
  const config = loadConfigOrExit();

  process.stdout.write('Ensuring the large data set...\n');
  process.stdout.write(`${describeGeneration(await generateLarge(config.databaseOwnerUrl))}\n`);

  let app: INestApplication | undefined;
  let plainServer: Server | undefined;
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    // The same pool size as the api's (DATABASE_POOL_SIZE).
    max: config.databasePoolSize,
    application_name: 'vigil-bench-plain',
  });
  try {
    app = await createApi({ logger: false });
    await app.listen(0, '127.0.0.1');
    const apiPort = portOf(app.getHttpServer() as Server);
    const graphqlUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const token = await login(graphqlUrl, ADMIN_EMAIL);

    plainServer = await startPlainServer(pool);
    const plainUrl = `http://127.0.0.1:${portOf(plainServer)}/organizations`;

    const graphql: Target = {
      label: 'GraphQL',
      url: graphqlUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ORGANIZATIONS_QUERY }),
    };
    const plain: Target = { label: 'plain pg', url: plainUrl, method: 'GET', headers: {} };
    process.stdout.write(`api on ${graphqlUrl}, plain baseline on ${plainUrl}\n`);

    // Correctness first: both answer 50 edges without errors, and the same data.
    const first = { graphql: await fetchText(graphql), plain: await fetchText(plain) };
    const graphqlAnswer = checkAnswer(graphql.label, first.graphql.status, first.graphql.text);
    const plainAnswer = checkAnswer(plain.label, first.plain.status, first.plain.text);
    if (!isDeepStrictEqual(graphqlAnswer, plainAnswer)) {
      throw new Error(
        'the plain baseline and GraphQL answered differently; the comparison would be meaningless',
      );
    }
    process.stdout.write(
      `First answers agree: ${graphqlAnswer.edges.length} edges of ${graphqlAnswer.totalCount} client organisations, ` +
        `first "${graphqlAnswer.edges[0]?.node.name ?? ''}" (${graphqlAnswer.edges[0]?.node.userCount ?? 0} users).\n`,
    );

    if (options.profileRequests > 0) {
      printProfiles([
        await profileTarget(plain, options.profileRequests),
        await profileTarget(graphql, options.profileRequests),
      ]);
    }

    process.stdout.write(
      `\nLoad: ${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s each, ` +
        `${options.workers > 0 ? `${options.workers} autocannon worker thread(s)` : 'autocannon on the main thread'}, ` +
        'closed loop (each connection sends again as soon as answered); ' +
        `responses must equal the first one.\n`,
    );
    process.stdout.write(`${machineLoad()} before the load.\n`);
    const plainResult = await measure(plain, options, first.plain.text);
    const graphqlResult = await measure(graphql, options, first.graphql.text);
    printResults(plainResult, graphqlResult);

    // Saturated, latency is about connections / throughput whatever the code does. One
    // connection at a time shows the latency of the request path itself, without queueing.
    const single = { ...options, connections: 1 };
    process.stdout.write(`\nOne connection (no queueing), ${options.durationSeconds} s each:\n`);
    const singlePlain = await load(plain, single, options.durationSeconds, first.plain.text);
    const singleGraphql = await load(graphql, single, options.durationSeconds, first.graphql.text);
    process.stdout.write(`${''.padEnd(22)}${'plain pg'.padStart(12)}${'GraphQL'.padStart(12)}\n`);
    for (const [name, value] of [
      ['requests/s (mean)', (r: autocannon.Result) => r.requests.average.toFixed(1)],
      ['latency p50 (ms)', (r: autocannon.Result) => r.latency.p50.toFixed(1)],
      ['latency p99 (ms)', (r: autocannon.Result) => r.latency.p99.toFixed(1)],
      ['non-2xx + errors', (r: autocannon.Result) => String(r.non2xx + r.errors + r.mismatches)],
    ] as const) {
      process.stdout.write(
        `${name.padEnd(22)}${value(singlePlain).padStart(12)}${value(singleGraphql).padStart(12)}\n`,
      );
    }
    process.stdout.write(
      `GraphQL p99 with one connection: ${singleGraphql.latency.p99.toFixed(1)} ms (under ${TARGET_P99_MS} ms: ${singleGraphql.latency.p99 < TARGET_P99_MS ? 'yes' : 'no'})\n`,
    );
    process.stdout.write(
      `${machineLoad()} after. Servers, PostgreSQL and the load generator share these CPUs; ` +
        'other work on the machine skews the figures.\n',
    );
  } finally {
    if (plainServer) await closeServer(plainServer);
    await pool.end();
    if (app) await app.close();
  }
}

if (require.main === module) {
  main()
    .catch((e: unknown) => {
      process.stderr.write(
        `bench:api failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 1;
    })
    .finally(() => {
      // Everything is closed by now; if a stray handle still holds the loop, do not hang.
      setTimeout(() => {
        process.stderr.write(
          'bench:api: something kept the process alive after cleanup; exiting.\n',
        );
        process.exit(process.exitCode ?? 0);
      }, 5000).unref();
    });
}
