import {
  ENGAGEMENT_ROLE_LABELS,
  EngagementRole as Role,
  INCIDENT_TYPE_LABELS,
  IncidentType,
  instantOfLocal,
  localDateTimeIn,
  PHASE_LABELS,
  PHASE_ORDER,
  EngagementPhase as Phase,
} from '@vigil/shared/domain';

export { PHASE_ORDER };

export function phaseLabel(phase: string): string {
  return PHASE_LABELS[phase as Phase] ?? phase;
}

export function incidentTypeLabel(type: string): string {
  return INCIDENT_TYPE_LABELS[type as IncidentType] ?? type;
}

export function roleLabel(role: string): string {
  return ENGAGEMENT_ROLE_LABELS[role as Role] ?? role;
}

export const KIND_LABELS: Record<string, string> = {
  ATTACKER_ACTIVITY: 'Attacker activity',
  DETECTION: 'Detection',
  RESPONSE_ACTION: 'Response action',
  COMMUNICATION: 'Communication',
  DECISION: 'Decision',
};

/** "3 d 4 h", "45 min": a duration for people; "—" when unknown. */
export function duration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** Minutes from `iso` to now (age of an engagement, time since an update). */
export function minutesSince(iso: string | null | undefined, now = Date.now()): number | null {
  return iso ? (now - new Date(iso).getTime()) / 60_000 : null;
}

/** True when a promised time has passed. */
export function overdue(iso: string | null | undefined, now = Date.now()): boolean {
  return !!iso && new Date(iso).getTime() < now;
}

/** A datetime-local value read in the viewer's zone, as ISO 8601 with its offset (UTC), or null. */
export function localToIso(local: string, timeZone: string): string | null {
  return instantOfLocal(local, timeZone)?.toISOString() ?? null;
}

/** Now (or an instant) as a datetime-local value in the viewer's zone. */
export function isoToLocal(timeZone: string, instant: string | number = Date.now()): string {
  return localDateTimeIn(timeZone, instant);
}
