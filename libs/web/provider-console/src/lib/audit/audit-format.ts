const parts = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string): Intl.DateTimeFormat {
  let f = parts.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    parts.set(timeZone, f);
  }
  return f;
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const p of partsIn(timeZone).formatToParts(new Date(instant)))
    values[p.type] = Number(p.value);
  const wall = Date.UTC(
    values['year'] ?? 1970,
    (values['month'] ?? 1) - 1,
    values['day'] ?? 1,
    (values['hour'] ?? 0) % 24,
    values['minute'] ?? 0,
    values['second'] ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

const DAY = 86_400_000;

export const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a calendar day ("2026-03-29") begins in `timeZone`, as ISO; `plusDays` moves the day
 * first (1 gives the exclusive end of an inclusive "to" day). Null for a malformed day.
 */
export function dayStartIn(day: string, timeZone: string, plusDays = 0): string | null {
  const m = DAY_PATTERN.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const check = new Date(Date.UTC(year, month, date));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== date) return null;
  const wall = Date.UTC(year, month, date + plusDays);
  // The offsets either side of the day: around a daylight-saving change they differ, and when
  // midnight does not exist that day, the day begins at the change.
  const candidates = [...new Set([offsetAt(wall - DAY, timeZone), offsetAt(wall + DAY, timeZone)])]
    .map((offset) => wall - offset)
    .sort((a, b) => a - b);
  const exact = candidates.find((t) => t + offsetAt(t, timeZone) === wall);
  const start = exact ?? candidates[candidates.length - 1] ?? wall;
  return new Date(start).toISOString();
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'from' in value &&
    'to' in value &&
    Object.keys(value).length === 2
  );
}

/** One line per field: "name: Acme → Acme Corp", or "reason: Contract ended" for details. */
export function summarizeChanges(changes: unknown): string[] {
  if (changes === null || changes === undefined) return [];
  if (typeof changes !== 'object' || Array.isArray(changes)) return [show(changes)];
  return Object.entries(changes).map(([key, value]) =>
    isFromTo(value) ? `${key}: ${show(value.from)} → ${show(value.to)}` : `${key}: ${show(value)}`,
  );
}

/** Actions the API records, for suggestions in the action filter. */
export const KNOWN_ACTIONS: readonly string[] = [
  'auth.',
  'auth.signed_in',
  'auth.session_refreshed',
  'auth.signed_out',
  'auth.signed_out_everywhere',
  'auth.refresh_token_reused',
  'invitation.',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'invitation.expired',
  'organization.',
  'organization.created',
  'organization.updated',
  'organization.offboarded',
  'organization.user_assigned',
  'organization.user_unassigned',
  'user.',
  'user.role_changed',
  'user.deactivated',
  'user.profile_updated',
  'user.password_changed',
];

export interface AuditFilterFromUrl {
  organizationId: string | null;
  actorUserId: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
  /** Why the dates cannot be used, in words; the log is not asked while there is one. */
  error: string | null;
}

/**
 * The audit filter a URL describes: `org`, `actor`, `action`, and `from`/`to` as calendar days in
 * the viewer's time zone (inclusive), turned into the instants the API expects.
 */
export function auditFilterFromUrl(
  get: (name: string) => string,
  timeZone: string,
  withOrganization: boolean,
): AuditFilterFromUrl {
  const fromDay = get('from');
  const toDay = get('to');
  const from = fromDay ? dayStartIn(fromDay, timeZone) : null;
  const to = toDay ? dayStartIn(toDay, timeZone, 1) : null;
  let error: string | null = null;
  if (fromDay && !from) error = 'The “from” date is not a date.';
  else if (toDay && !to) error = 'The “to” date is not a date.';
  else if (fromDay && toDay && fromDay > toDay) error = 'The “to” date is before the “from” date.';
  return {
    organizationId: (withOrganization && get('org')) || null,
    actorUserId: get('actor') || null,
    action: get('action').trim() || null,
    from,
    to,
    error,
  };
}
