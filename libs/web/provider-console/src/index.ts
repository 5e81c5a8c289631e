export * from './lib/provider.routes';
export { AuditLogPage } from './lib/audit/audit-log.page';
