import { isCountryCode, isIanaTimeZone, normalizeEmail } from './validation';
import { slugify } from './organization';
import { Role, rolesInvitableBy } from './roles';

describe('time zones', () => {
  it('accepts IANA names and rejects offsets, abbreviations and junk', () => {
    expect(isIanaTimeZone('Europe/Berlin')).toBe(true);
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
    expect(isIanaTimeZone('Mars/Olympus')).toBe(false);
    expect(isIanaTimeZone('+02:00')).toBe(false);
    expect(isIanaTimeZone('')).toBe(false);
  });
});

describe('countries', () => {
  it('accepts ISO alpha-2 codes only', () => {
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('de')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('DEU')).toBe(false);
  });
});

describe('slugify', () => {
  it('makes readable URL slugs', () => {
    expect(slugify('  Müller & Söhne GmbH ')).toBe('muller-sohne-gmbh');
    expect(slugify('ACME--Corp')).toBe('acme-corp');
  });
});

describe('emails', () => {
  it('are compared in lower case without surrounding space', () => {
    expect(normalizeEmail('  Ana@Example.COM ')).toBe('ana@example.com');
  });
});

describe('rolesInvitableBy', () => {
  it('lets provider admins invite both sides and client admins only client roles', () => {
    expect(rolesInvitableBy(Role.PROVIDER_ADMIN, true)).toContain(Role.CONSULTANT);
    expect(rolesInvitableBy(Role.PROVIDER_ADMIN, false)).toEqual([
      Role.CLIENT_ADMIN,
      Role.CLIENT_VIEWER,
    ]);
    expect(rolesInvitableBy(Role.CLIENT_ADMIN, false)).toContain(Role.CLIENT_VIEWER);
    expect(rolesInvitableBy(Role.CLIENT_ADMIN, true)).toEqual([]);
    expect(rolesInvitableBy(Role.CONSULTANT, false)).toEqual([]);
  });
});
