let supported: readonly string[] | null = null;

/** Every IANA time zone the browser knows, sorted, always including `current` when given. */
export function timeZoneOptions(current?: string | null): readonly string[] {
  if (!supported) {
    let zones: string[] = [];
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = [];
    }
    supported = [...new Set([...zones, 'UTC'])].sort();
  }
  return current && !supported.includes(current) ? [...supported, current].sort() : supported;
}

/** The browser's own time zone, or UTC when it cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
