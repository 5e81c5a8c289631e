/** Every role a Vigil user can hold, in exactly one organisation. */
export enum Role {
  PROVIDER_ADMIN = 'PROVIDER_ADMIN',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  CONSULTANT = 'CONSULTANT',
  CLIENT_ADMIN = 'CLIENT_ADMIN',
  CLIENT_VIEWER = 'CLIENT_VIEWER',
}

export const PROVIDER_ROLES: readonly Role[] = [
  Role.PROVIDER_ADMIN,
  Role.ACCOUNT_MANAGER,
  Role.CONSULTANT,
];
export const CLIENT_ROLES: readonly Role[] = [Role.CLIENT_ADMIN, Role.CLIENT_VIEWER];

export function isProviderRole(role: Role): boolean {
  return PROVIDER_ROLES.includes(role);
}

export function isClientRole(role: Role): boolean {
  return CLIENT_ROLES.includes(role);
}

/** Roles an inviter may hand out: provider admins invite anyone, client admins only their own kind. */
export function rolesInvitableBy(inviter: Role, targetIsProvider: boolean): readonly Role[] {
  if (inviter === Role.PROVIDER_ADMIN) return targetIsProvider ? PROVIDER_ROLES : CLIENT_ROLES;
  if (inviter === Role.CLIENT_ADMIN && !targetIsProvider) return CLIENT_ROLES;
  return [];
}

/** How roles read to people. */
export const ROLE_LABELS: Record<Role, string> = {
  [Role.PROVIDER_ADMIN]: 'Provider admin',
  [Role.ACCOUNT_MANAGER]: 'Account manager',
  [Role.CONSULTANT]: 'Consultant',
  [Role.CLIENT_ADMIN]: 'Client admin',
  [Role.CLIENT_VIEWER]: 'Client viewer',
};

/** A role's label; unknown values are shown as they are. */
export function roleLabel(role: string | null | undefined): string {
  return role ? (ROLE_LABELS[role as Role] ?? role) : '';
}
