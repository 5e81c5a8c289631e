export * from './lib/queues';
export * from './lib/queue.module';
