export * from './lib/portfolio.page';
export * from './lib/retainer-detail.page';
