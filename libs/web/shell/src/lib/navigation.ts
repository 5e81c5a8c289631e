import { Role } from '@vigil/shared/domain';

export interface NavItem {
  label: string;
  path: string;
  roles: readonly Role[];
}

const PROVIDER = [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER, Role.CONSULTANT];

/** Everything the navigation may show, and who sees it. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Engagements', path: '/provider/engagements', roles: PROVIDER },
  { label: 'Client organisations', path: '/provider/clients', roles: PROVIDER },
  {
    label: 'Retainers',
    path: '/provider/retainers',
    roles: [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER],
  },
  { label: 'My time', path: '/provider/time', roles: PROVIDER },
  {
    label: 'Time approvals',
    path: '/provider/approvals',
    roles: [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER],
  },
  {
    label: 'SLA reports',
    path: '/provider/sla/reports',
    roles: [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER],
  },
  { label: 'SLA policies', path: '/provider/sla/policies', roles: PROVIDER },
  { label: 'People', path: '/provider/people', roles: [Role.PROVIDER_ADMIN] },
  { label: 'Audit log', path: '/provider/audit', roles: [Role.PROVIDER_ADMIN] },
  { label: 'Queue dashboard', path: '/provider/queues', roles: [Role.PROVIDER_ADMIN] },
  { label: 'Home', path: '/portal', roles: [Role.CLIENT_ADMIN, Role.CLIENT_VIEWER] },
  {
    label: 'Our incidents',
    path: '/portal/incidents',
    roles: [Role.CLIENT_ADMIN, Role.CLIENT_VIEWER],
  },
  {
    label: 'Our organisation',
    path: '/portal/organization',

    roles: [Role.CLIENT_ADMIN, Role.CLIENT_VIEWER],
  },
  {
    label: 'Our retainer',
    path: '/portal/retainer',
    roles: [Role.CLIENT_ADMIN, Role.CLIENT_VIEWER],
  },
  { label: 'Audit log', path: '/portal/audit', roles: [Role.CLIENT_ADMIN] },
];

export function navFor(role: Role | undefined): NavItem[] {
  return role ? NAV_ITEMS.filter((item) => item.roles.includes(role)) : [];
}

/** Where a person lands after signing in. */
export function homeFor(role: Role | undefined): string {
  return role && PROVIDER.includes(role) ? '/provider/clients' : '/portal';
}
