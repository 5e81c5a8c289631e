export enum OrganizationKind {
  PROVIDER = 'PROVIDER',
  CLIENT = 'CLIENT',
}

export enum OrganizationStatus {
  ACTIVE = 'ACTIVE',
  OFFBOARDED = 'OFFBOARDED',
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

/** Turns a display name into a URL slug: lower case ASCII letters, digits and single hyphens. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}
