export * from './lib/actor';
export * from './lib/config';
export * from './lib/errors';
export * from './lib/cursor';
export * from './lib/redis';
export * from './lib/core.module';
