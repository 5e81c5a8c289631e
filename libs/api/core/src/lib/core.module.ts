import { randomUUID } from 'node:crypto';
import {
  DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import type { Request } from 'express';
import Redis from 'ioredis';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { CLS_REQUEST_ID, CLS_CLIENT_ADDRESS } from './actor';
import { loadConfigOrExit, VIGIL_CONFIG, VigilConfig } from './config';
import { createRedis, REDIS, warnUnlessNoEviction } from './redis';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

/** Takes a sane incoming X-Request-Id, or makes one. */
export function requestIdOf(req: Request): string {
  const existing = (req as Request & { id?: unknown }).id;
  if (typeof existing === 'string') return existing;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
  (req as Request & { id?: string }).id = id;
  return id;
}

/** Configuration, request context, JSON logs and Redis: what every Vigil process needs. */
@Global()
@Module({})
export class CoreModule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Redis');

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Loads and validates the configuration; a bad variable stops the process with one line. */
  static forRoot(): DynamicModule {
    const config = loadConfigOrExit();
    return {
      module: CoreModule,
      imports: [
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            idGenerator: (req: Request) => requestIdOf(req),
            setup: (cls, req: Request) => {
              cls.set(CLS_REQUEST_ID, requestIdOf(req));
              cls.set(CLS_CLIENT_ADDRESS, req.ip ?? req.socket.remoteAddress ?? 'unknown');
            },
          },
        }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req) => requestIdOf(req as Request),
            customProps: () => ({ service: process.env['VIGIL_SERVICE'] ?? 'vigil' }),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
            },
          },
        }),
      ],
      providers: [
        { provide: VIGIL_CONFIG, useValue: config },
        {
          provide: REDIS,
          useFactory: (c: VigilConfig) => createRedis(c.redisUrl),
          inject: [VIGIL_CONFIG],
        },
      ],
      exports: [VIGIL_CONFIG, REDIS],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await warnUnlessNoEviction(this.redis, this.logger);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
