import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, REDIS, VIGIL_CONFIG, VigilConfig, VigilError } from '@vigil/api/core';
import Redis from 'ioredis';

/** Failed sign-ins counted per account and per address in a fixed window (Redis). */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  private keys(email: string, address: string): { account: string; address: string } {
    const prefix = `${this.config.queuePrefix}:login-failures`;
    return { account: `${prefix}:account:${email}`, address: `${prefix}:address:${address}` };
  }

  /** Throws RATE_LIMITED when either counter is at its limit. */
  async check(email: string, address: string): Promise<void> {
    const k = this.keys(email, address);
    const [[, account], [, byAddress], [, ttlA], [, ttlB]] = (await this.redis
      .multi()
      .get(k.account)
      .get(k.address)
      .ttl(k.account)
      .ttl(k.address)
      .exec()) as [unknown, string | null][] as [
      [unknown, string | null],
      [unknown, string | null],
      [unknown, number],
      [unknown, number],
    ];
    const accountLocked = Number(account ?? 0) >= this.config.loginMaxFailuresPerAccount;
    const addressLocked = Number(byAddress ?? 0) >= this.config.loginMaxFailuresPerAddress;
    if (accountLocked || addressLocked) {
      const retryAfterSeconds = Math.max(accountLocked ? ttlA : 0, addressLocked ? ttlB : 0, 1);
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new VigilError(
        ErrorCode.RATE_LIMITED,
        `Too many failed sign-in attempts ${accountLocked ? 'for this account' : 'from your address'}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { retryAfterSeconds },
      );
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const k = this.keys(email, address);
    const window = this.config.loginWindowSeconds;
    await this.redis
      .multi()
      .incr(k.account)
      .expire(k.account, window, 'NX')
      .incr(k.address)
      .expire(k.address, window, 'NX')
      .exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.keys(email, '').account);
  }
}
