export * from './lib/sla.module';
export * from './lib/sla-clock.service';
export * from './lib/sla-alarms.service';
export * from './lib/engagement-changes';
