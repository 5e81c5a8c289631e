export { SlaReportsPage } from './lib/reports/sla-reports.page';
export { SlaPoliciesPage } from './lib/policies/sla-policies.page';
export { RegulatoryProfilePage } from './lib/regulatory/regulatory-profile.page';
export { QueueDashboardPage } from './lib/queues/queue-dashboard.page';
