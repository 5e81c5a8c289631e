/**
 * Migration commands, run as the owner role (DATABASE_OWNER_URL).
 *   run     apply pending migrations
 *   revert  undo the last migration
 *   show    list migrations and whether each ran
 *   diff    print the SQL that would make the schema match the entities (empty when they agree)
 */
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@vigil/api/core';
import { dataSourceOptions, schemaDiff } from '@vigil/api/database';

async function main(command: string): Promise<void> {
  const config = loadConfigOrExit();
  const ds = new DataSource(dataSourceOptions(config.databaseOwnerUrl));
  await ds.initialize();
  try {
    switch (command) {
      case 'run': {
        const ran = await ds.runMigrations({ transaction: 'each' });
        process.stdout.write(
          ran.length
            ? `Applied: ${ran.map((m) => m.name).join(', ')}\n`
            : 'No pending migrations.\n',
        );
        break;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        process.stdout.write('Reverted the last migration.\n');
        break;
      case 'show': {
        const done = new Set(
          ((await ds.query('SELECT name FROM migrations')) as { name: string }[]).map(
            (r) => r.name,
          ),
        );
        for (const m of ds.migrations)
          process.stdout.write(`${done.has(m.name ?? '') ? '[X]' : '[ ]'} ${m.name ?? ''}\n`);
        break;
      }
      case 'diff': {
        const queries = await schemaDiff(ds);
        process.stdout.write(
          queries.length ? queries.join(';\n') + ';\n' : 'Entities and migrations agree.\n',
        );
        break;
      }
      default:
        throw new Error(`unknown command "${command}": use run, revert, show or diff`);
    }
  } finally {
    await ds.destroy();
  }
}

{
  main(process.argv[2] ?? 'show').catch((e: unknown) => {
    process.stderr.write(`db:migrate failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
