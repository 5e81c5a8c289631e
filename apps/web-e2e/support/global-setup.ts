import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_PORT } from '../playwright.config';

export const ROOT = join(__dirname, '..', '..', '..');
export const STATE_FILE = join(ROOT, 'test-results', 'web-e2e-state.json');

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function dbCli(...args: string[]): void {
  execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/api/test/support/db-cli.ts', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json') },
      stdio: 'inherit',
    },
  );
}

async function waitReady(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the api exited with code ${child.exitCode}; see ${log}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the api did not become ready at ${url}; see ${log}`);
}

/**
 * A database of its own with the demo seeded, the built api (serving the built web app) and the
 * worker, on a fixed loopback port. Builds first when the build output is missing.
 */
export default async function globalSetup(): Promise<void> {
  if (
    !existsSync(join(ROOT, 'dist/apps/api/main.js')) ||
    !existsSync(join(ROOT, 'dist/apps/web/browser/index.html')) ||
    !existsSync(join(ROOT, 'dist/apps/worker/main.js'))
  ) {
    execFileSync(
      'npx',
      ['nx', 'run-many', '-t', 'build', '--projects=api,worker,web', '--outputStyle=static'],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, NX_DAEMON: 'false' },
      },
    );
  }
  const database = `vigil_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  dbCli('create', database, '--seed');
  const baseUrl = `http://127.0.0.1:${E2E_PORT}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(E2E_PORT),
    DATABASE_URL: withDatabase(
      process.env['DATABASE_URL'] || 'postgres://vigil_app:vigil_app@127.0.0.1:5432/vigil',
      database,
    ),
    DATABASE_OWNER_URL: withDatabase(
      process.env['DATABASE_OWNER_URL'] ||
        'postgres://vigil_owner:vigil_owner@127.0.0.1:5432/vigil',
      database,
    ),
    QUEUE_PREFIX: database.replace(/_/g, '-'),
    PUBLIC_WEB_URL: baseUrl,
    WEB_DIST_DIR: join(ROOT, 'dist/apps/web/browser'),
    LOG_LEVEL: 'warn',
  };
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const apiLog = join(ROOT, 'test-results', 'web-e2e-api.log');
  const workerLog = join(ROOT, 'test-results', 'web-e2e-worker.log');
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', openSync(apiLog, 'w'), openSync(apiLog, 'a')],
    detached: false,
  });
  const worker = spawn(process.execPath, ['dist/apps/worker/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', openSync(workerLog, 'w'), openSync(workerLog, 'a')],
  });
  writeFileSync(
    STATE_FILE,
    JSON.stringify({ database, pids: [api.pid, worker.pid], queuePrefix: env.QUEUE_PREFIX }),
  );
  await waitReady(baseUrl, api, apiLog);
}
