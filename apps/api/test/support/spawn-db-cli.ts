import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Runs db-cli.ts in its own Node process with SWC and the workspace's path aliases. */
export function dbCli(...args: string[]): void {
  execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'db-cli.ts'), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json') },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
