export { roleLabel } from '@vigil/shared/domain';

const numbers = new Intl.NumberFormat('en-GB');

/** "1,003 organisations", "1 organisation". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(n)} ${n === 1 ? singular : plural}`;
}

export function formatNumber(n: number): string {
  return numbers.format(n);
}

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
