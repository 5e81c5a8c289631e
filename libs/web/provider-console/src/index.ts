export * from './lib/provider.routes';
