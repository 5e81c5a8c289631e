export * from './lib/time-week.page';
export * from './lib/approvals.page';
export * from './lib/client-retainer.page';
