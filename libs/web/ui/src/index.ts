export * from './lib/page-state.component';
export * from './lib/zoned-date.pipe';
export * from './lib/cursor-pager';
export * from './lib/pager.component';
export * from './lib/url-state';
export * from './lib/url-text-control';
export * from './lib/counts';
export * from './lib/connection-page';
