import { Global, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { VIGIL_CONFIG, VigilConfig } from './config';

export const PUB_SUB = Symbol('PUB_SUB');

/** Live events between processes (worker → api → browser) over Redis pub/sub. */
export interface LiveEvents {
  publish(channel: string, payload: unknown): Promise<void>;
  asyncIterableIterator<T>(channel: string): AsyncIterableIterator<T>;
}

/** Channel names carry the deployment's prefix, so test runs and deployments never cross. */
export function channel(config: VigilConfig, name: string): string {
  return `${config.queuePrefix}:live:${name}`;
}

@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig) =>
        new RedisPubSub({
          publisher: new Redis(config.redisUrl),
          subscriber: new Redis(config.redisUrl),
        }),
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule implements OnModuleDestroy {
  constructor(@Inject(PUB_SUB) private readonly pubSub: RedisPubSub) {}

  async onModuleDestroy(): Promise<void> {
    await this.pubSub.close();
  }
}
