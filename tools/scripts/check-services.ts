/**
 * Checks that PostgreSQL and Redis answer before anything else starts. Prints which one is down,
 * at which address, and how to start it; exits 1 then.
 */
import Redis from 'ioredis';
import { Client } from 'pg';
import { loadConfigOrExit } from '@vigil/api/core';

function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? '6379' : '5432')}`;
}

async function checkPostgres(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<string | null> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: string | null = null;
  redis.on('error', (e: Error) => {
    cause ??= e.message;
  });
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (e) {
    return cause ?? (e instanceof Error ? e.message : String(e));
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const problems: string[] = [];
  const pg = await checkPostgres(config.databaseAdminUrl);
  if (pg) {
    problems.push(
      `PostgreSQL is not reachable at ${where(config.databaseAdminUrl)} (DATABASE_ADMIN_URL): ${pg}\n` +
        `  Start it, e.g. "sudo pg_ctlcluster 15 main start", "brew services start postgresql@16",\n` +
        `  or "docker compose up -d postgres"; or point DATABASE_ADMIN_URL at a running server.`,
    );
  }
  const redis = await checkRedis(config.redisUrl);
  if (redis) {
    problems.push(
      `Redis is not reachable at ${where(config.redisUrl)} (REDIS_URL): ${redis}\n` +
        `  Start it, e.g. "redis-server --daemonize yes --maxmemory-policy noeviction",\n` +
        `  "brew services start redis", or "docker compose up -d redis"; or set REDIS_URL.`,
    );
  }
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `PostgreSQL (${where(config.databaseAdminUrl)}) and Redis (${where(config.redisUrl)}) are reachable.\n`,
  );
}

void main();
