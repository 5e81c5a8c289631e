/**
 * What the benchmarks share: knobs from the environment, the machine's load, a loopback server's
 * life cycle, signing in to the api as a demo user, recording and replaying the SQL the api sends,
 * and closed-loop HTTP load with autocannon.
 */
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';

export const ADMIN_EMAIL = 'admin@northwatch.test';
export const DEMO_PASSWORD = 'Vigil-demo-2026!';

/** An integer knob from the environment, `fallback` when unset; throws naming it when invalid. */
export function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(
      `${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(raw)}`,
    );
  }
  return n;
}

export function machineLoad(): string {
  const [one, five] = loadavg();
  return `${availableParallelism()} CPUs, load average ${one?.toFixed(2) ?? '?'} (1 min), ${five?.toFixed(2) ?? '?'} (5 min)`;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function listen(server: Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export function portOf(server: Server): number {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on TCP');
  return (address as AddressInfo).port;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** One HTTP request the benchmarks send, to the api or to a plain baseline. */
export interface Target {
  label: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export async function fetchText(target: Target): Promise<{ status: number; text: string }> {
  const init: RequestInit = { method: target.method, headers: target.headers };
  if (target.body !== undefined) init.body = target.body;
  const res = await fetch(target.url, init);
  return { status: res.status, text: await res.text() };
}

/** Signs in a demo user and returns their access token. */
export async function login(graphqlUrl: string, email: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await res.json()) as {
    data?: { login?: { accessToken?: string } | null } | null;
    errors?: { message: string }[];
  };
  const token = body.data?.login?.accessToken;
  if (!token) {
    throw new Error(
      `sign-in as ${email} failed (HTTP ${res.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no token'}`,
    );
  }
  return token;
}

/** Signs in each of `emails` (at most `concurrency` at a time); tokens by email. */
export async function loginAll(
  graphqlUrl: string,
  emails: readonly string[],
  concurrency = 8,
): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  const queue = [...new Set(emails)];
  const worker = async (): Promise<void> => {
    for (let email = queue.shift(); email !== undefined; email = queue.shift()) {
      tokens.set(email, await login(graphqlUrl, email));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Output

export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function verdict(ok: boolean): string {
  return ok ? 'MET' : 'MISSED';
}

/** The p-th percentile (nearest rank) of ascending `sorted`; 0 when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/** Comma-separated whole numbers from 1 to 1000 (`fallback` when unset; empty: none). */
export function countsFromEnv(name: string, fallback: string): number[] {
  return (process.env[name] ?? fallback)
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 1000) {
        throw new Error(`${name}: "${v}" is not a whole number from 1 to 1000`);
      }
      return n;
    });
}

/** Comma-separated names out of `known` (`fallback` when unset); throws naming the unknown ones. */
export function partsFromEnv<T extends string>(
  name: string,
  known: readonly T[],
  fallback: readonly T[],
): Set<T> {
  const raw = process.env[name];
  const parts = (raw === undefined || raw === '' ? fallback.join(',') : raw)
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = parts.filter((p) => !(known as readonly string[]).includes(p));
  if (unknown.length || !parts.length) {
    throw new Error(`${name} must list some of ${known.join(', ')}, got ${JSON.stringify(raw)}`);
  }
  return new Set(parts as T[]);
}

/**
 * Milliseconds on the machine's monotonic clock (process.hrtime: CLOCK_MONOTONIC), the same in
 * every thread and process, so a time taken in a worker compares with one taken here.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1000n) / 1000;
}

// ---------------------------------------------------------------------------------------------
// The SQL the api sends

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface CapturedStatement extends Statement {
  /** From pg.Client#query to its result: the round trip and the time inside PostgreSQL. */
  ms: number;
  /** Which connection sent it (1, 2, ... in order of first use while capturing). */
  connection: number;
}

type QueryMethod = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * Records every statement sent through pg.Client#query meanwhile (TypeORM's and anyone else's):
 * text, parameters, connection and time to the answer.
 */
export async function captureStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: CapturedStatement[] }> {
  const proto = pg.Client.prototype as unknown as { query: QueryMethod };
  const original = proto.query;
  const statements: CapturedStatement[] = [];
  const connections = new WeakMap<pg.Client, number>();
  let nextConnection = 1;
  proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
    const [first, second] = args;
    let text: string | undefined;
    let params: unknown[] = [];
    if (typeof first === 'string') {
      text = first;
      params = Array.isArray(second) ? second : [];
    } else if (typeof first === 'object' && first !== null && 'text' in first) {
      const values = (first as { values?: unknown }).values;
      text = String((first as { text: unknown }).text);
      params = Array.isArray(values) ? values : [];
    }
    const started = performance.now();
    const result = original.apply(this, args);
    if (text !== undefined) {
      let connection = connections.get(this);
      if (connection === undefined) {
        connection = nextConnection++;
        connections.set(this, connection);
      }
      const s: CapturedStatement = { sql: text, params, ms: 0, connection };
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

const BEGIN = /^\s*(START TRANSACTION|BEGIN)\b/i;
const END = /^\s*(COMMIT|ROLLBACK)\b/i;

/**
 * Captured statements cut into what ran together: each transaction (START TRANSACTION … COMMIT on
 * one connection) and each statement outside one, in the order they started. Assumes the work
 * that was captured ran one thing at a time, as a single request does.
 */
export function transactionsOf(statements: readonly CapturedStatement[]): CapturedStatement[][] {
  const groups: CapturedStatement[][] = [];
  const open = new Map<number, CapturedStatement[]>();
  for (const s of statements) {
    const current = open.get(s.connection);
    if (current) {
      current.push(s);
      if (END.test(s.sql)) open.delete(s.connection);
    } else if (BEGIN.test(s.sql)) {
      const group = [s];
      groups.push(group);
      open.set(s.connection, group);
    } else {
      groups.push([s]);
    }
  }
  return groups;
}

/**
 * Runs recorded transactions again, verbatim and in order, each on one connection of `pool`;
 * returns every statement's result. A connection whose transaction failed is discarded.
 */
export async function replay(
  pool: pg.Pool,
  transactions: readonly (readonly Statement[])[],
): Promise<pg.QueryResult[][]> {
  const results: pg.QueryResult[][] = [];
  for (const statements of transactions) {
    const client = await pool.connect();
    let failed: Error | undefined;
    try {
      const done: pg.QueryResult[] = [];
      for (const s of statements) done.push(await client.query(s.sql, s.params));
      results.push(done);
    } catch (e) {
      failed = e instanceof Error ? e : new Error(String(e));
      throw e;
    } finally {
      client.release(failed);
    }
  }
  return results;
}

/**
 * Waits (at most a minute) until no statement of the pool's role is running and, given
 * `inFlight` (see countInFlight), no request is being answered: when autocannon stops, the
 * requests it abandoned keep the api and PostgreSQL busy for a while, which would skew what
 * follows (or slip their statements into a capture).
 */
export async function waitForQuiet(pool: pg.Pool, inFlight?: () => number): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND usename = current_user AND state = 'active'
         AND pid <> pg_backend_pid()`,
    );
    if ((rows[0]?.n ?? 0) === 0 && (inFlight?.() ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Counts the HTTP requests `server` is answering at any moment (WebSocket upgrades aside). */
export function countInFlight(server: Server): () => number {
  let n = 0;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    n++;
    res.once('close', () => n--);
  });
  return () => n;
}

// ---------------------------------------------------------------------------------------------
// Load

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** autocannon worker threads; 0: on this thread. */
  workers: number;
  timeoutSeconds: number;
  /** Every response must have exactly this body (else it counts as a mismatch). */
  expectBody?: string;
}

/** Closed-loop load on one target with autocannon. */
export function load(target: Target, options: LoadOptions): Promise<autocannon.Result> {
  const opts: autocannon.Options = {
    url: target.url,
    method: target.method,
    headers: target.headers,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds,
    title: target.label,
  };
  if (options.expectBody !== undefined) opts.expectBody = options.expectBody;
  if (target.body !== undefined) opts.body = target.body;
  if (options.workers > 0) opts.workers = options.workers;
  return autocannon(opts);
}

export function p99Text(r: autocannon.Result): string {
  return r['2xx'] > 0
    ? `${r.latency.p99.toFixed(1)} ms`
    : `n/a (no answer completed within the ${r.duration.toFixed(0)} s run)`;
}

/** autocannon results side by side, one column each. */
export function printResults(columns: readonly (readonly [string, autocannon.Result])[]): void {
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
  const width = Math.max(12, ...columns.map(([name]) => name.length + 2));
  out(`${''.padEnd(22)}${columns.map(([name]) => name.padStart(width)).join('')}`);
  for (const [name, value] of rows) {
    out(`${name.padEnd(22)}${columns.map(([, r]) => value(r).padStart(width)).join('')}`);
  }
}
