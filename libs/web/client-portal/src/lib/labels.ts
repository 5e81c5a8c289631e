/** How the API's enums read to people in the client portal (roles: ROLE_LABELS in shared/domain). */
export { ROLE_LABELS } from '@vigil/shared/domain';

export const INVITATION_STATUS_LABELS: Record<string, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
};

export const ORGANIZATION_STATUS_LABELS: Record<string, string> = {
  ACTIVE: 'Active',
  OFFBOARDED: 'Offboarded',
};

export const USER_STATUS_LABELS: Record<string, string> = {
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

export function label(labels: Record<string, string>, value: string | null | undefined): string {
  return value ? (labels[value] ?? value) : '—';
}

/** "Germany (DE)" from an ISO 3166-1 alpha-2 code; the code alone when the browser cannot say. */
export function countryName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
