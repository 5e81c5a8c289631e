/** Regenerates apps/api/schema.gql from the code (commit the result). */
import 'reflect-metadata';
import { createApi } from '@vigil/api/server';

createApi({ writeSchema: true, logger: false })
  .then(async (app) => {
    await app.init();
    await app.close();
    process.stdout.write('Wrote apps/api/schema.gql\n');
  })
  .catch((e: unknown) => {
    process.stderr.write(`schema:write failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
