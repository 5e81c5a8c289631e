export * from './lib/workspace/workspace.page';
export * from './lib/engagement/engagement.page';
export * from './lib/portal/incidents.page';
export * from './lib/portal/incident.page';
export * from './lib/portal/report-incident.page';
