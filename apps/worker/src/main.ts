import 'reflect-metadata';
import { WorkerHost } from '@nestjs/bullmq';
import { DiscoveryService } from '@nestjs/core';
import { handleShutdown } from '@vigil/api/core';
import { Logger } from 'nestjs-pino';
import { createWorker } from '@vigil/api/jobs';

async function main(): Promise<void> {
  process.env['VIGIL_SERVICE'] ??= 'worker';
  const app = await createWorker();
  await app.init();
  const logger = app.get(Logger);
  const hosts = app
    .get(DiscoveryService)
    .getProviders()
    .map((w) => w.instance as unknown)
    .filter((i): i is WorkerHost => i instanceof WorkerHost);
  // BullMQ's close() stops fetching jobs and waits for the running ones to finish.
  handleShutdown(
    app,
    logger,
    hosts.map((h) => ({ name: `worker ${h.worker.name}`, drain: () => h.worker.close() })),
  );
  logger.log(`Vigil worker started (${hosts.length} queue processor(s))`);
}

main().catch((e: unknown) => {
  process.stderr.write(
    `Vigil worker failed to start: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
