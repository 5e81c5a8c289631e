import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** Builds the worker (used by main.ts and by the integration tests). */
export async function createWorker(
  options: { logger?: boolean } = {},
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), {
    bufferLogs: true,
    ...(options.logger === false ? { logger: false } : {}),
  });
  app.useLogger(app.get(Logger));
  return app;
}
