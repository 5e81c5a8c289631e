export * from './lib/engagements.module';
