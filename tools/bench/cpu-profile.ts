/**
 * Where the api's main thread spends its CPU time while serving the benchmark's GraphQL query.
 * Starts the api in-process (like api-bench.ts), signs in as the demo admin, samples the main
 * thread with the V8 profiler while autocannon (in a worker thread) loads it, then prints self time
 * by package and by function, and inclusive time of selected frames. The raw profile is written
 * to $TMPDIR/vigil-api-bench.cpuprofile (open it in Chrome DevTools or speedscope).
 *
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/cpu-profile.ts
 *
 * Knobs (environment): BENCH_CONNECTIONS (32), BENCH_DURATION_SECONDS (10), BENCH_WARMUP_SECONDS (3),
 * BENCH_PROFILE_QUERY (organizations, or portfolio: bench:retainers' query, whose data set that
 * benchmark makes).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import autocannon from 'autocannon';
import { loadConfigOrExit } from '@vigil/api/core';
import { createApi } from '@vigil/api/server';
import { generateLarge } from '../db/generate-large';
import { ORGANIZATIONS_QUERY } from './api-bench';
import { PORTFOLIO_QUERY } from './retainers-bench';
import { ADMIN_EMAIL, intFromEnv, login, portOf } from './bench-kit';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T)));
  });
}

/** node_modules package, or repository path, or a V8 pseudo frame such as (garbage collector). */
function bucketOf(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, '');
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node (core)';
  const rel = relative(process.cwd(), url);
  return rel.startsWith('..') ? url : rel.split('/').slice(0, 3).join('/');
}

function frameName(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, '');
  const nm = url.lastIndexOf('node_modules/');
  const where = nm >= 0 ? url.slice(nm + 'node_modules/'.length) : relative(process.cwd(), url);
  return `${frame.functionName || '(anonymous)'} ${where ? `${where}:${frame.lineNumber + 1}` : ''}`;
}

function top(map: Map<string, number>, total: number, n: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, ms]) =>
        `  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${k}`,
    )
    .join('\n');
}

/** Functions whose inclusive time says which layer costs what (matched by name and file). */
const INCLUSIVE: ReadonlyArray<[string, RegExp, RegExp]> = [
  [
    'graphql: parse (0 when Apollo has the document cached)',
    /^parse$/,
    /graphql\/language\/parser/,
  ],
  ['graphql: validate', /^validate$/, /graphql\/validation\/validate/],
  ['graphql: execute', /^execute$/, /graphql\/execution\/execute/],
  ['graphql: completeValue (results)', /^completeValue$/, /graphql\/execution\/execute/],
  ['nest: guards (AccessGuard)', /^canActivate$/, /access\.guard/],
  ['jwt verify (jsonwebtoken)', /^module\.exports$/, /jsonwebtoken\/verify/],
  ['typeorm: getRawAndEntities', /^getRawAndEntities$/, /typeorm/],
  ['typeorm: transform entities', /^transform$/, /RawSqlResultsToEntityTransformer/],
  ['typeorm: getCount', /^getCount$/, /typeorm/],
  ['pg: parse rows (handleDataRow)', /^handleDataRow$/, /pg\/lib/],
  ['express: handle', /^handle$/, /router/],
  ['pino-http: loggingMiddleware', /^loggingMiddleware$/, /pino-http/],
  ['JSON.stringify (prettyJSONStringify)', /^prettyJSONStringify$/, /@apollo\/server/],
];

async function main(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'silent';
  const connections = intFromEnv('BENCH_CONNECTIONS', 32, 1, 1000);
  const duration = intFromEnv('BENCH_DURATION_SECONDS', 10, 1, 600);
  const warmup = intFromEnv('BENCH_WARMUP_SECONDS', 3, 0, 600);
  const which = process.env['BENCH_PROFILE_QUERY'] ?? 'organizations';
  const queries: Record<string, string> = {
    organizations: ORGANIZATIONS_QUERY,
    portfolio: PORTFOLIO_QUERY,
  };
  const query = queries[which];
  if (!query)
    throw new Error(`BENCH_PROFILE_QUERY must be one of ${Object.keys(queries).join(', ')}`);
  const config = loadConfigOrExit();
  await generateLarge(config.databaseOwnerUrl);
  const app = await createApi({ logger: false });
  const session = new Session();
  try {
    await app.listen(0, '127.0.0.1');
    const port = portOf(app.getHttpServer() as Server);
    const url = `http://127.0.0.1:${port}/graphql`;
    const token = await login(url, ADMIN_EMAIL);
    const opts: autocannon.Options = {
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
      connections,
      workers: 1,
      duration: warmup,
    };
    if (warmup > 0) await autocannon(opts);

    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
    await post(session, 'Profiler.start');
    const result = await autocannon({ ...opts, duration });
    const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');

    const file = join(tmpdir(), 'vigil-api-bench.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));

    // Self time per node from the sample timeline.
    const self = new Map<number, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const id = samples[i];
      const next = deltas[i + 1] ?? 0;
      if (id !== undefined) self.set(id, (self.get(id) ?? 0) + next / 1000);
    }
    const total = (profile.endTime - profile.startTime) / 1000;
    const byBucket = new Map<string, number>();
    const byFunction = new Map<string, number>();
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const [id, ms] of self) {
      const node = nodes.get(id);
      if (!node) continue;
      const b = bucketOf(node.callFrame);
      byBucket.set(b, (byBucket.get(b) ?? 0) + ms);
      const f = frameName(node.callFrame);
      byFunction.set(f, (byFunction.get(f) ?? 0) + ms);
    }
    // Inclusive time: a node's self time plus its subtree, counted once per matching root.
    const inclusive = new Map<string, number>();
    const subtree = (id: number): number => {
      const node = nodes.get(id);
      if (!node) return 0;
      return (self.get(id) ?? 0) + (node.children ?? []).reduce((s, c) => s + subtree(c), 0);
    };
    const walk = (id: number, inside: ReadonlySet<string>): void => {
      const node = nodes.get(id);
      if (!node) return;
      let now = inside;
      for (const [label, fn, file] of INCLUSIVE) {
        if (
          inside.has(label) ||
          !fn.test(node.callFrame.functionName) ||
          !file.test(node.callFrame.url)
        )
          continue;
        inclusive.set(label, (inclusive.get(label) ?? 0) + subtree(id));
        now = new Set([...now, label]);
      }
      for (const c of node.children ?? []) walk(c, now);
    };
    const root = profile.nodes[0];
    if (root) walk(root.id, new Set());

    const idle = byBucket.get('(idle)') ?? 0;
    const requests = result.requests.total;
    const out = process.stdout;
    out.write(
      `GraphQL under load: ${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${requests} requests, non-2xx ${result.non2xx}, errors ${result.errors}\n`,
    );
    out.write(
      `Main thread: ${total.toFixed(0)} ms sampled, ${(total - idle).toFixed(0)} ms busy ` +
        `(${(((total - idle) / total) * 100).toFixed(1)} %), ${((total - idle) / Math.max(requests, 1)).toFixed(2)} ms CPU per request\n`,
    );
    out.write(
      'The sampling profiler slows the api down; read the shares, not the absolute milliseconds.\n',
    );
    out.write(`\nSelf time by package / folder:\n${top(byBucket, total, 25)}\n`);
    out.write(`\nSelf time by function:\n${top(byFunction, total, 40)}\n`);
    out.write(`\nInclusive time of selected frames (per request in brackets):\n`);
    for (const [label] of INCLUSIVE) {
      const ms = inclusive.get(label) ?? 0;
      out.write(
        `  ${ms.toFixed(0).padStart(7)} ms  (${(ms / Math.max(requests, 1)).toFixed(3)} ms)  ${label}\n`,
      );
    }
    out.write(`\nRaw profile: ${file}\n`);
  } finally {
    session.disconnect();
    await app.close();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(
      `cpu-profile failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 1;
  });
}
