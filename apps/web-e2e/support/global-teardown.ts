import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const STATE_FILE = join(ROOT, 'test-results', 'web-e2e-state.json');

/** Stops the api and worker, drops the database, deletes the Redis keys. */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as {
    database: string;
    pids: number[];
    queuePrefix: string;
  };
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1500));
  execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/api/test/support/db-cli.ts', 'drop', state.database],
    {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json') },
      stdio: 'inherit',
    },
  );
  const url = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
  const keys = execFileSync(
    'redis-cli',
    ['-u', url, '--scan', '--pattern', `${state.queuePrefix}*`],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean);
  for (const key of keys) execFileSync('redis-cli', ['-u', url, 'DEL', key]);
  rmSync(STATE_FILE, { force: true });
}
