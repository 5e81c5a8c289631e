import 'reflect-metadata';
import { Server } from 'node:http';
import { handleShutdown, VIGIL_CONFIG, VigilConfig } from '@vigil/api/core';
import { Logger } from 'nestjs-pino';
import { createApi } from '@vigil/api/server';

async function main(): Promise<void> {
  process.env['VIGIL_SERVICE'] ??= 'api';
  const app = await createApi();
  const config = app.get<VigilConfig>(VIGIL_CONFIG);
  await app.listen(config.port, '0.0.0.0');
  const logger = app.get(Logger);
  const server = app.getHttpServer() as Server;
  handleShutdown(app, logger, [
    {
      name: 'HTTP server',
      // Refuse new connections, close idle keep-alive ones, and wait for requests in flight.
      drain: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    },
  ]);
  logger.log(`Vigil api listening on http://localhost:${config.port} (GraphQL at /graphql)`);
}

main().catch((e: unknown) => {
  process.stderr.write(
    `Vigil api failed to start: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
