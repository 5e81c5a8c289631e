export * from './lib/entities';
export * from './lib/data-source-options';
export * from './lib/sql';
export * from './lib/tenant-db';
export * from './lib/database.module';
export * from './lib/db-errors';
export * from './lib/keyset';
export * from './lib/setup';
