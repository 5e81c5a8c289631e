export { roleLabel } from '@vigil/shared/domain';

let regions: Intl.DisplayNames | null = null;

/** "Germany" for "DE"; null when the code is unknown. */
export function countryName(code: string): string | null {
  if (!/^[A-Z]{2}$/.test(code)) return null;
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return regions.of(code) ?? null;
  } catch {
    return null;
  }
}

let zones: readonly string[] | null = null;

/** Every IANA time zone the browser knows, with UTC. */
export function timeZones(): readonly string[] {
  if (!zones) {
    const known = Intl.supportedValuesOf('timeZone');
    zones = known.includes('UTC') ? known : ['UTC', ...known];
  }
  return zones;
}
