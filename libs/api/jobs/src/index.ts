export * from './lib/create-worker';
export * from './lib/worker.module';
