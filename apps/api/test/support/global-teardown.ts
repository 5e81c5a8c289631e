import { execFileSync } from 'node:child_process';
import { dbCli } from './spawn-db-cli';

/** Drops the run's database and deletes its Redis keys. */
export default function globalTeardown(): void {
  const name = process.env['VIGIL_TEST_DATABASE'];
  if (name) dbCli('drop', name);
  const prefix = process.env['QUEUE_PREFIX'];
  if (prefix) {
    const url = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
    execFileSync('redis-cli', ['-u', url, '--scan', '--pattern', `${prefix}*`], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .forEach((key) => execFileSync('redis-cli', ['-u', url, 'DEL', key]));
  }
}
