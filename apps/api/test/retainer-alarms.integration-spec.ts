import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { redisConnection } from '@vigil/api/queue';
import { addDays, todayIn } from '@vigil/shared/domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { eventually, Session, startApi, startWorker, TestApi } from './support/harness';

const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
const TZ = 'America/Chicago';

describe('retainer reminders and expiry, run by the worker', () => {
  const prefix = `${process.env['QUEUE_PREFIX'] ?? 'vigil-test'}-alarms-${randomBytes(3).toString('hex')}`;
  let api: TestApi;
  let worker: INestApplicationContext | null = null;
  let queue: Queue;
  let admin: Session;
  let am: Session;
  const today = todayIn(TZ);

  async function newClient(name: string): Promise<string> {
    const org = await api.ok<{ createClientOrganization: { id: string } }>(
      `mutation($input: CreateClientOrganizationInput!) { createClientOrganization(input: $input) { id } }`,
      { input: { name, timeZone: TZ, country: 'US', sector: 'Research' } },
      admin.accessToken,
    );
    const id = org.createClientOrganization.id;
    await api.ok(
      `mutation($u: ID!, $o: ID!) { assignUserToOrganization(userId: $u, organizationId: $o) { id } }`,
      { u: am.user.id, o: id },
      admin.accessToken,
    );
    return id;
  }

  async function retainer(
    organizationId: string,
    reference: string,
    termStart: string,
    termEnd: string,
    rolloverMaxMinutes?: number,
  ): Promise<string> {
    const created = await api.ok<{ createRetainer: { id: string } }>(
      `mutation($input: CreateRetainerInput!) { createRetainer(input: $input) { id } }`,
      {
        input: {
          organizationId,
          reference,
          termStart,
          termEnd,
          minutesPurchased: 600,
          hourlyRateCents: 20000,
          overageRateCents: 25000,
          currency: 'USD',
          overagePolicy: 'BLOCK',
          responseTier: 'Silver',
          accountManagerId: am.user.id,
          ...(rolloverMaxMinutes !== undefined ? { rolloverMaxMinutes } : {}),
        },
      },
      admin.accessToken,
    );
    return created.createRetainer.id;
  }

  async function ledger(
    id: string,
  ): Promise<{ kind: string; minutes: number; balanceAfter: number }[]> {
    const data = await api.ok<{
      ledger: { edges: { node: { kind: string; minutes: number; balanceAfter: number } }[] };
    }>(
      `query($id: ID!) { ledger(retainerId: $id) { edges { node { kind minutes balanceAfter } } } }`,
      { id },
      am.accessToken,
    );
    return data.ledger.edges.map((e) => e.node);
  }

  async function reminders(reference: string): Promise<string[]> {
    const data = await api.ok<{ notifications: { edges: { node: { title: string } }[] } }>(
      `{ notifications(first: 100) { edges { node { title } } } }`,
      {},
      am.accessToken,
    );
    return data.notifications.edges
      .map((e) => e.node.title)
      .filter((t) => t.startsWith(`Retainer ${reference} ends`));
  }

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: prefix });
    worker = await startWorker({ QUEUE_PREFIX: prefix });
    queue = new Queue('retainers', { connection: redisConnection(REDIS_URL), prefix });
    admin = await api.login('admin@northwatch.test');
    am = await api.login('am@northwatch.test');
  });
  afterAll(async () => {
    await queue.close();
    await worker?.close();
    await api.close();
  });

  it('at term end the worker carries the rollover allowance into the next term and writes off the rest', async () => {
    const org = await newClient('Lumen Labs');
    const next = await retainer(org, 'LUMEN-NEXT', today, addDays(today, 364));
    const old = await retainer(org, 'LUMEN-OLD', addDays(today, -365), addDays(today, -1), 120);
    await api.ok(
      `mutation($id: ID!) { activateRetainer(id: $id) { id } }`,
      { id: old },
      am.accessToken,
    );
    await eventually(
      async () =>
        (
          await api.ok<{ retainer: { status: string } }>(
            `query($id: ID!) { retainer(id: $id) { status } }`,
            { id: old },
            am.accessToken,
          )
        ).retainer.status === 'EXPIRED',
      20000,
      'the worker to expire the retainer',
    );
    expect(await ledger(old)).toEqual([
      { kind: 'PURCHASE', minutes: 600, balanceAfter: 600 },
      { kind: 'ROLLOVER_CREDIT', minutes: -120, balanceAfter: 480 },
      { kind: 'EXPIRY_WRITE_OFF', minutes: -480, balanceAfter: 0 },
    ]);
    expect(await ledger(next)).toEqual([
      { kind: 'ROLLOVER_CREDIT', minutes: 120, balanceAfter: 120 },
    ]);
    // An ended term sends no "ends in N days" reminders.
    expect(await reminders('LUMEN-OLD')).toEqual([]);
  });

  it('reminds once 30 days before the end, moves its alarms with the term end, and re-arms them after Redis loses them', async () => {
    const org = await newClient('Quartz Systems');
    const termEnd = addDays(today, 20);
    const id = await retainer(org, 'QUARTZ-2026', addDays(today, -300), termEnd);
    await api.ok(`mutation($id: ID!) { activateRetainer(id: $id) { id } }`, { id }, am.accessToken);
    // The 30-day reminder was already due: it goes out at once, exactly once.
    await eventually(
      async () => (await reminders('QUARTZ-2026')).length === 1,
      20000,
      'the 30-day reminder',
    );
    expect(await reminders('QUARTZ-2026')).toEqual(['Retainer QUARTZ-2026 ends in 30 days']);
    expect(await (await queue.getJob(`retainer-reminder-${id}-${termEnd}-7`))?.getState()).toBe(
      'delayed',
    );
    expect(await (await queue.getJob(`retainer-expiry-${id}-${termEnd}`))?.getState()).toBe(
      'delayed',
    );

    const moved = addDays(today, 60);
    await api.ok(
      `mutation($id: ID!, $end: String!) { updateRetainer(input: { id: $id, termEnd: $end }) { termEnd } }`,
      { id, end: moved },
      am.accessToken,
    );
    expect(await queue.getJob(`retainer-reminder-${id}-${termEnd}-7`)).toBeUndefined();
    expect(await queue.getJob(`retainer-expiry-${id}-${termEnd}`)).toBeUndefined();
    for (const jobId of [
      `retainer-reminder-${id}-${moved}-30`,
      `retainer-reminder-${id}-${moved}-7`,
      `retainer-expiry-${id}-${moved}`,
    ]) {
      expect(await (await queue.getJob(jobId))?.getState()).toBe('delayed');
    }

    // Redis loses everything; the worker's start-up sweep puts the alarms back and sends nothing twice.
    await worker?.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    expect(await queue.getJob(`retainer-expiry-${id}-${moved}`)).toBeUndefined();
    worker = await startWorker({ QUEUE_PREFIX: prefix });
    expect(await (await queue.getJob(`retainer-expiry-${id}-${moved}`))?.getState()).toBe(
      'delayed',
    );
    expect(await (await queue.getJob(`retainer-reminder-${id}-${moved}-30`))?.getState()).toBe(
      'delayed',
    );
    expect(await reminders('QUARTZ-2026')).toEqual(['Retainer QUARTZ-2026 ends in 30 days']);
  });
});
