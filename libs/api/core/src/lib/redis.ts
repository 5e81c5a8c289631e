import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

export const REDIS = Symbol('REDIS');

/** A client for Vigil's own keys (rate limits). BullMQ opens its own connections. */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false, enableReadyCheck: true });
}

/** BullMQ needs `noeviction`: with any other policy Redis may silently drop jobs. */
export async function warnUnlessNoEviction(redis: Redis, logger: Logger): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1] ?? null;
    if (policy !== 'noeviction') {
      logger.warn(
        `!!! Redis maxmemory-policy is "${policy ?? 'unknown'}", not "noeviction". Redis may evict queued jobs and timers will be lost. Set "maxmemory-policy noeviction" in redis.conf. !!!`,
      );
    }
    return policy;
  } catch (e) {
    logger.warn(
      `Could not read Redis maxmemory-policy (${e instanceof Error ? e.message : String(e)}); make sure it is "noeviction".`,
    );
    return null;
  }
}
