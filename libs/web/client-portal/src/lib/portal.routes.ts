import { Routes } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import { allowRoles } from '@vigil/web/data-access';
import { OrganizationPage } from './organization.page';
import { PortalHomePage } from './portal-home.page';

/** The client portal's pages, lazily loaded under /portal. */
export const portalRoutes: Routes = [
  { path: '', pathMatch: 'full', title: 'Home · Vigil', component: PortalHomePage },
  { path: 'organization', title: 'Our organisation · Vigil', component: OrganizationPage },
  {
    path: 'incidents',
    title: 'Our incidents · Vigil',
    loadComponent: () => import('@vigil/web/engagements').then((m) => m.PortalIncidentsPage),
  },
  {
    path: 'incidents/report',
    title: 'Report an incident · Vigil',
    canActivate: [allowRoles(Role.CLIENT_ADMIN)],
    loadComponent: () => import('@vigil/web/engagements').then((m) => m.ReportIncidentPage),
  },
  {
    path: 'incidents/:id',
    title: 'Incident · Vigil',
    loadComponent: () => import('@vigil/web/engagements').then((m) => m.PortalIncidentPage),
  },
  {
    path: 'retainer',
    title: 'Our retainer · Vigil',
    loadComponent: () => import('@vigil/web/time').then((m) => m.ClientRetainerPage),
  },
  {
    path: 'audit',
    title: 'Audit log · Vigil',
    canActivate: [allowRoles(Role.CLIENT_ADMIN)],
    // The provider console's page, shown with the client admin's own organisation's entries.
    loadComponent: () => import('@vigil/web/provider-console').then((m) => m.AuditLogPage),
  },
];
