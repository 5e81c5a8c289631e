/**
 * Creates or drops a test database from a plain Node process (Jest's global setup cannot resolve
 * the workspace's path aliases):  db-cli.ts create <name> [--seed] | drop <name>
 */
import { createTestDatabase, dropTestDatabase } from './test-database';

async function main(): Promise<void> {
  const [command, name, flag] = process.argv.slice(2);
  if (!name) throw new Error('usage: db-cli.ts create|drop <name> [--seed]');
  if (command === 'create') await createTestDatabase(name, { seed: flag === '--seed' });
  else if (command === 'drop') await dropTestDatabase(name);
  else throw new Error(`unknown command ${command ?? ''}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
