/**
 * All configuration comes from environment variables. Defaults match a local PostgreSQL and Redis
 * as set up by `npm run db:setup`. `loadConfig` validates everything at boot and throws a
 * ConfigError naming the first bad variable; `loadConfigOrExit` turns that into one line and exit 1.
 */
export interface VigilConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  databaseUrl: string;
  /** Connections each api or worker process keeps to PostgreSQL. */
  databasePoolSize: number;
  databaseOwnerUrl: string;
  databaseAdminUrl: string;
  redisUrl: string;
  queuePrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  invitationTtlSeconds: number;
  publicWebUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowSeconds: number;
  webDistDir: string;
}

export class ConfigError extends Error {}

const DEV_JWT_SECRET = 'vigil-development-secret-change-me-0123456789';

/** Every variable, its default and what it must look like: printed in the README. */
export const CONFIG_DOC: ReadonlyArray<{ name: string; default: string; expected: string }> = [
  { name: 'NODE_ENV', default: 'development', expected: 'development, test or production' },
  { name: 'PORT', default: '3000', expected: 'a TCP port (1-65535)' },
  {
    name: 'DATABASE_URL',
    default: 'postgres://vigil_app:vigil_app@127.0.0.1:5432/vigil',
    expected: 'a postgres:// URL for the application role',
  },
  {
    name: 'DATABASE_POOL_SIZE',
    default: '10',
    expected: 'an integer between 1 and 200',
  },
  {
    name: 'DATABASE_OWNER_URL',
    default: 'postgres://vigil_owner:vigil_owner@127.0.0.1:5432/vigil',
    expected: 'a postgres:// URL for the role that owns the schema and runs migrations',
  },
  {
    name: 'DATABASE_ADMIN_URL',
    default: 'postgres://postgres@127.0.0.1:5432/postgres',
    expected: 'a postgres:// URL for a superuser, used only by db:setup and the test suite',
  },
  { name: 'REDIS_URL', default: 'redis://127.0.0.1:6379', expected: 'a redis:// URL' },
  {
    name: 'QUEUE_PREFIX',
    default: 'vigil',
    expected: 'letters, digits, - or _ (BullMQ key prefix)',
  },
  {
    name: 'JWT_SECRET',
    default: '(development only)',
    expected: 'at least 32 characters; required in production',
  },
  { name: 'ACCESS_TOKEN_TTL_SECONDS', default: '900', expected: 'an integer between 30 and 86400' },
  {
    name: 'REFRESH_TOKEN_TTL_SECONDS',
    default: '2592000',
    expected: 'an integer between 60 and 31536000',
  },
  {
    name: 'INVITATION_TTL_SECONDS',
    default: '604800',
    expected: 'an integer between 1 and 2592000',
  },
  {
    name: 'PUBLIC_WEB_URL',
    default: 'http://localhost:3000',
    expected: 'an http(s) URL where people open Vigil (used in invitation links)',
  },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    expected: 'fatal, error, warn, info, debug, trace or silent',
  },
  {
    name: 'LOGIN_MAX_FAILURES_PER_ACCOUNT',
    default: '5',
    expected: 'an integer between 1 and 1000',
  },
  {
    name: 'LOGIN_MAX_FAILURES_PER_ADDRESS',
    default: '30',
    expected: 'an integer between 1 and 100000',
  },
  { name: 'LOGIN_WINDOW_SECONDS', default: '900', expected: 'an integer between 1 and 86400' },
  {
    name: 'WEB_DIST_DIR',
    default: 'dist/apps/web/browser',
    expected: 'a folder with the built web app (served when it exists)',
  },
];

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string {
  const doc = CONFIG_DOC.find((d) => d.name === name);
  const raw = env[name];
  if (raw !== undefined && raw !== '') return raw;
  if (!doc) throw new ConfigError(`${name} is not a known variable`);
  return doc.default;
}

function fail(name: string, value: string): never {
  const doc = CONFIG_DOC.find((d) => d.name === name);
  const shown = /SECRET|PASSWORD/.test(name) ? '(hidden)' : JSON.stringify(value);
  throw new ConfigError(
    `${name} is invalid: expected ${doc?.expected ?? 'a valid value'}, got ${shown}`,
  );
}

function int(env: Env, name: string, min: number, max: number): number {
  const value = read(env, name);
  if (!/^\d+$/.test(value)) fail(name, value);
  const n = Number(value);
  if (n < min || n > max) fail(name, value);
  return n;
}

function url(env: Env, name: string, protocols: string[]): string {
  const value = read(env, name);
  try {
    const parsed = new URL(value);
    if (!protocols.includes(parsed.protocol)) fail(name, value);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    fail(name, value);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[]): T {
  const value = read(env, name);
  if (!(values as readonly string[]).includes(value)) fail(name, value);
  return value as T;
}

export function loadConfig(env: Env = process.env): VigilConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const);
  const rawSecret = env['JWT_SECRET'];
  if (nodeEnv === 'production' && !rawSecret) {
    throw new ConfigError(
      'JWT_SECRET is missing: expected at least 32 characters; required in production',
    );
  }
  const jwtSecret = rawSecret || DEV_JWT_SECRET;
  if (jwtSecret.length < 32) fail('JWT_SECRET', jwtSecret);
  const queuePrefix = read(env, 'QUEUE_PREFIX');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(queuePrefix)) fail('QUEUE_PREFIX', queuePrefix);
  return {
    nodeEnv,
    port: int(env, 'PORT', 1, 65535),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 1, 200),
    databaseOwnerUrl: url(env, 'DATABASE_OWNER_URL', ['postgres:', 'postgresql:']),
    databaseAdminUrl: url(env, 'DATABASE_ADMIN_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    queuePrefix,
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 30, 86400),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 60, 31536000),
    invitationTtlSeconds: int(env, 'INVITATION_TTL_SECONDS', 1, 2592000),
    publicWebUrl: url(env, 'PUBLIC_WEB_URL', ['http:', 'https:']).replace(/\/+$/, ''),
    logLevel: oneOf(env, 'LOG_LEVEL', [
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
      'silent',
    ] as const),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 1, 1000),
    loginMaxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 1, 100000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 1, 86400),
    webDistDir: read(env, 'WEB_DIST_DIR'),
  };
}

/** For process entry points: one line on stderr naming the variable, then exit 1. */
export function loadConfigOrExit(env: Env = process.env): VigilConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

export const VIGIL_CONFIG = Symbol('VIGIL_CONFIG');
