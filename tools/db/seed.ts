/**
 * Loads the demo organisations and users (see README for the logins).  npm run db:seed
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@vigil/api/core';
import { dataSourceOptions } from '@vigil/api/database';
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS, seedDemo } from '@vigil/api/fixtures';

const config = loadConfigOrExit();
const ds = new DataSource(dataSourceOptions(config.databaseUrl));
ds.initialize()
  .then(() => ds.transaction(seedDemo))
  .then(() => {
    process.stdout.write(
      `Demo data loaded: ${DEMO_ORGS.length} organisations, ${DEMO_USERS.length} users (password ${DEMO_PASSWORD}).\n`,
    );
    return ds.destroy();
  })
  .catch((e: unknown) => {
    process.stderr.write(`db:seed failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
