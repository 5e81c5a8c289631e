/** How roles read to people. */
export const ROLE_LABELS: Record<string, string> = {
  PROVIDER_ADMIN: 'Provider admin',
  ACCOUNT_MANAGER: 'Account manager',
  CONSULTANT: 'Consultant',
  CLIENT_ADMIN: 'Client admin',
  CLIENT_VIEWER: 'Client viewer',
};

export function roleLabel(role: string | null | undefined): string {
  return role ? (ROLE_LABELS[role] ?? role) : '';
}
