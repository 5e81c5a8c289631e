export * from './lib/generated/graphql';
export * from './lib/api.service';
export * from './lib/auth.service';
export * from './lib/auth.guards';
export * from './lib/apollo';
export * from './lib/post-graphql';
export * from './lib/form-errors';
export * from './lib/remote';
