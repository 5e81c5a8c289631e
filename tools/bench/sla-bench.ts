/**
 * The SLA engine under load, on the large data set (tools/db/generate-large.ts and
 * generate-engagements.ts: 1,000 client organisations, 100,000 engagements, each with a bench
 * consultant as incident commander and, for SEV1/SEV2, a lead investigator):
 *
 *   1. makes sure the data set exists (generateLarge, generateRetainers, generateEngagements) and
 *      prints how long that took; removes what an interrupted earlier run left behind;
 *   2. installs bench-only triggers (created and dropped here, not a migration) that log every
 *      transition of a cycle into BREACHED, with its transaction id, and every breach notification
 *      that was actually inserted;
 *   3. starts BENCH_WORKERS real worker processes (apps/worker/src/main.ts) on a queue prefix of
 *      their own, so nothing else takes or adds their jobs;
 *   4. breaches: inserts BENCH_CYCLES running cycles (set-based: one per engagement, round robin
 *      over the 1,000 organisations; a 24×7 UTC calendar, a 60-minute goal, no warnings, the
 *      default escalation delays) whose due instants are spread uniformly over BENCH_WINDOW_SECONDS,
 *      starting BENCH_LEAD_SECONDS after the insert, arms them with the product's sweep
 *      (SlaAlarmsService.sweep in a Nest application context in this process, as the worker's
 *      start-up sweep would) and lets them breach. Prints the lateness of each breach from its due
 *      instant to breach_recorded_at (clock_timestamp() in the committing transaction, just before
 *      COMMIT) and to when another session first saw the change committed (a poller reads the
 *      logged transaction ids every BENCH_POLL_MS: an upper bound of the commit), p50 / p99 / max,
 *      also by ten-second slices of the window; breaches per second; cycles lost (not BREACHED
 *      within BENCH_GRACE_SECONDS of their due instant) and duplicated (a second transition into
 *      BREACHED, or a second breach notification to one person); whether each breach went to the
 *      cycle's team; Redis used_memory before and after arming and at the peak; CPU time by process;
 *   5. restore: with the workers stopped and the first cycles gone, inserts BENCH_CYCLES fresh
 *      cycles due BENCH_RESTORE_AHEAD_MINUTES ahead, arms them with the sweep, empties Redis and
 *      times SlaAlarmsService.sweep until every cycle's alarm (the delayed job of the SLA_TICK_MS
 *      tick its alarm instant falls in) is in Redis again.
 *      Empties Redis with FLUSHALL when it holds nothing but the bench's keys, else deletes only
 *      the bench prefix's keys so as not to wipe anyone else's queues (BENCH_FLUSH=all forces
 *      FLUSHALL, BENCH_FLUSH=prefix the prefix only);
 *   6. removes its cycles, their notifications, the triggers and the bench's Redis keys.
 *
 * Targets (the issue): p99 lateness < 500 ms, 0 lost, 0 duplicated, full restore < 30 s.
 * Exits 0 when the benchmark ran (met or missed targets alike: see the output), 1 when it could
 * not run.
 *
 *   npm run bench:sla
 *   SWC_NODE_PROJECT=tsconfig.tools.json node -r @swc-node/register tools/bench/sla-bench.ts
 *
 * Knobs (environment): BENCH_CYCLES (100000), BENCH_WORKERS (1), BENCH_PARTS (breach,restore),
 * BENCH_WINDOW_SECONDS (60), BENCH_LEAD_SECONDS (time to insert and arm before the first due
 * instant; 0, the default: 10 s plus 1 s per 2,500 cycles), BENCH_GRACE_SECONDS (30), BENCH_POLL_MS (50), BENCH_RESTORE_AHEAD_MINUTES (10),
 * BENCH_FLUSH (auto, all or prefix), BENCH_QUEUE_PREFIX (vigil-bench-sla), BENCH_WORKER (src:
 * apps/worker/src/main.ts through @swc-node/register; dist: dist/apps/worker/main.js, which must
 * be built from the current sources), BENCH_WORKER_PROFILE (a folder: the workers write V8 CPU
 * profiles there when they stop). LOG_LEVEL defaults to silent here (the workers log at info).
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import pg from 'pg';
import { CoreModule, loadConfigOrExit, PubSubModule, VigilConfig } from '@vigil/api/core';
import { DatabaseModule } from '@vigil/api/database';
import { jobIds, QueueModule, QueueName, SLA_TICK_MS, slaTick } from '@vigil/api/queue';
import { SlaAlarmsService, SlaCoreModule } from '@vigil/api/sla';
import {
  DEFAULT_ESCALATION_DELAYS_MINUTES,
  SLA_GOAL_LABELS,
  SlaCycleState,
  SlaGoalKind,
} from '@vigil/shared/domain';
import {
  describeGeneration,
  generateLarge,
  generateRetainers,
  describeRetainerGeneration,
} from '../db/generate-large';
import { describeEngagementGeneration, generateEngagements } from '../db/generate-engagements';
import {
  errorMessage,
  intFromEnv,
  machineLoad,
  out,
  partsFromEnv,
  percentile,
  verdict,
} from './bench-kit';

const ROOT = join(__dirname, '..', '..');
const STARTED = performance.now();

/** A line of output with the time since the benchmark started, for the steps that take long. */
function step(line: string): void {
  const s = Math.floor((performance.now() - STARTED) / 1000);
  const at = `[${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}]`;
  out(line.startsWith('\n') ? `\n${at} ${line.slice(1)}` : `${at} ${line}`);
}
/** How the bench's cycles are told apart from everyone else's (and found again after a crash). */
const BENCH_LABEL = `${SLA_GOAL_LABELS[SlaGoalKind.RESPOND]} (bench:sla)`;
const BENCH_KIND = SlaGoalKind.RESPOND;
const CALENDAR_24X7 = { timeZone: 'UTC', week: null, holidays: [] };
const GOAL_MINUTES = 60;
const TARGET_P99_MS = 500;
const TARGET_RESTORE_S = 30;
/** Bench-only objects in PostgreSQL: created and dropped by this script. */
const LOG_BREACHES = 'sla_bench_breaches';
const LOG_NOTICES = 'sla_bench_notices';
const LOG_TX = 'sla_bench_tx';
const TRIGGER_CYCLES = 'sla_bench_breach_log';
const TRIGGER_NOTICES = 'sla_bench_notice_log';

type Part = 'breach' | 'restore';
type FlushMode = 'auto' | 'all' | 'prefix';

interface BenchOptions {
  parts: Set<Part>;
  cycles: number;
  workers: number;
  windowSeconds: number;
  leadSeconds: number;
  graceSeconds: number;
  pollMs: number;
  restoreAheadMinutes: number;
  flush: FlushMode;
  queuePrefix: string;
  workerEntry: 'src' | 'dist';
  /** Where the workers write V8 CPU profiles (on exit), or null. */
  profileDir: string | null;
}

function benchOptions(): BenchOptions {
  const flush = process.env['BENCH_FLUSH'] || 'auto';
  if (flush !== 'auto' && flush !== 'all' && flush !== 'prefix')
    throw new Error(`BENCH_FLUSH must be auto, all or prefix, got ${JSON.stringify(flush)}`);
  const workerEntry = process.env['BENCH_WORKER'] || 'src';
  if (workerEntry !== 'src' && workerEntry !== 'dist')
    throw new Error(`BENCH_WORKER must be src or dist, got ${JSON.stringify(workerEntry)}`);
  const queuePrefix = process.env['BENCH_QUEUE_PREFIX'] || 'vigil-bench-sla';
  // Its keys are deleted wholesale: refuse anything that could be someone else's prefix.
  if (!/^[A-Za-z0-9_-]*bench[A-Za-z0-9_-]*$/.test(queuePrefix))
    throw new Error(
      `BENCH_QUEUE_PREFIX must contain "bench" (its keys are deleted), got ${queuePrefix}`,
    );
  return {
    parts: partsFromEnv<Part>('BENCH_PARTS', ['breach', 'restore'], ['breach', 'restore']),
    cycles: intFromEnv('BENCH_CYCLES', 100_000, 1, 100_000),
    workers: intFromEnv('BENCH_WORKERS', 1, 1, 8),
    windowSeconds: intFromEnv('BENCH_WINDOW_SECONDS', 60, 1, 3600),
    // Inserting and arming 100,000 takes about half a minute here.
    leadSeconds: intFromEnv('BENCH_LEAD_SECONDS', 0, 0, 600),
    graceSeconds: intFromEnv('BENCH_GRACE_SECONDS', 30, 1, 3600),
    pollMs: intFromEnv('BENCH_POLL_MS', 50, 5, 10_000),
    restoreAheadMinutes: intFromEnv('BENCH_RESTORE_AHEAD_MINUTES', 10, 2, 1440),
    flush,
    queuePrefix,
    workerEntry,
    profileDir: process.env['BENCH_WORKER_PROFILE'] || null,
  };
}

interface Figure {
  figure: string;
  measured: string;
  target: string;
  verdict: string;
  /** Measured over the target (below 1 is better), where the target is a bound. */
  ratio?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function int(n: number): string {
  return n.toLocaleString('en-GB');
}

// ---------------------------------------------------------------------------------------------
// Processes and CPU time

const CLOCK_TICKS = 100;

/** utime + stime of a process in seconds (0 when it is gone). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of every live process, by pid, with the part of the system it belongs to:
 * PostgreSQL backends of `database`, the rest of PostgreSQL, Redis, or anything else.
 */
function processCpu(database: string): Map<number, { part: string; cpu: number }> {
  const found = new Map<number, { part: string; cpu: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      let part = 'other processes';
      if (command === 'postgres') {
        // Backends name their role and database: "postgres: 15/main: vigil_app vigil 127.0.0.1(…) idle".
        const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        part = args.split(' ')[3] === database ? `PostgreSQL on ${database}` : 'PostgreSQL, other';
      } else if (command === 'redis-server') part = 'Redis';
      found.set(pid, { part, cpu: cpuOf(pid) });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** Busy and total jiffies of the whole machine (/proc/stat). */
function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/** CPU time spent meanwhile, per part of the system. */
class CpuMeter {
  private readonly machine = machineTicks();
  private readonly processes: Map<number, { part: string; cpu: number }>;
  private readonly own = process.cpuUsage();
  private readonly started = performance.now();

  constructor(
    private readonly workerPids: number[],
    private readonly database: string,
  ) {
    this.processes = processCpu(database);
  }

  report(): string {
    const wall = (performance.now() - this.started) / 1000;
    const m = machineTicks();
    const busy = (m.busy - this.machine.busy) / Math.max(1, m.total - this.machine.total);
    const parts = new Map<string, number>();
    for (const [pid, now] of processCpu(this.database)) {
      if (pid === process.pid) continue;
      const index = this.workerPids.indexOf(pid);
      const part = index >= 0 ? `worker ${index + 1}` : now.part;
      parts.set(part, (parts.get(part) ?? 0) + now.cpu - (this.processes.get(pid)?.cpu ?? 0));
    }
    const own = process.cpuUsage(this.own);
    parts.set('this bench', (own.user + own.system) / 1e6);
    const order = (name: string): number =>
      name.startsWith('worker')
        ? 0
        : name.startsWith('PostgreSQL on')
          ? 1
          : name === 'Redis'
            ? 2
            : 3;
    const shown = [...parts.entries()]
      .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
      .map(([name, cpu]) => `${name} ${cpu.toFixed(1)} s`);
    return `CPU over ${wall.toFixed(1)} s: machine ${(busy * 100).toFixed(0)} % busy of ${availableParallelism()} CPUs; ${shown.join(', ')}`;
  }
}

/** A real worker process (apps/worker/src/main.ts) on the bench's queue prefix. */
class WorkerProcess {
  private readonly lines: string[] = [];
  private partial = '';
  readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  private constructor(
    readonly index: number,
    private readonly child: ChildProcess,
  ) {
    const take = (d: Buffer): void => {
      const text = this.partial + d.toString();
      const parts = text.split('\n');
      this.partial = parts.pop() ?? '';
      for (const line of parts) {
        this.lines.push(line);
        if (this.lines.length > 2000) this.lines.shift();
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  static async start(
    index: number,
    options: BenchOptions,
    config: VigilConfig,
  ): Promise<WorkerProcess> {
    const profile = options.profileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`]
      : [];
    const args =
      options.workerEntry === 'dist'
        ? [...profile, join(ROOT, 'dist/apps/worker/main.js')]
        : [...profile, '-r', '@swc-node/register', join(ROOT, 'apps/worker/src/main.ts')];
    if (options.workerEntry === 'dist' && !existsSync(join(ROOT, 'dist/apps/worker/main.js')))
      throw new Error('BENCH_WORKER=dist but dist/apps/worker/main.js is missing: build it first');
    const worker = new WorkerProcess(
      index,
      spawn(process.execPath, args, {
        cwd: ROOT,
        env: {
          ...process.env,
          SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json'),
          QUEUE_PREFIX: options.queuePrefix,
          DATABASE_URL: config.databaseUrl,
          REDIS_URL: config.redisUrl,
          LOG_LEVEL: 'info',
          VIGIL_SERVICE: `sla-bench-worker-${index}`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const deadline = performance.now() + 120_000;
    while (!worker.log().includes('Vigil worker started')) {
      if (worker.exitCode !== undefined)
        throw new Error(`worker ${index} exited with ${worker.exitCode}: ${worker.tail(20)}`);
      if (performance.now() > deadline)
        throw new Error(`worker ${index} did not start within 120 s: ${worker.tail(20)}`);
      await sleep(100);
    }
    return worker;
  }

  log(): string {
    return `${this.lines.join('\n')}\n${this.partial}`;
  }

  tail(n: number): string {
    return this.lines.slice(-n).join('\n');
  }

  /** Messages of the lines logged at `level` or above (pino: 40 warn, 50 error). */
  messages(level: number): string[] {
    const found: string[] = [];
    for (const line of this.lines) {
      if (!line.startsWith('{')) {
        if (line.trim()) found.push(line.trim());
        continue;
      }
      try {
        const entry = JSON.parse(line) as {
          level?: number;
          msg?: string;
          err?: { message?: string };
        };
        if ((entry.level ?? 0) >= level) found.push(entry.msg ?? entry.err?.message ?? line);
      } catch {
        found.push(line);
      }
    }
    return found;
  }

  /** The message of the first line containing `text`. */
  find(text: string): string | undefined {
    const line = this.lines.find((l) => l.includes(text));
    if (!line) return undefined;
    try {
      return (JSON.parse(line) as { msg?: string }).msg ?? line;
    } catch {
      return line;
    }
  }

  /** SIGTERM (the worker drains), then SIGKILL after 30 s. */
  async stop(): Promise<void> {
    if (this.exitCode === undefined) this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      this.exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 30_000))),
    ]);
    clearTimeout(timer);
    if (!done) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    // Its pipes can outlive it (and this process with them).
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// The product's sweep, in this process

/** What SlaAlarmsService needs, without GraphQL and without any queue processor. */
@Module({})
class SlaBenchModule {
  static forRoot(): DynamicModule {
    return {
      module: SlaBenchModule,
      imports: [
        CoreModule.forRoot(),
        DatabaseModule,
        PubSubModule,
        QueueModule.forRoot(),
        SlaCoreModule,
      ],
    };
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** One transaction as the owner, every organisation visible, through the provider's eyes. */
async function asOwner<T>(owner: pg.Client, work: () => Promise<T>): Promise<T> {
  await owner.query('BEGIN');
  try {
    await owner.query(
      `SELECT set_config('app.all_orgs', 'on', true), set_config('app.client', 'off', true)`,
    );
    const result = await work();
    await owner.query('COMMIT');
    return result;
  } catch (e) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Removes the bench's cycles and their notifications; returns how many of each. */
async function removeBenchCycles(owner: pg.Client): Promise<{ cycles: number; notices: number }> {
  return asOwner(owner, async () => {
    const notices = await owner.query(
      `DELETE FROM notifications WHERE dedupe_key LIKE 'sla:%'
         AND split_part(dedupe_key, ':', 2) IN (SELECT id::text FROM sla_cycles WHERE label = $1)`,
      [BENCH_LABEL],
    );
    const cycles = await owner.query(`DELETE FROM sla_cycles WHERE label = $1`, [BENCH_LABEL]);
    return { cycles: cycles.rowCount ?? 0, notices: notices.rowCount ?? 0 };
  });
}

async function dropLogging(owner: pg.Client): Promise<void> {
  await owner.query(`DROP TRIGGER IF EXISTS ${TRIGGER_CYCLES} ON sla_cycles`);
  await owner.query(`DROP TRIGGER IF EXISTS ${TRIGGER_NOTICES} ON notifications`);
  await owner.query(`DROP FUNCTION IF EXISTS ${TRIGGER_CYCLES}()`);
  await owner.query(`DROP FUNCTION IF EXISTS ${TRIGGER_NOTICES}()`);
  await owner.query(`DROP TABLE IF EXISTS ${LOG_BREACHES}, ${LOG_NOTICES}, ${LOG_TX}`);
}

/**
 * Statement-level triggers (one insert per UPDATE or INSERT statement, not per row, so the
 * logging costs little): every transition of a cycle into BREACHED with its transaction id, each
 * transaction that made one, and every breach notification actually inserted (ON CONFLICT DO
 * NOTHING leaves the others out of the transition table). SECURITY DEFINER: the worker's role
 * writes the owner's log tables.
 */
async function installLogging(owner: pg.Client): Promise<void> {
  await dropLogging(owner);
  await owner.query(
    `CREATE UNLOGGED TABLE ${LOG_BREACHES} (cycle_id uuid NOT NULL, txid bigint NOT NULL, at timestamptz NOT NULL)`,
  );
  await owner.query(
    `CREATE UNLOGGED TABLE ${LOG_TX} (txid bigint PRIMARY KEY, breaches integer NOT NULL)`,
  );
  await owner.query(
    `CREATE UNLOGGED TABLE ${LOG_NOTICES} (cycle_id uuid NOT NULL, user_id uuid NOT NULL)`,
  );
  await owner.query(
    `CREATE FUNCTION ${TRIGGER_CYCLES}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = public AS $$
     DECLARE n integer;
     BEGIN
       INSERT INTO ${LOG_BREACHES} (cycle_id, txid, at)
       SELECT nr.id, pg_current_xact_id()::text::bigint, clock_timestamp()
       FROM new_rows nr JOIN old_rows o ON o.id = nr.id
       WHERE nr.state = '${SlaCycleState.BREACHED}' AND o.state <> '${SlaCycleState.BREACHED}';
       GET DIAGNOSTICS n = ROW_COUNT;
       IF n > 0 THEN
         INSERT INTO ${LOG_TX} AS t (txid, breaches) VALUES (pg_current_xact_id()::text::bigint, n)
         ON CONFLICT (txid) DO UPDATE SET breaches = t.breaches + excluded.breaches;
       END IF;
       RETURN NULL;
     END $$`,
  );
  await owner.query(
    `CREATE TRIGGER ${TRIGGER_CYCLES} AFTER UPDATE ON sla_cycles
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${TRIGGER_CYCLES}()`,
  );
  await owner.query(
    `CREATE FUNCTION ${TRIGGER_NOTICES}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = public AS $$
     BEGIN
       INSERT INTO ${LOG_NOTICES} (cycle_id, user_id)
       SELECT split_part(nr.dedupe_key, ':', 2)::uuid, nr.user_id
       FROM new_rows nr WHERE nr.kind = 'sla.breach';
       RETURN NULL;
     END $$`,
  );
  await owner.query(
    `CREATE TRIGGER ${TRIGGER_NOTICES} AFTER INSERT ON notifications
       REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${TRIGGER_NOTICES}()`,
  );
}

interface Inserted {
  cycles: number;
  organizations: number;
  engagements: number;
  firstDueMs: number;
  lastDueMs: number;
  ms: number;
}

/**
 * `count` RUNNING cycles, one per engagement (taken round robin over the organisations, so every
 * organisation gets its share), due from `firstDueMs` to `firstDueMs + windowMs` evenly (whole
 * milliseconds, as PostgreSQL and JavaScript agree on them), their alarm at the due instant.
 */
async function insertCycles(
  owner: pg.Client,
  count: number,
  firstDueMs: number,
  windowMs: number,
): Promise<Inserted> {
  const started = performance.now();
  const result = await asOwner(owner, async () => {
    await owner.query(`SET LOCAL work_mem = '64MB'`);
    const res = await owner.query(
      `WITH ranked AS (
         SELECT e.id, e.organization_id, e.severity,
                row_number() OVER (PARTITION BY e.organization_id ORDER BY e.id) AS k
         FROM engagements e JOIN organizations o ON o.id = e.organization_id
         WHERE o.kind = 'CLIENT'
           AND EXISTS (SELECT 1 FROM engagement_members m WHERE m.engagement_id = e.id)
       ), picked AS (
         SELECT id, organization_id, severity,
                row_number() OVER (ORDER BY k, organization_id) - 1 AS n
         FROM ranked ORDER BY k, organization_id LIMIT $1
       ), timed AS (
         SELECT p.*, timestamptz 'epoch'
                  + ($2::bigint + floor(p.n * $3::float8 / $1::int)::bigint) * interval '1 millisecond' AS due
         FROM picked p
       )
       INSERT INTO sla_cycles (version, organization_id, engagement_id, kind, sequence, severity,
           label, goal_minutes, calendar, pausable, state, started_at, due_at, warning_shares,
           escalation_delays_minutes, next_alarm_at)
       SELECT 1, t.organization_id, t.id, $4::sla_goal_kind,
              1 + coalesce(s.sequence, 0),
              t.severity, $5, $6::int, $7::jsonb, true, $8::sla_cycle_state,
              t.due - $6::int * interval '1 minute', t.due, '{}', $9::int[], t.due
       FROM timed t
       LEFT JOIN (SELECT engagement_id, max(sequence) AS sequence FROM sla_cycles
                  WHERE kind = $4::sla_goal_kind GROUP BY engagement_id) s ON s.engagement_id = t.id`,
      [
        count,
        firstDueMs,
        windowMs,
        BENCH_KIND,
        BENCH_LABEL,
        GOAL_MINUTES,
        JSON.stringify(CALENDAR_24X7),
        SlaCycleState.RUNNING,
        [...DEFAULT_ESCALATION_DELAYS_MINUTES],
      ],
    );
    const stats = await owner.query<{
      first: string;
      last: string;
      engagements: number;
      organizations: number;
    }>(
      `SELECT (extract(epoch FROM min(due_at)) * 1000)::bigint::text AS first,
              (extract(epoch FROM max(due_at)) * 1000)::bigint::text AS last,
              count(DISTINCT engagement_id)::int AS engagements,
              count(DISTINCT organization_id)::int AS organizations
       FROM sla_cycles WHERE label = $1`,
      [BENCH_LABEL],
    );
    return {
      cycles: res.rowCount ?? 0,
      organizations: stats.rows[0]?.organizations ?? 0,
      engagements: stats.rows[0]?.engagements ?? 0,
      firstDueMs: Number(stats.rows[0]?.first ?? 0),
      lastDueMs: Number(stats.rows[0]?.last ?? 0),
    };
  });
  // Fresh statistics and visibility map, so autovacuum does not pick the table up mid-run.
  await owner.query('VACUUM (ANALYZE) sla_cycles');
  return { ...result, ms: performance.now() - started };
}

/**
 * Reads the logged transaction ids every `pollMs` and notes when each was first visible here: a
 * transaction is committed by then. Only ids from the previous snapshot's xmin on are read (all
 * before it had finished, so were seen already), which keeps each poll small.
 */
class CommitPoller {
  readonly seen = new Map<string, number>();
  private stopped = false;
  private loop: Promise<void> | undefined;
  polls = 0;

  constructor(
    private readonly client: pg.Client,
    private readonly pollMs: number,
  ) {}

  start(): void {
    let floor = '0';
    this.loop = (async () => {
      while (!this.stopped) {
        const { rows } = await this.client.query<{ xmin: string; txids: string[] }>(
          `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
                  ARRAY(SELECT txid::text FROM ${LOG_TX} WHERE txid >= $1::bigint) AS txids`,
          [floor],
        );
        const at = Date.now();
        this.polls++;
        const row = rows[0];
        if (row) {
          for (const txid of row.txids) if (!this.seen.has(txid)) this.seen.set(txid, at);
          floor = row.xmin;
        }
        await sleep(this.pollMs);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}

// ---------------------------------------------------------------------------------------------
// Redis

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const match = /^used_memory:(\d+)/m.exec(info);
  return match ? Number(match[1]) : NaN;
}

/** Samples used_memory until stopped; the highest value seen. */
class MemorySampler {
  max = 0;
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly redis: Redis) {}

  start(): void {
    this.loop = (async () => {
      while (!this.stopped) {
        this.max = Math.max(this.max, await usedMemory(this.redis));
        await sleep(250);
      }
    })();
  }

  async stop(): Promise<number> {
    this.stopped = true;
    await this.loop;
    return this.max;
  }
}

/** Calls and microseconds per Redis command so far (INFO commandstats: the whole server). */
async function redisCommands(redis: Redis): Promise<Map<string, { calls: number; usec: number }>> {
  const stats = new Map<string, { calls: number; usec: number }>();
  for (const line of (await redis.info('commandstats')).split('\n')) {
    const m = /^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/.exec(line);
    if (m?.[1]) stats.set(m[1], { calls: Number(m[2]), usec: Number(m[3]) });
  }
  return stats;
}

/** The commands Redis spent most time on between two snapshots, per breach. */
function describeCommands(
  before: Map<string, { calls: number; usec: number }>,
  after: Map<string, { calls: number; usec: number }>,
  breaches: number,
): string {
  const rows = [...after.entries()]
    .map(([name, a]) => {
      const b = before.get(name) ?? { calls: 0, usec: 0 };
      return { name, calls: a.calls - b.calls, usec: a.usec - b.usec };
    })
    .filter((r) => r.calls > 0)
    .sort((x, y) => y.usec - x.usec);
  const per = Math.max(1, breaches);
  return (
    "Redis meanwhile (whole server; a script's time includes the commands it runs): " +
    rows
      .slice(0, 4)
      .map(
        (r) =>
          `${r.name} ${(r.calls / per).toFixed(1)} calls and ${(r.usec / per).toFixed(0)} µs per breach`,
      )
      .join('; ')
  );
}

async function prefixKeys(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 5000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

async function deletePrefix(redis: Redis, prefix: string): Promise<number> {
  const keys = await prefixKeys(redis, prefix);
  for (let i = 0; i < keys.length; i += 1000) await redis.unlink(...keys.slice(i, i + 1000));
  return keys.length;
}

/** Alarm jobs (ids `sla-alarm-<tick>`) waiting in the SLA queue's delayed set. */
async function delayedAlarms(redis: Redis, queue: Queue): Promise<number> {
  const ids = await redis.zrange(queue.toKey('delayed'), 0, -1);
  return ids.filter((id) => id.startsWith('sla-alarm-')).length;
}

/**
 * The bench's cycles with an alarm instant, and how many of them have their alarm in Redis (the
 * delayed job of the tick the instant falls in), with the number of such ticks.
 */
async function armedCycles(
  owner: pg.Client,
  redis: Redis,
  queue: Queue,
): Promise<{ cycles: number; armed: number; ticks: number }> {
  const rows = await asOwner(
    owner,
    async () =>
      (
        await owner.query<{ tick: string; n: number }>(
          `SELECT (ceil(extract(epoch FROM next_alarm_at) * 1000 / ${SLA_TICK_MS}) * ${SLA_TICK_MS})::bigint AS tick,
              count(*)::int AS n
       FROM sla_cycles WHERE label = $1 AND next_alarm_at IS NOT NULL GROUP BY 1`,
          [BENCH_LABEL],
        )
      ).rows,
  );
  const pipeline = redis.pipeline();
  for (const r of rows) pipeline.exists(queue.toKey(jobIds.slaAlarm(Number(r.tick))));
  const exists = (await pipeline.exec()) ?? [];
  return {
    cycles: rows.reduce((sum, r) => sum + r.n, 0),
    armed: rows.reduce((sum, r, i) => sum + (exists[i]?.[1] === 1 ? r.n : 0), 0),
    ticks: rows.length,
  };
}

// ---------------------------------------------------------------------------------------------
// (a) Breaches

interface Stats {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

function statsOf(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

function statsText(s: Stats): string {
  return s.n
    ? `p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (${int(s.n)} breaches)`
    : 'n/a';
}

interface BreachSummary {
  cycles: number;
  organizations: number;
  recorded: Stats;
  visible: Stats;
  perSecond: number;
  peakPerSecond: number;
  lost: number;
  duplicated: number;
  wrongRecipients: number;
  memory: { before: number; armed: number; peak: number };
  armMs: number;
  transactions: number;
}

interface CycleRow {
  id: string;
  state: string;
  due_ms: string;
  late_ms: number | null;
  recorded_ms: number | null;
  txid: string | null;
  transitions: number;
  alarm_ms: string | null;
}

async function benchBreaches(
  options: BenchOptions,
  config: VigilConfig,
  owner: pg.Client,
  poller: pg.Client,
  redis: Redis,
  alarms: SlaAlarmsService,
  queue: Queue,
  workers: WorkerProcess[],
): Promise<BreachSummary> {
  const windowMs = options.windowSeconds * 1000;
  step(
    `\n== (a) Breaches: ${int(options.cycles)} cycles due over ${options.windowSeconds} s, ` +
      `${workers.length} worker process(es)`,
  );
  const memBefore = await usedMemory(redis);
  const leadSeconds = options.leadSeconds || 10 + Math.ceil(options.cycles / 2500);
  const firstDue = Date.now() + leadSeconds * 1000;
  const inserted = await insertCycles(owner, options.cycles, firstDue, windowMs);
  step(
    `Inserted ${int(inserted.cycles)} RUNNING cycles on ${int(inserted.engagements)} engagements of ` +
      `${int(inserted.organizations)} client organisations in ${seconds(inserted.ms)}: ` +
      `"${BENCH_LABEL}", ${GOAL_MINUTES}-minute goal on a 24×7 UTC calendar, due from ` +
      `${new Date(inserted.firstDueMs).toISOString()} to ${new Date(inserted.lastDueMs).toISOString()}. ` +
      `No warning shares, so only breaches are measured; escalations (${DEFAULT_ESCALATION_DELAYS_MINUTES.join(', ')} min ` +
      'after the breach) get armed but fall outside the run.',
  );
  const armStarted = performance.now();
  const swept = await alarms.sweep();
  const armMs = performance.now() - armStarted;
  const armed = await delayedAlarms(redis, queue);
  const memArmed = await usedMemory(redis);
  const slack = inserted.firstDueMs - Date.now();
  step(
    `Armed by SlaAlarmsService.sweep in ${seconds(armMs)} (${int(swept.rearmed)} alarms added, ` +
      `${int(swept.fired)} overdue fired); ${int(armed)} alarm jobs delayed in Redis (one per ${SLA_TICK_MS} ms tick); first due ` +
      `instant ${slack >= 0 ? `${seconds(slack)} away` : `ALREADY ${seconds(-slack)} PAST (raise BENCH_LEAD_SECONDS)`}.`,
  );
  out(`Redis used_memory: ${mb(memBefore)} before arming, ${mb(memArmed)} after.`);

  const sampler = new MemorySampler(redis);
  sampler.start();
  const commits = new CommitPoller(poller, options.pollMs);
  commits.start();
  await sleep(Math.max(0, inserted.firstDueMs - Date.now() - 200));
  const cpu = new CpuMeter(
    workers.map((w) => w.pid),
    new URL(config.databaseUrl).pathname.slice(1),
  );
  const commandsBefore = await redisCommands(redis);
  step(`${machineLoad()} as the first cycles come due.`);
  const deadline = inserted.lastDueMs + options.graceSeconds * 1000;
  let done = 0;
  let lastReport = Date.now();
  while (Date.now() < deadline) {
    // One row per breaching transaction: cheap to add up while the run goes on.
    const { rows } = await owner.query<{ n: number }>(
      `SELECT coalesce(sum(breaches), 0)::int AS n FROM ${LOG_TX}`,
    );
    done = rows[0]?.n ?? 0;
    if (done >= inserted.cycles) break;
    if (Date.now() - lastReport >= 10_000) {
      lastReport = Date.now();
      const due = Math.max(
        0,
        Math.min(
          inserted.cycles,
          Math.floor(((Date.now() - inserted.firstDueMs) / windowMs) * inserted.cycles),
        ),
      );
      out(
        `  t+${seconds(Date.now() - inserted.firstDueMs)}: ${int(done)} breached of ${int(due)} due`,
      );
    }
    await sleep(500);
  }
  const cpuLine = cpu.report();
  const commandsLine = describeCommands(commandsBefore, await redisCommands(redis), done);
  // Late or repeated alarms, if any, would show up now.
  await sleep(2000);
  await commits.stop();
  const memPeak = await sampler.stop();
  step(`${machineLoad()} after; ${cpuLine}.`);
  out(commandsLine);
  // Stopped before the figures are read, so that nothing else runs meanwhile (the escalations,
  // 15 minutes on, must not start) and a backlog is not worked off while it is being counted.
  for (const w of workers) await w.stop();
  step('Worker(s) stopped (SIGTERM: they finish the batches in hand first).');
  out(
    `Commit poller: ${int(commits.polls)} polls every ${options.pollMs} ms, ` +
      `${int(commits.seen.size)} breaching transactions seen.`,
  );

  // Figures
  const rows = await asOwner(owner, async () => {
    await owner.query('SET LOCAL enable_nestloop = off');
    const res = await owner.query<CycleRow>(
      `SELECT c.id, c.state::text AS state,
              (extract(epoch FROM c.due_at) * 1000)::bigint::text AS due_ms,
              (extract(epoch FROM c.breach_recorded_at - c.breached_at) * 1000)::float8 AS late_ms,
              (extract(epoch FROM c.breach_recorded_at) * 1000)::float8 AS recorded_ms,
              l.txid::text AS txid, coalesce(l.n, 0)::int AS transitions,
              (extract(epoch FROM c.next_alarm_at) * 1000)::bigint::text AS alarm_ms
       FROM sla_cycles c
       LEFT JOIN (SELECT cycle_id, min(txid) AS txid, count(*) AS n FROM ${LOG_BREACHES}
                  GROUP BY cycle_id) l ON l.cycle_id = c.id
       WHERE c.label = $1`,
      [BENCH_LABEL],
    );
    return res.rows;
  });
  const graceMs = options.graceSeconds * 1000;
  const recorded: number[] = [];
  const visible: number[] = [];
  const bySlice = new Map<number, number[]>();
  const perSecond = new Map<number, number>();
  let lost = 0;
  let notBreached = 0;
  const pending: { id: string; at: Date }[] = [];
  let duplicateTransitions = 0;
  let unseen = 0;
  let firstDueMs = Infinity;
  let lastRecordedMs = 0;
  for (const r of rows) {
    const due = Number(r.due_ms);
    firstDueMs = Math.min(firstDueMs, due);
    if (r.transitions > 1) duplicateTransitions += r.transitions - 1;
    if (r.state !== SlaCycleState.BREACHED || r.late_ms === null || r.recorded_ms === null) {
      lost++;
      notBreached++;
      if (r.alarm_ms) pending.push({ id: r.id, at: new Date(Number(r.alarm_ms)) });
      continue;
    }
    if (r.late_ms > graceMs) lost++;
    recorded.push(r.late_ms);
    lastRecordedMs = Math.max(lastRecordedMs, r.recorded_ms);
    const second = Math.floor(r.recorded_ms / 1000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    const slice = Math.floor((due - inserted.firstDueMs) / 10_000);
    const list = bySlice.get(slice) ?? [];
    list.push(r.late_ms);
    bySlice.set(slice, list);
    const seenAt = r.txid ? commits.seen.get(r.txid) : undefined;
    if (seenAt === undefined) unseen++;
    else visible.push(seenAt - due);
  }
  const notices = await asOwner(owner, async () => {
    // Hash joins and aggregates throughout: the planner knows nothing of the CTEs' sizes and a
    // nested loop over 100,000 × 125,000 rows would take minutes.
    await owner.query('SET LOCAL enable_nestloop = off');
    await owner.query(`SET LOCAL work_mem = '64MB'`);
    const res = await owner.query<{
      logged_twice: number;
      stored_twice: number;
      missing: number;
      extra: number;
      notices: number;
      transactions: number;
    }>(
      `WITH bench AS (SELECT id, engagement_id, organization_id FROM sla_cycles
                      WHERE label = $1 AND state = 'BREACHED'),
       team AS (
         SELECT DISTINCT m.engagement_id, m.user_id FROM engagement_members m
         JOIN users u ON u.id = m.user_id
         WHERE m.engagement_id IN (SELECT engagement_id FROM bench) AND u.status = 'ACTIVE'
           AND u.role IN ('PROVIDER_ADMIN', 'ACCOUNT_MANAGER', 'CONSULTANT')),
       expected AS (
         SELECT b.id AS cycle_id, t.user_id FROM bench b JOIN team t ON t.engagement_id = b.engagement_id
         UNION
         SELECT b.id, a.user_id FROM bench b
         JOIN organization_assignments a ON a.organization_id = b.organization_id
         JOIN users u ON u.id = a.user_id AND u.status = 'ACTIVE'
         WHERE b.engagement_id NOT IN (SELECT engagement_id FROM team)),
       stored AS (
         SELECT split_part(n.dedupe_key, ':', 2)::uuid AS cycle_id, n.user_id, count(*) AS n
         FROM notifications n
         WHERE n.kind = 'sla.breach' AND n.dedupe_key LIKE 'sla:%'
           AND split_part(n.dedupe_key, ':', 2) IN (SELECT id::text FROM bench)
         GROUP BY 1, 2),
       pairs AS (
         SELECT cycle_id, user_id, bool_or(expected) AS expected, bool_or(NOT expected) AS stored
         FROM (SELECT cycle_id, user_id, true AS expected FROM expected
               UNION ALL SELECT cycle_id, user_id, false FROM stored) x
         GROUP BY cycle_id, user_id)
       SELECT
         (SELECT count(*) FROM (SELECT 1 FROM ${LOG_NOTICES} GROUP BY cycle_id, user_id
                                HAVING count(*) > 1) d)::int AS logged_twice,
         (SELECT count(*) FROM stored WHERE n > 1)::int AS stored_twice,
         (SELECT count(*) FILTER (WHERE expected AND NOT stored) FROM pairs)::int AS missing,
         (SELECT count(*) FILTER (WHERE stored AND NOT expected) FROM pairs)::int AS extra,
         (SELECT coalesce(sum(n), 0) FROM stored)::int AS notices,
         (SELECT count(*) FROM ${LOG_TX})::int AS transactions`,
      [BENCH_LABEL],
    );
    return res.rows[0];
  });
  if (!notices) throw new Error('the notification check returned no row');

  const recordedStats = statsOf(recorded);
  const visibleStats = statsOf(visible);
  const spanS = Math.max(0.001, (lastRecordedMs - firstDueMs) / 1000);
  const rate = recorded.length / spanS;
  const peak = Math.max(0, ...perSecond.values());
  const duplicated = duplicateTransitions + notices.logged_twice + notices.stored_twice;
  out();
  out(
    `Lateness, due instant -> breach_recorded_at (clock_timestamp() in the committing transaction, ` +
      `taken just before its COMMIT): ${statsText(recordedStats)}`,
  );
  out(
    `Lateness, due instant -> seen committed by another session (poll every ${options.pollMs} ms, ` +
      `an upper bound of the commit): ${statsText(visibleStats)}` +
      (unseen ? `; ${int(unseen)} breaches whose transaction the poller missed` : ''),
  );
  out('Lateness to breach_recorded_at by ten-second slice of the due window:');
  out('   due within     breaches     p50 ms     p99 ms     max ms');
  for (const [slice, values] of [...bySlice.entries()].sort((a, b) => a[0] - b[0])) {
    const s = statsOf(values);
    out(
      `${`${slice * 10}-${slice * 10 + 10} s`.padStart(13)}   ${int(s.n).padStart(10)}   ` +
        `${s.p50.toFixed(0).padStart(8)}   ${s.p99.toFixed(0).padStart(8)}   ${s.max.toFixed(0).padStart(8)}`,
    );
  }
  out(
    `Breaches processed: ${int(recorded.length)} in ${spanS.toFixed(1)} s from the first due instant to ` +
      `the last commit = ${rate.toFixed(0)}/s (offered: ${(inserted.cycles / options.windowSeconds).toFixed(0)}/s); ` +
      `busiest second ${int(peak)}; ${int(notices.transactions)} transactions, ` +
      `${(recorded.length / Math.max(1, notices.transactions)).toFixed(1)} breaches each on average.`,
  );
  // Not breached yet: still waiting in the queue (a backlog), or without an alarm (really lost)?
  const pipeline = redis.pipeline();
  for (const p of pending) pipeline.exists(queue.toKey(jobIds.slaAlarm(slaTick(p.at))));
  const queued = ((await pipeline.exec()) ?? []).filter(([, n]) => n === 1).length;
  out(
    `Lost (not BREACHED within ${options.graceSeconds} s of the due instant): ${int(lost)} ` +
      `(${int(notBreached)} not breached at all by then: ${int(queued)} with their alarm job still ` +
      `in Redis, a backlog; ${int(notBreached - queued)} without one).`,
  );
  out(
    `Duplicated: ${int(duplicated)} (${int(duplicateTransitions)} second transitions into BREACHED, ` +
      `${int(notices.logged_twice)} (cycle, person) pairs notified twice by the insert log, ` +
      `${int(notices.stored_twice)} in the notifications table).`,
  );
  out(
    `Breach notifications: ${int(notices.notices)} (${(notices.notices / Math.max(1, recorded.length)).toFixed(2)} per breach); ` +
      `${int(notices.missing)} (cycle, team member) pairs without one, ${int(notices.extra)} to someone outside the team.`,
  );
  out(
    `Redis used_memory: before arming ${mb(memBefore)}, after arming ${mb(memArmed)}, peak ${mb(memPeak)} ` +
      `(the escalation alarms each breach arms join the breach alarms still waiting).`,
  );
  for (const w of workers) {
    const problems = w.messages(40);
    out(
      `Worker ${w.index}: ${problems.length ? `${problems.length} warning/error line(s), e.g. ${problems.slice(0, 3).join(' | ')}` : 'no warnings or errors logged'}.`,
    );
  }
  return {
    cycles: inserted.cycles,
    organizations: inserted.organizations,
    recorded: recordedStats,
    visible: visibleStats,
    perSecond: rate,
    peakPerSecond: peak,
    lost,
    duplicated,
    wrongRecipients: notices.missing + notices.extra,
    memory: { before: memBefore, armed: memArmed, peak: memPeak },
    armMs,
    transactions: notices.transactions,
  };
}

// ---------------------------------------------------------------------------------------------
// (b) Restore after the alarms are gone

interface RestoreSummary {
  cycles: number;
  armMs: number;
  restoreMs: number;
  restored: number;
  sweeps: number;
  flushed: string;
  memory: number;
}

async function benchRestore(
  options: BenchOptions,
  owner: pg.Client,
  redis: Redis,
  alarms: SlaAlarmsService,
  queue: Queue,
): Promise<RestoreSummary> {
  step(
    `\n== (b) Restore: ${int(options.cycles)} cycles due in ${options.restoreAheadMinutes} min, ` +
      'their alarms armed, Redis emptied, the sweep run',
  );
  const windowMs = options.windowSeconds * 1000;
  const inserted = await insertCycles(
    owner,
    options.cycles,
    Date.now() + options.restoreAheadMinutes * 60_000,
    windowMs,
  );
  step(`Inserted ${int(inserted.cycles)} RUNNING cycles in ${seconds(inserted.ms)}.`);
  const armStarted = performance.now();
  await alarms.sweep();
  const armMs = performance.now() - armStarted;
  const armed = await armedCycles(owner, redis, queue);
  const memory = await usedMemory(redis);
  step(
    `Fresh arming by the sweep: ${seconds(armMs)}; ${int(armed.armed)} of ${int(armed.cycles)} cycles ` +
      `armed, by ${int(await delayedAlarms(redis, queue))} alarm jobs delayed (one per ${SLA_TICK_MS} ms tick); ` +
      `Redis used_memory ${mb(memory)}.`,
  );

  const others = (await redis.dbsize()) - (await prefixKeys(redis, options.queuePrefix)).length;
  let flushed: string;
  if (options.flush === 'all' || (options.flush === 'auto' && others === 0)) {
    await redis.flushall();
    flushed = 'FLUSHALL';
  } else {
    const n = await deletePrefix(redis, options.queuePrefix);
    flushed = `the bench prefix's ${int(n)} keys deleted (Redis holds ${int(others)} other keys: no FLUSHALL)`;
  }
  const left = await armedCycles(owner, redis, queue);
  step(`Emptied Redis: ${flushed}; ${int(left.armed)} cycles with their alarm left.`);

  // Timed: the sweeps and the check after each (a read of the cycles' ticks and an EXISTS each).
  const started = performance.now();
  let restored = 0;
  let sweeps = 0;
  let ticks = 0;
  while (performance.now() - started < 120_000) {
    sweeps++;
    await alarms.sweep();
    const now = await armedCycles(owner, redis, queue);
    restored = now.armed;
    ticks = now.ticks;
    if (restored >= inserted.cycles) break;
  }
  const restoreMs = performance.now() - started;
  step(
    `Restored the alarms of ${int(restored)} of ${int(inserted.cycles)} cycles (${int(ticks)} tick alarms) ` +
      `in ${seconds(restoreMs)} (${sweeps} sweep(s): reads the future ticks 5,000 at a time, checks ` +
      'which alarms Redis lacks, adds those).',
  );
  return {
    cycles: inserted.cycles,
    armMs,
    restoreMs,
    restored,
    sweeps,
    flushed,
    memory: await usedMemory(redis),
  };
}

// ---------------------------------------------------------------------------------------------

function printSummary(figures: Figure[]): void {
  out('\n== Summary');
  const w = [Math.max(6, ...figures.map((f) => f.figure.length)), 24, 10, 16];
  out(
    `${'figure'.padEnd(w[0] ?? 0)}  ${'measured'.padStart(w[1] ?? 0)}  ${'target'.padStart(w[2] ?? 0)}  ${'ratio to target'.padStart(w[3] ?? 0)}  verdict`,
  );
  for (const f of figures) {
    const ratio = f.ratio === undefined ? '-' : `${f.ratio.toFixed(2)}×`;
    out(
      `${f.figure.padEnd(w[0] ?? 0)}  ${f.measured.padStart(w[1] ?? 0)}  ${f.target.padStart(w[2] ?? 0)}  ${ratio.padStart(w[3] ?? 0)}  ${f.verdict}`,
    );
  }
}

function breachFigures(s: BreachSummary, workers: number): Figure[] {
  const p99Ok = s.recorded.n > 0 && s.recorded.p99 < TARGET_P99_MS;
  return [
    {
      figure: `breach lateness p50 (${workers} worker${workers > 1 ? 's' : ''})`,
      measured: `${s.recorded.p50.toFixed(0)} ms`,
      target: '-',
      verdict: '',
    },
    {
      figure: 'breach lateness p99 (to breach_recorded_at)',
      measured: `${s.recorded.p99.toFixed(0)} ms`,
      target: `< ${TARGET_P99_MS} ms`,
      verdict: verdict(p99Ok),
      ratio: s.recorded.p99 / TARGET_P99_MS,
    },
    {
      figure: 'breach lateness max',
      measured: `${s.recorded.max.toFixed(0)} ms`,
      target: '-',
      verdict: '',
    },
    {
      figure: 'breach lateness p99 (seen committed, upper bound)',
      measured: `${s.visible.p99.toFixed(0)} ms`,
      target: `< ${TARGET_P99_MS} ms`,
      ratio: s.visible.p99 / TARGET_P99_MS,
      verdict: verdict(s.visible.n > 0 && s.visible.p99 < TARGET_P99_MS),
    },
    {
      figure: 'breaches processed per second (peak second)',
      measured: `${s.perSecond.toFixed(0)}/s (${int(s.peakPerSecond)})`,
      target: '-',
      verdict: '',
    },
    { figure: 'lost', measured: int(s.lost), target: '0', verdict: verdict(s.lost === 0) },
    {
      figure: 'duplicated',
      measured: int(s.duplicated),
      target: '0',
      verdict: verdict(s.duplicated === 0),
    },
    {
      figure: 'breach notices not to exactly the team',
      measured: int(s.wrongRecipients),
      target: '0',
      verdict: verdict(s.wrongRecipients === 0),
    },
    {
      figure: 'Redis used_memory before / armed / peak',
      measured: `${(s.memory.before / 1048576).toFixed(0)} / ${(s.memory.armed / 1048576).toFixed(0)} / ${(s.memory.peak / 1048576).toFixed(0)} MB`,
      target: '-',
      verdict: '',
    },
  ];
}

function restoreFigures(s: RestoreSummary): Figure[] {
  const ok = s.restored >= s.cycles && s.restoreMs < TARGET_RESTORE_S * 1000;
  return [
    {
      figure: `restore of ${int(s.cycles)} alarms after the flush`,
      measured: s.restored >= s.cycles ? seconds(s.restoreMs) : `${int(s.restored)} only`,
      target: `< ${TARGET_RESTORE_S} s`,
      verdict: verdict(ok),
      ratio: s.restoreMs / (TARGET_RESTORE_S * 1000),
    },
    { figure: 'fresh arming by the sweep', measured: seconds(s.armMs), target: '-', verdict: '' },
  ];
}

async function main(): Promise<void> {
  const options = benchOptions();
  process.env['LOG_LEVEL'] ??= 'silent';
  process.env['VIGIL_SERVICE'] ??= 'sla-bench';
  // The in-process sweep must use the workers' queues, and nothing else's.
  process.env['QUEUE_PREFIX'] = options.queuePrefix;
  const config = loadConfigOrExit();

  const prepared = performance.now();
  step('Ensuring the large data set...');
  out(describeGeneration(await generateLarge(config.databaseOwnerUrl)));
  out('Ensuring bench retainers (about two minutes the first time)...');
  out(describeRetainerGeneration(await generateRetainers(config.databaseOwnerUrl)));
  out('Ensuring bench engagements (a few minutes the first time)...');
  out(describeEngagementGeneration(await generateEngagements(config.databaseOwnerUrl)));
  step(`Data preparation: ${seconds(performance.now() - prepared)}.`);

  const owner = new pg.Client({
    connectionString: config.databaseOwnerUrl,
    application_name: 'vigil-sla-bench',
  });
  const poller = new pg.Client({
    connectionString: config.databaseOwnerUrl,
    application_name: 'vigil-sla-bench-poller',
  });
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  const workers: WorkerProcess[] = [];
  let app: INestApplicationContext | undefined;
  const figures: Figure[] = [];
  let connected = 0;
  try {
    await owner.connect();
    connected++;
    await poller.connect();
    connected++;
    const left = await removeBenchCycles(owner);
    const keys = await deletePrefix(redis, options.queuePrefix);
    await dropLogging(owner);
    if (left.cycles || left.notices || keys)
      out(
        `Removed what an earlier run left: ${int(left.cycles)} cycles, ${int(left.notices)} notifications, ` +
          `${int(keys)} Redis keys under ${options.queuePrefix}.`,
      );
    await installLogging(owner);

    app = await NestFactory.createApplicationContext(SlaBenchModule.forRoot(), { logger: false });
    const alarms = app.get(SlaAlarmsService);
    const queue = app.get<Queue>(getQueueToken(QueueName.SLA));

    if (options.parts.has('breach')) {
      const started = performance.now();
      for (let i = 1; i <= options.workers; i++)
        workers.push(await WorkerProcess.start(i, options, config));
      step(
        `\n${options.workers} worker process(es) started (${options.workerEntry === 'dist' ? 'dist/apps/worker/main.js' : 'apps/worker/src/main.ts'}, ` +
          `QUEUE_PREFIX=${options.queuePrefix}) in ${seconds(performance.now() - started)}: ` +
          workers.map((w) => w.find('overdue SLA cycle') ?? '?').join('; '),
      );
      const summary = await benchBreaches(
        options,
        config,
        owner,
        poller,
        redis,
        alarms,
        queue,
        workers,
      );
      figures.push(...breachFigures(summary, options.workers));
      step('\nRemoving the breached cycles before the restore...');
      for (const w of workers.splice(0)) await w.stop();
      const removed = await removeBenchCycles(owner);
      await deletePrefix(redis, options.queuePrefix);
      step(`Removed ${int(removed.cycles)} cycles and ${int(removed.notices)} notifications.`);
    }
    if (options.parts.has('restore')) {
      figures.push(...restoreFigures(await benchRestore(options, owner, redis, alarms, queue)));
    }
    printSummary(figures);
    out(
      '\nPostgreSQL, Redis, the worker(s) and this script share the machine' +
        ` (${machineLoad()}); other work on it skews the figures.`,
    );
  } finally {
    for (const w of workers) await w.stop().catch(() => undefined);
    if (app) await app.close().catch(() => undefined);
    if (connected > 0) {
      const removed = await removeBenchCycles(owner).catch((e: unknown) => {
        out(`Could not remove the bench cycles: ${errorMessage(e)}`);
        return { cycles: 0, notices: 0 };
      });
      await dropLogging(owner).catch((e: unknown) =>
        out(`Could not drop the bench triggers: ${errorMessage(e)}`),
      );
      const keys = await deletePrefix(redis, options.queuePrefix).catch(() => 0);
      await owner.query('VACUUM (ANALYZE) sla_cycles, notifications').catch(() => undefined);
      step(
        `Cleaned up: ${int(removed.cycles)} cycles, ${int(removed.notices)} notifications, ` +
          `the bench triggers and ${int(keys)} Redis keys under ${options.queuePrefix}.`,
      );
      await owner.end().catch(() => undefined);
      if (connected > 1) await poller.end().catch(() => undefined);
    }
    redis.disconnect();
  }
}

if (require.main === module) {
  main()
    .catch((e: unknown) => {
      process.stderr.write(
        `bench:sla failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 1;
    })
    .finally(() => {
      setTimeout(() => {
        process.stderr.write(
          'bench:sla: something kept the process alive after cleanup; exiting.\n',
        );
        process.exit(process.exitCode ?? 0);
      }, 5000).unref();
    });
}
