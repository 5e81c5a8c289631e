import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { warnUnlessNoEviction } from '@vigil/api/core';
import { dataSourceOptions, schemaDiff } from '@vigil/api/database';
import { dbCli, withDatabase } from './support/spawn-db-cli';

const ROOT = join(__dirname, '..', '..', '..');
const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

function runScript(
  file: string,
  env: Record<string, string>,
): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', file], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json'), ...env },
    encoding: 'utf8',
    timeout: 30000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('migrations', () => {
  it('entities and migrations agree, and every migration can be reverted and re-applied', async () => {
    const name = `vigil_migr_${Date.now().toString(36)}`;
    dbCli('create', name);
    const owner = new DataSource(
      dataSourceOptions(withDatabase(process.env['DATABASE_OWNER_URL'] as string, name)),
    );
    await owner.initialize();
    try {
      expect(await schemaDiff(owner)).toEqual([]);
      for (let i = 0; i < owner.migrations.length; i += 1)
        await owner.undoLastMigration({ transaction: 'each' });
      const left = await owner.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(left).toEqual([]);
      await owner.runMigrations({ transaction: 'each' });
      expect(await schemaDiff(owner)).toEqual([]);
    } finally {
      await owner.destroy();
      dbCli('drop', name);
    }
  });
});

describe('configuration', () => {
  it.each([
    ['DATABASE_URL', 'mysql://nope', /DATABASE_URL is invalid: expected a postgres:\/\/ URL/],
    ['PORT', 'eighty', /PORT is invalid: expected a TCP port/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL is invalid: expected a redis:\/\/ URL/],
  ])('a malformed %s stops the api with one line naming it', (name, value, message) => {
    const result = runScript('apps/api/src/main.ts', { [name]: value });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('production refuses to start without a JWT secret', () => {
    const result = runScript('apps/worker/src/main.ts', { NODE_ENV: 'production', JWT_SECRET: '' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Configuration error: JWT_SECRET is missing/);
  });
});

describe('Redis eviction policy', () => {
  it('warns loudly when Redis may evict jobs, and stays quiet with noeviction', async () => {
    const redis = new Redis(REDIS_URL);
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m) } as unknown as Logger;
    const original =
      ((await redis.config('GET', 'maxmemory-policy')) as string[])[1] ?? 'noeviction';
    try {
      await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
      expect(await warnUnlessNoEviction(redis, logger)).toBe('allkeys-lru');
      expect(warnings.join('\n')).toMatch(/maxmemory-policy is "allkeys-lru", not "noeviction"/);
      warnings.length = 0;
      await redis.config('SET', 'maxmemory-policy', 'noeviction');
      expect(await warnUnlessNoEviction(redis, logger)).toBe('noeviction');
      expect(warnings).toEqual([]);
    } finally {
      await redis.config('SET', 'maxmemory-policy', original);
      redis.disconnect();
    }
  });
});

describe('graceful shutdown', () => {
  let child: ChildProcess | null = null;
  afterEach(() => child?.kill('SIGKILL'));

  it('on SIGTERM the api finishes a request in flight, then exits 0', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json'),
        PORT: String(port),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child?.on('exit', (code) => resolve(code)),
    );
    const deadline = Date.now() + 45000;
    while (!output.includes('listening') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('listening');

    // Send half a request, stop the server, then send the rest: it is in flight and must be answered.
    const body = JSON.stringify({ query: '{ __typename }' });
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let response = '';
    socket.on('data', (d: Buffer) => (response += d.toString()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\napollo-require-preflight: true\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');
    const drainDeadline = Date.now() + 10000;
    while (!output.includes('SIGTERM received') && Date.now() < drainDeadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(output).toContain('SIGTERM received');
    socket.write(body);
    const code = await exited;
    socket.destroy();
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('"__typename":"Query"');
    expect(code).toBe(0);
    expect(output).toContain('Stopped cleanly');
  }, 90000);
});

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 16, Redis 7 as BullMQ needs it, api, worker and web', () => {
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
      services: Record<
        string,
        { image?: string; command?: string[]; depends_on?: Record<string, unknown> }
      >;
    };
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'api', 'worker', 'web']),
    );
    expect(compose.services['postgres']?.image).toMatch(/^postgres:16/);
    expect(compose.services['redis']?.image).toMatch(/^redis:7/);
    const redisCommand = (compose.services['redis']?.command ?? []).join(' ');
    expect(redisCommand).toContain('--maxmemory-policy noeviction');
    expect(redisCommand).toContain('--appendonly yes');
    for (const app of ['api', 'worker'])
      expect(Object.keys(compose.services[app]?.depends_on ?? {})).toEqual(
        expect.arrayContaining(['redis', 'migrate']),
      );
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    for (const target of ['migrate', 'api', 'worker', 'web'])
      expect(dockerfile).toMatch(new RegExp(`^FROM .+ AS ${target}$`, 'm'));
  });
});
