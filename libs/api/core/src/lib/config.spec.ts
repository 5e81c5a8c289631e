import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives defaults that match a local PostgreSQL and Redis', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: 'postgres://vigil_app:vigil_app@127.0.0.1:5432/vigil',
      redisUrl: 'redis://127.0.0.1:6379',
      invitationTtlSeconds: 7 * 24 * 3600,
    });
  });

  it.each([
    ['PORT', '70000', /^PORT is invalid: expected a TCP port \(1-65535\), got "70000"$/],
    ['DATABASE_URL', 'mysql://x', /^DATABASE_URL is invalid: expected a postgres:\/\/ URL/],
    ['LOG_LEVEL', 'loud', /^LOG_LEVEL is invalid: expected fatal, error/],
    ['ACCESS_TOKEN_TTL_SECONDS', '1.5', /^ACCESS_TOKEN_TTL_SECONDS is invalid/],
    ['QUEUE_PREFIX', 'a:b', /^QUEUE_PREFIX is invalid/],
  ])('names %s when it is malformed', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('requires a long JWT secret in production and never prints it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is missing/);
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(
      'JWT_SECRET is invalid: expected at least 32 characters; required in production, got (hidden)',
    );
  });
});
