/**
 * Creates the database roles and the database (idempotent), as a superuser (DATABASE_ADMIN_URL).
 *   npm run db:setup [-- database-name]
 */
import { loadConfigOrExit } from '@vigil/api/core';
import { databaseName, ensureRolesAndDatabase } from '@vigil/api/database';

const config = loadConfigOrExit();
const database = process.argv[2] ?? databaseName(config.databaseUrl);
ensureRolesAndDatabase(
  config.databaseAdminUrl,
  config.databaseOwnerUrl,
  config.databaseUrl,
  database,
)
  .then(() => process.stdout.write(`Database ${database} and roles are ready.\n`))
  .catch((e: unknown) => {
    process.stderr.write(`db:setup failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
