export * from './lib/page-state.component';
export * from './lib/zoned-date.pipe';
export * from './lib/cursor-pager';
