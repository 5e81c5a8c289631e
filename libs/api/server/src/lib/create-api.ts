import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { requestIdOf, VIGIL_CONFIG, VigilConfig } from '@vigil/api/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { QUEUE_DASHBOARD_PATH, QueueDashboardService } from '@vigil/api/identity';
import { QueueName } from '@vigil/api/queue';
import { Queue } from 'bullmq';
import { Logger } from 'nestjs-pino';
import type { NextFunction, Request, Response } from 'express';
import { ApiOptions, AppModule } from './app.module';

/** Builds the api (used by main.ts and by the integration tests). */
export async function createApi(
  options: ApiOptions & { logger?: boolean } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    ...(options.logger === false ? { logger: false } : {}),
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // GraphQL answers are per-user and uncacheable: hashing each body for an ETag is wasted work.
  app.set('etag', false);
  const config = app.get<VigilConfig>(VIGIL_CONFIG);
  // The request id travels back in a header on every response.
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('x-request-id', requestIdOf(req));
    next();
  });
  mountQueueDashboard(app);
  serveWeb(app as NestExpressApplication, config);
  return app;
}

/** Bull Board at /admin/queues, behind the provider-admin check. */
function mountQueueDashboard(app: INestApplication): void {
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })),
    ),
    serverAdapter: board,
  });
  app.use(
    QUEUE_DASHBOARD_PATH,
    app.get(QueueDashboardService, { strict: false }).guard(),
    board.getRouter(),
  );
}

/** Serves the built web app on the same origin when it exists, with a fallback to index.html. */
function serveWeb(app: NestExpressApplication, config: VigilConfig): void {
  const dir = resolve(config.webDistDir);
  const index = resolve(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/graphql') ||
      req.path.startsWith('/health') ||
      req.path.startsWith(QUEUE_DASHBOARD_PATH)
    )
      return next();
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    res.sendFile(index);
  });
}
