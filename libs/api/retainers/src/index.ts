export * from './lib/retainers.module';
export * from './lib/retainers.service';
export * from './lib/time-entries.service';
export * from './lib/notifications.service';
export * from './lib/retainer-alarms.service';
