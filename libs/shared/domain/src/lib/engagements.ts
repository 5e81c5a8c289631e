/**
 * Engagements: an active incident a client is living through, from intake to closure
 * (NIST SP 800-61 phases), with the gates that must be checked to move it forward.
 */

export enum IncidentType {
  RANSOMWARE = 'RANSOMWARE',
  BUSINESS_EMAIL_COMPROMISE = 'BUSINESS_EMAIL_COMPROMISE',
  DATA_THEFT = 'DATA_THEFT',
  INSIDER = 'INSIDER',
  WEB_APPLICATION_COMPROMISE = 'WEB_APPLICATION_COMPROMISE',
  CLOUD_ACCOUNT_COMPROMISE = 'CLOUD_ACCOUNT_COMPROMISE',
  MALWARE = 'MALWARE',
  DENIAL_OF_SERVICE = 'DENIAL_OF_SERVICE',
  OTHER = 'OTHER',
}

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  [IncidentType.RANSOMWARE]: 'Ransomware',
  [IncidentType.BUSINESS_EMAIL_COMPROMISE]: 'Business email compromise',
  [IncidentType.DATA_THEFT]: 'Data theft',
  [IncidentType.INSIDER]: 'Insider',
  [IncidentType.WEB_APPLICATION_COMPROMISE]: 'Web application compromise',
  [IncidentType.CLOUD_ACCOUNT_COMPROMISE]: 'Cloud account compromise',
  [IncidentType.MALWARE]: 'Malware',
  [IncidentType.DENIAL_OF_SERVICE]: 'Denial of service',
  [IncidentType.OTHER]: 'Other',
};

/** SEV1 is the worst. */
export enum Severity {
  SEV1 = 'SEV1',
  SEV2 = 'SEV2',
  SEV3 = 'SEV3',
  SEV4 = 'SEV4',
}

export enum EngagementPhase {
  INTAKE = 'INTAKE',
  DETECTION_ANALYSIS = 'DETECTION_ANALYSIS',
  CONTAINMENT = 'CONTAINMENT',
  ERADICATION_RECOVERY = 'ERADICATION_RECOVERY',
  POST_INCIDENT_REVIEW = 'POST_INCIDENT_REVIEW',
  CLOSED = 'CLOSED',
}

export const PHASE_ORDER: readonly EngagementPhase[] = [
  EngagementPhase.INTAKE,
  EngagementPhase.DETECTION_ANALYSIS,
  EngagementPhase.CONTAINMENT,
  EngagementPhase.ERADICATION_RECOVERY,
  EngagementPhase.POST_INCIDENT_REVIEW,
  EngagementPhase.CLOSED,
];

export const PHASE_LABELS: Record<EngagementPhase, string> = {
  [EngagementPhase.INTAKE]: 'Intake',
  [EngagementPhase.DETECTION_ANALYSIS]: 'Detection & analysis',
  [EngagementPhase.CONTAINMENT]: 'Containment',
  [EngagementPhase.ERADICATION_RECOVERY]: 'Eradication & recovery',
  [EngagementPhase.POST_INCIDENT_REVIEW]: 'Post-incident review',
  [EngagementPhase.CLOSED]: 'Closed',
};

/** The phase after `phase`, or null when it is the last. */
export function nextPhase(phase: EngagementPhase): EngagementPhase | null {
  return PHASE_ORDER[PHASE_ORDER.indexOf(phase) + 1] ?? null;
}

export function phaseIndex(phase: EngagementPhase): number {
  return PHASE_ORDER.indexOf(phase);
}

/** Roles on the provider's side of an engagement. */
export enum ProviderEngagementRole {
  INCIDENT_COMMANDER = 'INCIDENT_COMMANDER',
  LEAD_INVESTIGATOR = 'LEAD_INVESTIGATOR',
  FORENSIC_ANALYST = 'FORENSIC_ANALYST',
  MALWARE_ANALYST = 'MALWARE_ANALYST',
  SCOPING_LEAD = 'SCOPING_LEAD',
  COMMUNICATIONS_LEAD = 'COMMUNICATIONS_LEAD',
  LEGAL_LIAISON = 'LEGAL_LIAISON',
}

/** Roles of the client's people on an engagement. */
export enum ClientContactRole {
  EXECUTIVE_SPONSOR = 'EXECUTIVE_SPONSOR',
  IT_LEAD = 'IT_LEAD',
  LEGAL_COUNSEL = 'LEGAL_COUNSEL',
  COMMUNICATIONS = 'COMMUNICATIONS',
}

/** Every engagement role, provider and client, as stored. */
export const EngagementRole = { ...ProviderEngagementRole, ...ClientContactRole } as const;
export type EngagementRole = ProviderEngagementRole | ClientContactRole;

export const ENGAGEMENT_ROLE_LABELS: Record<EngagementRole, string> = {
  [ProviderEngagementRole.INCIDENT_COMMANDER]: 'Incident commander',
  [ProviderEngagementRole.LEAD_INVESTIGATOR]: 'Lead investigator',
  [ProviderEngagementRole.FORENSIC_ANALYST]: 'Forensic analyst',
  [ProviderEngagementRole.MALWARE_ANALYST]: 'Malware analyst',
  [ProviderEngagementRole.SCOPING_LEAD]: 'Scoping lead',
  [ProviderEngagementRole.COMMUNICATIONS_LEAD]: 'Communications lead',
  [ProviderEngagementRole.LEGAL_LIAISON]: 'Legal liaison',
  [ClientContactRole.EXECUTIVE_SPONSOR]: 'Executive sponsor',
  [ClientContactRole.IT_LEAD]: 'IT lead',
  [ClientContactRole.LEGAL_COUNSEL]: 'Legal counsel',
  [ClientContactRole.COMMUNICATIONS]: 'Communications',
};

export function isProviderEngagementRole(role: string): role is ProviderEngagementRole {
  return (Object.values(ProviderEngagementRole) as string[]).includes(role);
}

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum TaskPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export enum TimelineEventKind {
  ATTACKER_ACTIVITY = 'ATTACKER_ACTIVITY',
  DETECTION = 'DETECTION',
  RESPONSE_ACTION = 'RESPONSE_ACTION',
  COMMUNICATION = 'COMMUNICATION',
  DECISION = 'DECISION',
}

/** Who may see an item: the provider's team only, or the client's people too. */
export enum Visibility {
  INTERNAL = 'INTERNAL',
  CLIENT = 'CLIENT',
}

export enum ClientUpdateStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** One item of a phase's exit checklist. */
export interface GateItem {
  key: string;
  label: string;
  /** Only the incident commander may check it (containment confirmed, for instance). */
  commanderOnly: boolean;
}

/**
 * What must be true to leave each phase forwards. The incident commander's sign-off items say
 * so; the others any provider member of the team may check.
 */
export const PHASE_GATES: Record<EngagementPhase, readonly GateItem[]> = {
  [EngagementPhase.INTAKE]: [
    {
      key: 'intake.authorised',
      label: 'Client authorised the engagement',
      commanderOnly: false,
    },
    { key: 'intake.scoped', label: 'Initial scope and contacts recorded', commanderOnly: false },
  ],
  [EngagementPhase.DETECTION_ANALYSIS]: [
    {
      key: 'analysis.confirmed',
      label: 'Incident confirmed and severity set',
      commanderOnly: true,
    },
    {
      key: 'analysis.scope_identified',
      label: 'Affected assets and accounts identified',
      commanderOnly: false,
    },
  ],
  [EngagementPhase.CONTAINMENT]: [
    {
      key: 'containment.confirmed',
      label: 'Containment confirmed by the incident commander',
      commanderOnly: true,
    },
  ],
  [EngagementPhase.ERADICATION_RECOVERY]: [
    { key: 'recovery.root_cause_removed', label: 'Root cause removed', commanderOnly: false },
    {
      key: 'recovery.restored',
      label: 'Systems restored and validated with the client',
      commanderOnly: true,
    },
  ],
  [EngagementPhase.POST_INCIDENT_REVIEW]: [
    {
      key: 'review.released',
      label: 'Post-incident review released to the client',
      commanderOnly: false,
    },
    {
      key: 'review.actions_owned',
      label: 'Every corrective action has an owner and a due date',
      commanderOnly: false,
    },
  ],
  [EngagementPhase.CLOSED]: [],
};

export function gateItem(key: string): (GateItem & { phase: EngagementPhase }) | null {
  for (const phase of PHASE_ORDER) {
    const item = PHASE_GATES[phase].find((i) => i.key === key);
    if (item) return { ...item, phase };
  }
  return null;
}

/** The items of `phase`'s gate not yet checked. */
export function missingGateItems(
  phase: EngagementPhase,
  checked: ReadonlySet<string> | readonly string[],
): GateItem[] {
  const done = checked instanceof Set ? checked : new Set(checked as readonly string[]);
  return PHASE_GATES[phase].filter((i) => !done.has(i.key));
}

export interface EngagementTimestamps {
  firstActivityAt: Date | null;
  detectedAt: Date | null;
  declaredAt: Date | null;
  acknowledgedAt: Date | null;
  containedAt: Date | null;
  recoveredAt: Date | null;
}

export interface EngagementMetrics {
  /** detected − first malicious activity (MTTD's sample). */
  timeToDetectMinutes: number | null;
  /** acknowledged − declared. */
  timeToAcknowledgeMinutes: number | null;
  /** contained − declared. */
  timeToContainMinutes: number | null;
  /** recovered − declared. */
  timeToRecoverMinutes: number | null;
}

function minutesBetween(from: Date | null, to: Date | null): number | null {
  if (!from || !to) return null;
  return Math.round((to.getTime() - from.getTime()) / 60_000);
}

/** The response metrics of one engagement, in whole minutes; null until both ends are known. */
export function engagementMetrics(t: EngagementTimestamps): EngagementMetrics {
  return {
    timeToDetectMinutes: minutesBetween(t.firstActivityAt, t.detectedAt),
    timeToAcknowledgeMinutes: minutesBetween(t.declaredAt, t.acknowledgedAt),
    timeToContainMinutes: minutesBetween(t.declaredAt, t.containedAt),
    timeToRecoverMinutes: minutesBetween(t.declaredAt, t.recoveredAt),
  };
}

/**
 * The order the key timestamps must keep where both are known (an incident is not contained
 * before it is declared); each pair is [earlier, later, the field named when it is broken].
 */
export const TIMESTAMP_ORDER: readonly [keyof EngagementTimestamps, keyof EngagementTimestamps][] =
  [
    ['firstActivityAt', 'detectedAt'],
    ['detectedAt', 'declaredAt'],
    ['declaredAt', 'acknowledgedAt'],
    ['declaredAt', 'containedAt'],
    ['containedAt', 'recoveredAt'],
  ];

/** The first timestamp out of order, as [field, the field it may not precede], or null. */
export function timestampOrderProblem(
  t: EngagementTimestamps,
): [keyof EngagementTimestamps, keyof EngagementTimestamps] | null {
  for (const [earlier, later] of TIMESTAMP_ORDER) {
    const a = t[earlier];
    const b = t[later];
    if (a && b && b.getTime() < a.getTime()) return [later, earlier];
  }
  return null;
}

/** "IR-0042": an engagement's reference from its number within the client. */
export function engagementReference(n: number): string {
  return `IR-${String(n).padStart(4, '0')}`;
}

/** How the engagement reached the provider. */
export enum DeclaredVia {
  PROVIDER = 'PROVIDER',
  CLIENT_PORTAL = 'CLIENT_PORTAL',
}

export enum AssetKind {
  WORKSTATION = 'WORKSTATION',
  SERVER = 'SERVER',
  NETWORK_DEVICE = 'NETWORK_DEVICE',
  CLOUD_RESOURCE = 'CLOUD_RESOURCE',
  MOBILE_DEVICE = 'MOBILE_DEVICE',
  OTHER = 'OTHER',
}

export enum AccountKind {
  USER = 'USER',
  PRIVILEGED = 'PRIVILEGED',
  SERVICE = 'SERVICE',
}

export enum CompromiseStatus {
  SUSPECTED = 'SUSPECTED',
  CONFIRMED = 'CONFIRMED',
  CLEARED = 'CLEARED',
}

/** Categories of affected data; the regulatory clocks read personal, health and card data. */
export enum DataCategory {
  PERSONAL_DATA = 'PERSONAL_DATA',
  HEALTH_DATA = 'HEALTH_DATA',
  PAYMENT_CARD_DATA = 'PAYMENT_CARD_DATA',
  FINANCIAL_DATA = 'FINANCIAL_DATA',
  CREDENTIALS = 'CREDENTIALS',
  INTELLECTUAL_PROPERTY = 'INTELLECTUAL_PROPERTY',
  OTHER = 'OTHER',
}

export enum CorrectiveActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
