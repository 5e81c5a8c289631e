import { Routes } from '@angular/router';
import { allowRoles } from '@vigil/web/data-access';
import { Role } from '@vigil/shared/domain';

/** The provider console's pages, lazily loaded under /provider. */
export const providerRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'clients' },
  {
    path: 'clients',
    title: 'Client organisations · Vigil',
    loadComponent: () => import('./clients/clients.page').then((m) => m.ClientsPage),
  },
  {
    path: 'people',
    title: 'People · Vigil',
    canActivate: [allowRoles(Role.PROVIDER_ADMIN)],
    loadComponent: () => import('./people/people.page').then((m) => m.PeoplePage),
  },
  {
    path: 'audit',
    title: 'Audit log · Vigil',
    canActivate: [allowRoles(Role.PROVIDER_ADMIN)],
    loadComponent: () => import('./audit/audit-log.page').then((m) => m.AuditLogPage),
  },
  {
    path: 'retainers',
    title: 'Retainer portfolio · Vigil',
    canActivate: [allowRoles(Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER)],
    loadComponent: () => import('@vigil/web/retainers').then((m) => m.PortfolioPage),
  },
  {
    path: 'retainers/:id',
    title: 'Retainer · Vigil',
    loadComponent: () => import('@vigil/web/retainers').then((m) => m.RetainerDetailPage),
  },
  {
    path: 'engagements',
    title: 'Engagements · Vigil',
    loadComponent: () => import('@vigil/web/engagements').then((m) => m.WorkspacePage),
  },
  {
    path: 'engagements/:id',
    title: 'Engagement · Vigil',
    loadComponent: () => import('@vigil/web/engagements').then((m) => m.EngagementPage),
  },
  {
    path: 'time',
    title: 'My time · Vigil',
    loadComponent: () => import('@vigil/web/time').then((m) => m.TimeWeekPage),
  },
  {
    path: 'approvals',
    title: 'Time approvals · Vigil',
    canActivate: [allowRoles(Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER)],
    loadComponent: () => import('@vigil/web/time').then((m) => m.ApprovalsPage),
  },
  {
    path: 'sla/reports',
    title: 'SLA reports · Vigil',
    canActivate: [allowRoles(Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER)],
    loadComponent: () => import('@vigil/web/sla').then((m) => m.SlaReportsPage),
  },
  {
    path: 'sla/policies',
    title: 'SLA policies · Vigil',
    loadComponent: () => import('@vigil/web/sla').then((m) => m.SlaPoliciesPage),
  },
  { path: 'sla', pathMatch: 'full', redirectTo: 'sla/policies' },
  {
    path: 'clients/:id/regulatory',
    title: 'Regulatory profile · Vigil',
    loadComponent: () => import('@vigil/web/sla').then((m) => m.RegulatoryProfilePage),
  },
  {
    path: 'queues',
    title: 'Queue dashboard · Vigil',
    canActivate: [allowRoles(Role.PROVIDER_ADMIN)],
    loadComponent: () => import('@vigil/web/sla').then((m) => m.QueueDashboardPage),
  },
];
