import { addDays, isCalendarDay, zonedTimeToInstant } from '@vigil/shared/domain';

/**
 * The instant a calendar day ("2026-03-29") begins in `timeZone`, as ISO; `plusDays` moves the day
 * first (1 gives the exclusive end of an inclusive "to" day). Null for a malformed day.
 */
export function dayStartIn(day: string, timeZone: string, plusDays = 0): string | null {
  if (!isCalendarDay(day)) return null;
  // When midnight does not exist that day (clocks going forward), the day begins at the change.
  return zonedTimeToInstant(addDays(day, plusDays), 0, timeZone).toISOString();
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
