import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { JobName, jobIds, redisConnection, slaTick } from '@vigil/api/queue';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { eventually, Session, startApi, TestApi } from './support/harness';

const ROOT = join(__dirname, '..', '..', '..');
const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
const MINUTE = 60_000;

/** The real worker, as its own process (apps/worker/src/main.ts), on this file's queues. */
class WorkerProcess {
  private output = '';
  readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static async start(prefix: string): Promise<WorkerProcess> {
    const worker = new WorkerProcess(
      spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json'),
          QUEUE_PREFIX: prefix,
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    await eventually(
      async () => worker.output.includes('Vigil worker started'),
      60_000,
      'the worker to start',
    );
    return worker;
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    this.child.kill(signal);
    return this.exited;
  }

  get log(): string {
    return this.output;
  }
}

interface CycleRow {
  id: string;
  state: string;
  warnings_sent: number[];
  escalations_sent: number;
  due_at: Date | null;
  breached_at: Date | null;
  breach_recorded_at: Date | null;
  next_alarm_at: Date | null;
}

describe('SLA alarms run by real worker processes', () => {
  const prefix = `${process.env['QUEUE_PREFIX'] ?? 'vigil-test'}-slaw-${randomBytes(3).toString('hex')}`;
  let api: TestApi;
  let db: Client;
  let redis: Redis;
  let queue: Queue;
  let consultant: Session;
  let acmeAdmin: Session;
  let providerAdmin: Session;
  const workers: WorkerProcess[] = [];
  const clones: string[] = [];

  async function startWorker(): Promise<WorkerProcess> {
    const w = await WorkerProcess.start(prefix);
    workers.push(w);
    return w;
  }

  async function declare(title: string): Promise<string> {
    const data = await api.ok<{ declareEngagement: { id: string } }>(
      `mutation($input: DeclareEngagementInput!) { declareEngagement(input: $input) { id } }`,
      { input: { title, incidentType: 'DATA_THEFT', severity: 'SEV1' } },
      acmeAdmin.accessToken,
    );
    return data.declareEngagement.id;
  }

  async function cycle(engagementId: string, kind: string): Promise<CycleRow> {
    const rows = (
      await db.query<CycleRow>(
        `SELECT * FROM sla_cycles WHERE engagement_id = $1 AND kind = $2 ORDER BY sequence DESC LIMIT 1`,
        [engagementId, kind],
      )
    ).rows;
    if (!rows[0]) throw new Error(`no ${kind} cycle`);
    return rows[0];
  }

  async function reread(id: string): Promise<CycleRow> {
    return (await db.query<CycleRow>(`SELECT * FROM sla_cycles WHERE id = $1`, [id]))
      .rows[0] as CycleRow;
  }

  /** Moves cycles back in time by `ms`, as if they had started that much earlier. */
  async function travel(ids: string[], ms: number): Promise<void> {
    await db.query(
      `UPDATE sla_cycles SET started_at = started_at - $2 * interval '1 millisecond',
         due_at = due_at - $2 * interval '1 millisecond',
         breached_at = breached_at - $2 * interval '1 millisecond',
         next_alarm_at = next_alarm_at - $2 * interval '1 millisecond'
       WHERE id = ANY($1::uuid[])`,
      [ids, ms],
    );
  }

  /** The minute's sweep, now rather than at the next tick. */
  async function sweepNow(): Promise<void> {
    await queue.add(
      JobName.SWEEP_SLA,
      {},
      { jobId: `sweep-now-${randomBytes(4).toString('hex')}` },
    );
  }

  /** Notifications of cycles as `kind:step` per person, oldest first. */
  async function told(cycleIds: string[]): Promise<Map<string, string[]>> {
    const rows = (
      await db.query<{ user_id: string; dedupe_key: string }>(
        `SELECT user_id, dedupe_key FROM notifications
         WHERE dedupe_key LIKE 'sla:%' AND split_part(dedupe_key, ':', 2) = ANY($1::text[])
         ORDER BY created_at, dedupe_key`,
        [cycleIds],
      )
    ).rows;
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const [, , kind, step] = r.dedupe_key.split(':');
      out.set(r.user_id, [...(out.get(r.user_id) ?? []), `${kind}:${step}`]);
    }
    return out;
  }

  /**
   * Copies of a running cycle of `engagementId` without warnings, due from `dueAt` on, spread evenly
   * over `spreadMs` (all at `dueAt` by default).
   */
  async function cloneCycles(
    engagementId: string,
    count: number,
    dueAt: Date,
    spreadMs = 0,
  ): Promise<string[]> {
    const rows = (
      await db.query<{ id: string }>(
        `INSERT INTO sla_cycles (organization_id, engagement_id, kind, sequence, severity, policy_id, label,
           goal_minutes, calendar, pausable, state, started_at, pauses, due_at, warning_shares, warnings_sent,
           escalation_delays_minutes, escalations_sent, next_alarm_at, version)
         SELECT c.organization_id, c.engagement_id, 'CLIENT_UPDATE', 1000 + g + coalesce(
                  (SELECT max(sequence) FROM sla_cycles WHERE engagement_id = c.engagement_id), 0),
                c.severity, c.policy_id, c.label, 60, c.calendar, true, 'RUNNING',
                d.due - interval '60 minutes', '[]', d.due, '{}', '{}', '{15,60,120}', 0, d.due, 1
         FROM sla_cycles c, generate_series(1, $3) AS g,
              LATERAL (SELECT $2::timestamptz + (g - 1) * $4::double precision / $3
                         * interval '1 millisecond' AS due) d
         WHERE c.engagement_id = $1 AND c.kind = 'ACKNOWLEDGE'
         RETURNING id`,
        [engagementId, dueAt, count, spreadMs],
      )
    ).rows.map((r) => r.id);
    clones.push(...rows);
    return rows;
  }

  /** The ticks these cycles' next alarms ring on, one per cycle with an alarm. */
  async function ticksOf(ids: string[]): Promise<number[]> {
    const rows = (
      await db.query<{ next_alarm_at: Date }>(
        `SELECT next_alarm_at FROM sla_cycles WHERE id = ANY($1::uuid[]) AND next_alarm_at IS NOT NULL`,
        [ids],
      )
    ).rows;
    return rows.map((r) => slaTick(r.next_alarm_at));
  }

  /** How many of these cycles have their alarm (their tick's delayed job) in Redis. */
  async function armedAlarms(ids: string[]): Promise<number> {
    const pipeline = redis.pipeline();
    for (const tick of await ticksOf(ids)) pipeline.exists(queue.toKey(jobIds.slaAlarm(tick)));
    return ((await pipeline.exec()) ?? []).filter(([, n]) => n === 1).length;
  }

  async function breached(ids: string[]): Promise<number> {
    return (
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM sla_cycles WHERE id = ANY($1::uuid[]) AND state = 'BREACHED'`,
          [ids],
        )
      ).rows[0]?.n ?? 0
    );
  }

  /** The staff assigned to Acme: who hears of a breach before anyone has taken the engagement. */
  async function assigned(): Promise<number> {
    return (
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM organization_assignments a JOIN users u ON u.id = a.user_id
         WHERE a.organization_id = $1 AND u.status = 'ACTIVE'`,
          [acmeAdmin.user.organizationId],
        )
      ).rows[0]?.n ?? 0
    );
  }

  async function breachNotices(ids: string[]): Promise<{ total: number; distinct: number }> {
    const row = (
      await db.query<{ total: number; distinct: number }>(
        `SELECT count(*)::int AS total, count(DISTINCT (split_part(dedupe_key, ':', 2), user_id))::int AS distinct
         FROM notifications WHERE dedupe_key LIKE 'sla:%:BREACH:%' AND split_part(dedupe_key, ':', 2) = ANY($1::text[])`,
        [ids],
      )
    ).rows[0];
    return row ?? { total: 0, distinct: 0 };
  }

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: prefix });
    consultant = await api.login('consultant@northwatch.test');
    acmeAdmin = await api.login('admin@acme.test');
    providerAdmin = await api.login('admin@northwatch.test');
    db = new Client({ connectionString: process.env['DATABASE_OWNER_URL'] });
    await db.connect();
    // The tables' owner is under row-level security too: this session sees every organisation.
    await db.query(
      `SELECT set_config('app.all_orgs', 'on', false), set_config('app.client', 'off', false)`,
    );
    redis = new Redis(REDIS_URL);
    queue = new Queue('sla', { connection: redisConnection(REDIS_URL), prefix });
    await startWorker();
  }, 90_000);

  afterAll(async () => {
    for (const w of workers) await w.kill().catch(() => undefined);
    if (clones.length) {
      await db.query(
        `DELETE FROM notifications WHERE dedupe_key LIKE 'sla:%' AND split_part(dedupe_key, ':', 2) = ANY($1::text[])`,
        [clones],
      );
      await db.query(`DELETE FROM sla_cycles WHERE id = ANY($1::uuid[])`, [clones]);
    }
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    redis.disconnect();
    await db.end();
    await api.close();
  });

  it('a short goal fires its warnings, its breach and each escalation in order, once each', async () => {
    const engagementId = await declare('Exfiltration over DNS');
    const ack = await cycle(engagementId, 'ACKNOWLEDGE');
    // As if declared 59 min 55 s ago: both warnings are overdue, the breach 5 s away.
    await travel([ack.id], 60 * MINUTE - 5000);
    await sweepNow();

    const afterSweep = await eventually(
      async () => {
        const c = await reread(ack.id);
        return c.warnings_sent.length === 2 ? c : null;
      },
      20_000,
      'the overdue warnings',
    );
    expect(afterSweep.warnings_sent).toEqual([75, 90]);
    expect(afterSweep.state).toBe('RUNNING');

    const breach = await eventually(
      async () => {
        const c = await reread(ack.id);
        return c.state === 'BREACHED' ? c : null;
      },
      20_000,
      'the breach',
    );
    expect(breach.breached_at?.getTime()).toBe(
      ack.due_at && ack.due_at.getTime() - (60 * MINUTE - 5000),
    );
    // The breach came from its own delayed job, on time.
    const late = (breach.breach_recorded_at?.getTime() ?? 0) - (breach.breached_at?.getTime() ?? 0);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(2000);
    expect(breach.next_alarm_at?.getTime()).toBe(
      (breach.breached_at?.getTime() ?? 0) + 15 * MINUTE,
    );

    // Each escalation step after its delay: commander (15 min), account manager (60), admins (120).
    let previousDelay = 0;
    for (const [step, delay] of [
      [1, 15],
      [2, 60],
      [3, 120],
    ] as const) {
      await travel([ack.id], (delay - previousDelay) * MINUTE - 2000);
      previousDelay = delay;
      await sweepNow();
      await eventually(
        async () => (await reread(ack.id)).escalations_sent === step,
        20_000,
        `escalation ${step}`,
      );
    }
    expect((await reread(ack.id)).next_alarm_at).toBeNull();

    const byPerson = await told([ack.id]);
    const am = await api.login('am@northwatch.test');
    const admin = await api.login('admin@northwatch.test');
    // Nobody has taken the report yet: the staff assigned to the client hear of it.
    expect(byPerson.get(consultant.user.id)).toEqual([
      'WARNING:75',
      'WARNING:90',
      'BREACH:0',
      'ESCALATION:0',
    ]);
    expect(byPerson.get(am.user.id)).toEqual([
      'WARNING:75',
      'WARNING:90',
      'BREACH:0',
      'ESCALATION:0',
      'ESCALATION:1',
    ]);
    expect(byPerson.get(admin.user.id)).toEqual(['ESCALATION:2']);
    expect(workers[0]?.log).not.toMatch(/"level":50/);
  }, 120_000);

  it('pausing stops a clock that was about to breach, and resuming moves the breach by the pause; a new severity reschedules', async () => {
    const engagementId = await declare('Suspicious admin logins');
    await api.ok(
      `mutation($id: ID!) { acknowledgeEngagement(id: $id) { id } }`,
      { id: engagementId },
      consultant.accessToken,
    );
    const respond = await cycle(engagementId, 'RESPOND');
    await travel([respond.id], 120 * MINUTE - 4000);
    await sweepNow();
    await eventually(
      async () => (await reread(respond.id)).warnings_sent.length === 2,
      20_000,
      'the warnings',
    );
    const version = async (): Promise<number> =>
      (
        await api.ok<{ engagement: { version: number } }>(
          `query($id: ID!) { engagement(id: $id) { version } }`,
          { id: engagementId },
          consultant.accessToken,
        )
      ).engagement.version;
    await api.ok(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { id } }`,
      {
        input: {
          engagementId,
          waiting: true,
          reason: 'Need their EDR export',
          expectedVersion: await version(),
        },
      },
      consultant.accessToken,
    );
    const pausedAt = Date.now();
    const remaining = (respond.due_at?.getTime() ?? 0) - (120 * MINUTE - 4000) - pausedAt;
    await new Promise((r) => setTimeout(r, 6000));
    const held = await reread(respond.id);
    expect(held.state).toBe('PAUSED');
    expect(held.breached_at).toBeNull();

    await api.ok(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { id } }`,
      { input: { engagementId, waiting: false, expectedVersion: await version() } },
      consultant.accessToken,
    );
    const resumedAt = Date.now();
    const resumed = await reread(respond.id);
    expect(resumed.state).toBe('RUNNING');
    const due = resumed.due_at?.getTime() ?? 0;
    // What was left when it paused is what is left after it resumes (to within the round trips).
    expect(Math.abs(due - resumedAt - remaining)).toBeLessThan(1500);
    const hit = await eventually(
      async () => {
        const c = await reread(respond.id);
        return c.state === 'BREACHED' ? c : null;
      },
      20_000,
      'the moved breach',
    );
    expect(hit.breached_at?.getTime()).toBe(due);

    // A severity change while running: SEV1's 4 h update cadence becomes SEV2's 8 h from the cycle's start.
    const update = await cycle(engagementId, 'CLIENT_UPDATE');
    // Due 4 s from now (its clock already ran a little, and was paused above).
    const shift = (update.due_at?.getTime() ?? 0) - (Date.now() + 4000);
    await travel([update.id], shift);
    await sweepNow();
    await eventually(
      async () => (await reread(update.id)).warnings_sent.length === 2,
      20_000,
      'the cadence warnings',
    );
    await api.ok(
      `mutation($input: ChangeSeverityInput!) { changeEngagementSeverity(input: $input) { id } }`,
      {
        input: {
          engagementId,
          expectedVersion: await version(),
          severity: 'SEV2',
          reason: 'One host only',
        },
      },
      consultant.accessToken,
    );
    const moved = await reread(update.id);
    expect(moved.state).toBe('RUNNING');
    expect(moved.due_at?.getTime()).toBe((update.due_at?.getTime() ?? 0) - shift + 240 * MINUTE);
    await new Promise((r) => setTimeout(r, 6000));
    expect((await reread(update.id)).state).toBe('RUNNING');
    // Its alarm now waits for the breach hours away; the old instant has no job any more.
    expect(await armedAlarms([update.id])).toBe(1);
  }, 120_000);

  it('after FLUSHALL the sweep restores every alarm, and each breach still goes out once', async () => {
    const engagementId = await declare('Cloud keys leaked');
    const ids = await cloneCycles(engagementId, 20, new Date(Date.now() + 8000));
    await sweepNow();
    await eventually(async () => (await armedAlarms(ids)) === 20, 10_000, 'the alarms to be armed');

    await redis.flushall();
    expect(await armedAlarms(ids)).toBe(0);
    // The minute's sweep is a job too, and went with the flush; the worker puts its schedule back
    // within a minute. This test asks for the sweep at once instead of waiting for that tick.
    await sweepNow();
    await eventually(
      async () => (await armedAlarms(ids)) === 20,
      10_000,
      'the sweep to re-arm all 20',
    );

    await eventually(async () => (await breached(ids)) === 20, 20_000, 'all 20 breaches');
    // One notice per person assigned to the client, for each of the 20.
    const people = await assigned();
    expect(people).toBeGreaterThanOrEqual(2);
    expect(await breachNotices(ids)).toEqual({ total: 20 * people, distinct: 20 * people });
  }, 60_000);

  it('a clock armed on a tick whose alarm has rung already still goes out at once', async () => {
    // The 75 % warning of a GDPR deadline confirmed now falls two seconds ago, in a tick whose
    // alarm job rang (for nothing) and is kept as completed: re-adding that id would do nothing.
    const warningAt = Date.now() - 2000;
    const rung = await queue.add(
      JobName.SLA_ALARM,
      { tick: slaTick(warningAt) },
      { jobId: jobIds.slaAlarm(slaTick(warningAt)) },
    );
    await eventually(async () => (await rung.getState()) === 'completed', 10_000, 'the alarm');

    const acmeId = acmeAdmin.user.organizationId;
    const { regulatoryProfile } = await api.ok<{ regulatoryProfile: { version: number } }>(
      `query($o: ID!) { regulatoryProfile(organizationId: $o) { version } }`,
      { o: acmeId },
      providerAdmin.accessToken,
    );
    await api.ok(
      `mutation($input: SaveRegulatoryProfileInput!) { saveRegulatoryProfile(input: $input) { version } }`,
      {
        input: {
          organizationId: acmeId,
          regimes: ['EU_GDPR'],
          expectedVersion: regulatoryProfile.version,
        },
      },
      providerAdmin.accessToken,
    );
    const engagementId = await declare('Customer database exposed');
    const { recordRegulatoryFacts } = await api.ok<{
      recordRegulatoryFacts: { deadlines: { id: string; version: number }[] };
    }>(
      `mutation($input: RecordRegulatoryFactsInput!) { recordRegulatoryFacts(input: $input) { deadlines { id version } } }`,
      {
        input: {
          engagementId,
          // 72 hours to notify the authority: 75 % of them is 54 hours after awareness.
          awareAt: new Date(warningAt - 54 * 60 * MINUTE).toISOString(),
          personalDataAffected: true,
          healthDataAffected: false,
          cardDataAffected: false,
          significantIncident: false,
          expectedVersion: 0,
        },
      },
      consultant.accessToken,
    );
    expect(recordRegulatoryFacts.deadlines).toHaveLength(1);
    const [deadline] = recordRegulatoryFacts.deadlines;
    await api.ok(
      `mutation($input: DecideRegulatoryDeadlineInput!) { decideRegulatoryDeadline(input: $input) { status } }`,
      { input: { deadlineId: deadline?.id, confirm: true, expectedVersion: deadline?.version } },
      consultant.accessToken,
    );
    const regulatory = await cycle(engagementId, 'REGULATORY');
    // Well before the minute's sweep could have come round.
    const warned = await eventually(
      async () => {
        const c = await reread(regulatory.id);
        return c.warnings_sent.length ? c : null;
      },
      5000,
      'the 75 % warning',
    );
    expect(warned.warnings_sent).toEqual([75]);
    expect(warned.next_alarm_at?.getTime()).toBe(warningAt + 10.8 * 60 * MINUTE);
    const notices = await told([regulatory.id]);
    expect([...notices.values()].flat()).toContain('WARNING:75');
  }, 60_000);

  it('two workers and replayed alarms never notify twice', async () => {
    await startWorker();
    const engagementId = await declare('Domain admin compromised');
    const dueAt = new Date(Date.now() + 6000);
    const ids = await cloneCycles(engagementId, 100, dueAt, 2000);
    await sweepNow();
    // The same alarms again, three times each under other ids, as a replay would, for the two
    // workers to take as they come.
    const ticks = [...new Set(await ticksOf(ids))];
    await queue.addBulk(
      [1, 2, 3].flatMap((copy) =>
        ticks.map((tick) => ({
          name: JobName.SLA_ALARM,
          data: { tick },
          opts: { jobId: `replay-${copy}-${tick}`, delay: Math.max(0, tick - Date.now()) },
        })),
      ),
    );
    await eventually(async () => (await breached(ids)) === 100, 30_000, 'all 100 breaches');
    await new Promise((r) => setTimeout(r, 1000));
    const people = await assigned();
    expect(await breachNotices(ids)).toEqual({ total: 100 * people, distinct: 100 * people });
    const rows = (
      await db.query<{ warnings_sent: number[]; escalations_sent: number }>(
        `SELECT warnings_sent, escalations_sent FROM sla_cycles WHERE id = ANY($1::uuid[])`,
        [ids],
      )
    ).rows;
    expect(rows.every((r) => r.warnings_sent.length === 0 && r.escalations_sent === 0)).toBe(true);
  }, 90_000);

  it('a worker killed in the middle of the breaches loses none of them, and the next one sends each once', async () => {
    while (workers.length) await workers.pop()?.kill('SIGTERM');
    const worker = await startWorker();
    const engagementId = await declare('Ransomware on the ERP');
    const total = 1000;
    // Spread over four seconds, so that the worker is killed with most of them still to go.
    const ids = await cloneCycles(engagementId, total, new Date(Date.now() + 8000), 4000);
    await sweepNow();
    await eventually(
      async () => (await armedAlarms(ids)) === total,
      20_000,
      'the alarms to be armed',
    );
    await eventually(async () => (await breached(ids)) > 0, 30_000, 'the first breaches');
    await worker.kill('SIGKILL');
    workers.pop();
    const atKill = await breached(ids);
    expect(atKill).toBeLessThan(total);

    await startWorker();
    await eventually(
      async () => (await breached(ids)) === total,
      60_000,
      'every breach after the restart',
    );
    const people = await assigned();
    expect(await breachNotices(ids)).toEqual({ total: total * people, distinct: total * people });
  }, 150_000);
});
