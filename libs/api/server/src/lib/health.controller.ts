import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public, REDIS } from '@vigil/api/core';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

async function check(
  name: string,
  probe: () => Promise<unknown>,
): Promise<{ name: string; ok: boolean; error?: string }> {
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000)),
    ]);
    return { name, ok: true };
  } catch (e) {
    return { name, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** The process can serve: PostgreSQL and Redis answer. 503 otherwise, saying which failed. */
  @Get('ready')
  async ready(): Promise<{
    status: string;
    checks: { name: string; ok: boolean; error?: string }[];
  }> {
    const checks = await Promise.all([
      check('postgres', () => this.dataSource.query('SELECT 1')),
      check('redis', () => this.redis.ping()),
    ]);
    const body = { status: checks.every((c) => c.ok) ? 'ok' : 'unavailable', checks };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }
}
