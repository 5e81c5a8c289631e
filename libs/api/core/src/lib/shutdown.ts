import { INestApplicationContext, LoggerService } from '@nestjs/common';

export interface DrainStep {
  name: string;
  /** Stops taking new work and resolves when the work in flight is done. */
  drain: () => Promise<void>;
}

/**
 * On SIGTERM or SIGINT: first drain (stop taking new requests or jobs and let the ones in flight
 * finish, up to `timeoutMs`), then close the application (database, Redis), then exit 0.
 * Nest's own shutdown hooks would close the database before in-flight work had finished.
 */
export function handleShutdown(
  app: INestApplicationContext,
  logger: LoggerService,
  steps: DrainStep[],
  timeoutMs = 25_000,
): void {
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing work in flight, then stopping`);
    const deadline = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), timeoutMs).unref(),
    );
    for (const step of steps) {
      const result = await Promise.race([step.drain().then(() => 'done' as const), deadline]);
      if (result === 'timeout')
        logger.warn(`${step.name} did not drain within ${timeoutMs} ms; stopping anyway`);
    }
    await app.close();
    logger.log('Stopped cleanly');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop(signal).catch((e: unknown) => {
        logger.error(`Shutdown failed: ${e instanceof Error ? e.message : String(e)}`);
        process.exit(1);
      });
    });
  }
}
