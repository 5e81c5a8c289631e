import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { VIGIL_CONFIG, VigilConfig } from '@vigil/api/core';
import { QueueName } from './queues';

/** ioredis options from a redis:// URL (BullMQ takes options, not a URL). */
export function redisConnection(url: string): {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: object;
} {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: Number(u.pathname.replace('/', '') || 0),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

@Global()
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [VIGIL_CONFIG],
          useFactory: (config: VigilConfig) => ({
            connection: redisConnection(config.redisUrl),
            prefix: config.queuePrefix,
            defaultJobOptions: {
              attempts: 5,
              backoff: { type: 'exponential', delay: 1000 },
              removeOnComplete: { count: 1000 },
              removeOnFail: { count: 5000 },
            },
          }),
        }),
        ...queues,
      ],
      exports: queues,
    };
  }
}
