export * from './lib/roles';
export * from './lib/organization';
export * from './lib/validation';
export * from './lib/pagination';
export * from './lib/retainers';
export * from './lib/time-zones';
export * from './lib/engagements';
export * from './lib/indicators';
