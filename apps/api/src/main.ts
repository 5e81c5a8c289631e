import 'reflect-metadata';
import { VIGIL_CONFIG, VigilConfig } from '@vigil/api/core';
import { Logger } from 'nestjs-pino';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  process.env['VIGIL_SERVICE'] ??= 'api';
  const app = await createApi({ writeSchema: process.env['NODE_ENV'] !== 'production' && process.env['VIGIL_WRITE_SCHEMA'] === '1' });
  const config = app.get<VigilConfig>(VIGIL_CONFIG);
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`Vigil api listening on http://localhost:${config.port} (GraphQL at /graphql)`);
}

main().catch((e: unknown) => {
  process.stderr.write(`Vigil api failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
