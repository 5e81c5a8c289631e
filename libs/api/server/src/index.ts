export * from './lib/create-api';
export * from './lib/app.module';
export * from './lib/graphql.config';
