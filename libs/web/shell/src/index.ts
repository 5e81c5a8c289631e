export * from './lib/api-health.service';
export * from './lib/shell.component';
