/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  name: string;
  password: string;
  /** IANA time zone; defaults to the organisation’s. */
  timeZone?: string | null | undefined;
  token: string;
};

export type AccountKind =
  | 'PRIVILEGED'
  | 'SERVICE'
  | 'USER';

export type AddCorrectiveActionInput = {
  /** YYYY-MM-DD. */
  dueDate: string;
  /** Who owns it, on either side, by name. */
  ownerName: string;
  /** The post-incident review it comes out of. */
  reviewId: string | number;
  title: string;
};

export type AddEvidenceInput = {
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  collectedAt: string;
  collectedBy: string;
  description: string;
  engagementId: string | number;
  /** 64 hexadecimal characters. */
  sha256?: string | null | undefined;
  /** Where it was taken from: a host, a mailbox, a cloud tenant. */
  source: string;
  storageLocation: string;
};

export type AddIndicatorInput = {
  description?: string | null | undefined;
  engagementId: string | number;
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  firstSeen?: string | null | undefined;
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  lastSeen?: string | null | undefined;
  /** Timeline events it was seen in. */
  timelineEventIds?: Array<string | number> | null | undefined;
  /** Default TLP:AMBER. */
  tlp?: TlpMarking | null | undefined;
  type: IndicatorType;
  /** As found; defanged forms such as hxxp://evil[.]com are accepted. */
  value: string;
};

export type AddMemberInput = {
  engagementId: string | number;
  role: EngagementRole;
  userId: string | number;
};

export type AddScopeAccountInput = {
  /** Default SUSPECTED. */
  compromiseStatus?: CompromiseStatus | null | undefined;
  engagementId: string | number;
  kind: AccountKind;
  system?: string | null | undefined;
  username: string;
};

export type AddScopeAssetInput = {
  /** Default SUSPECTED. */
  compromiseStatus?: CompromiseStatus | null | undefined;
  engagementId: string | number;
  /** FS01, or a DNS name such as fs01.corp.example.com; this or ipAddress. */
  hostname?: string | null | undefined;
  /** IPv4 or IPv6; this or hostname. */
  ipAddress?: string | null | undefined;
  kind: AssetKind;
  owner?: string | null | undefined;
};

export type AddScopeDataInput = {
  category: DataCategory;
  description?: string | null | undefined;
  engagementId: string | number;
  /** Whole records, 0 to 2,000,000,000; leave out when not known. */
  estimatedRecords?: number | null | undefined;
};

export type AddTimelineEventInput = {
  assetIds?: Array<string | number> | null | undefined;
  description: string;
  engagementId: string | number;
  indicatorIds?: Array<string | number> | null | undefined;
  kind: TimelineEventKind;
  /** When it happened: ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  occurredAt: string;
  /** IANA zone the time was observed in, e.g. Europe/Berlin. */
  occurredTimeZone: string;
  source?: string | null | undefined;
  /** Default INTERNAL. */
  visibility?: Visibility | null | undefined;
};

export type AnswerTaskInput = {
  answer: string;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  id: string | number;
};

export type AssetKind =
  | 'CLOUD_RESOURCE'
  | 'MOBILE_DEVICE'
  | 'NETWORK_DEVICE'
  | 'OTHER'
  | 'SERVER'
  | 'WORKSTATION';

export type AuditFilter = {
  /** Exact action, or a prefix ending in "." (e.g. "invitation."). */
  action?: string | null | undefined;
  actorUserId?: string | number | null | undefined;
  /** From this instant (inclusive). */
  from?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Before this instant (exclusive). */
  to?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ChangeSeverityInput = {
  engagementId: string | number;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  reason: string;
  severity: Severity;
};

export type ChangeUserRoleInput = {
  role: Role;
  userId: string | number;
};

export type ClientUpdateStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type CompromiseStatus =
  | 'CLEARED'
  | 'CONFIRMED'
  | 'SUSPECTED';

export type CorrectiveActionStatus =
  | 'DONE'
  | 'OPEN';

export type CreateClientOrganizationInput = {
  country: string;
  name: string;
  sector: string;
  /** Defaults to one made from the name. */
  slug?: string | null | undefined;
  timeZone: string;
};

export type CreateRetainerInput = {
  /** Defaults to you. */
  accountManagerId?: string | number | null | undefined;
  /** Percentages used that raise an alert; default 75, 90, 100. */
  alertThresholds?: Array<number> | null | undefined;
  currency: string;
  hourlyRateCents: number;
  /** Hours purchased, in minutes (quarter hours). */
  minutesPurchased: number;
  notes?: string | null | undefined;
  organizationId: string | number;
  overagePolicy: OveragePolicy;
  overageRateCents: number;
  reference: string;
  responseTier: string;
  rolloverMaxMinutes?: number | null | undefined;
  termEnd: string;
  termStart: string;
};

export type CreateTaskInput = {
  blocking?: boolean | null | undefined;
  details?: string | null | undefined;
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  dueAt?: string | null | undefined;
  engagementId: string | number;
  /** A client user makes it a request for information. */
  ownerId?: string | number | null | undefined;
  /** Default: the current phase. */
  phase?: EngagementPhase | null | undefined;
  priority?: TaskPriority | null | undefined;
  title: string;
};

/** The regulatory clocks read personal, health and payment card data. */
export type DataCategory =
  | 'CREDENTIALS'
  | 'FINANCIAL_DATA'
  | 'HEALTH_DATA'
  | 'INTELLECTUAL_PROPERTY'
  | 'OTHER'
  | 'PAYMENT_CARD_DATA'
  | 'PERSONAL_DATA';

export type DecideRegulatoryDeadlineInput = {
  /** True: it applies and its clock runs. False: dismissed with the reason. */
  confirm: boolean;
  deadlineId: string | number;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  reason?: string | null | undefined;
};

export type DeclareEngagementInput = {
  /** Provider staff only: who leads it (default: the declarer). */
  commanderId?: string | number | null | undefined;
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  detectedAt?: string | null | undefined;
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  firstActivityAt?: string | null | undefined;
  incidentType: IncidentType;
  /** The client; a client admin declares for their own organisation. */
  organizationId?: string | number | null | undefined;
  /** Default: the client’s active retainer. */
  retainerId?: string | number | null | undefined;
  severity: Severity;
  summary?: string | null | undefined;
  title: string;
};

export type DeclaredVia =
  | 'CLIENT_PORTAL'
  | 'PROVIDER';

export type DraftClientUpdateInput = {
  engagementId: string | number;
  whatIsNext?: string | null | undefined;
  whatWeDid?: string | null | undefined;
  whatWeKnow?: string | null | undefined;
  whatWeNeed?: string | null | undefined;
};

export type EditClientUpdateInput = {
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  id: string | number;
  whatIsNext?: string | null | undefined;
  whatWeDid?: string | null | undefined;
  whatWeKnow?: string | null | undefined;
  whatWeNeed?: string | null | undefined;
};

export type EngagementActivityKind =
  | 'CLIENT_UPDATE'
  | 'ENGAGEMENT'
  | 'TASK'
  | 'TIMELINE_EVENT'
  | 'WITHDRAWN';

export type EngagementFilter = {
  /** Only engagements you are on the team of. */
  mine?: boolean | null | undefined;
  /** Only engagements not closed. */
  open?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  phases?: Array<EngagementPhase> | null | undefined;
  /** Matches the title, the reference or the client. */
  search?: string | null | undefined;
  severities?: Array<Severity> | null | undefined;
  /** Only those whose promised client update is overdue. */
  updateOverdue?: boolean | null | undefined;
};

export type EngagementPhase =
  | 'CLOSED'
  | 'CONTAINMENT'
  | 'DETECTION_ANALYSIS'
  | 'ERADICATION_RECOVERY'
  | 'INTAKE'
  | 'POST_INCIDENT_REVIEW';

export type EngagementRole =
  | 'COMMUNICATIONS'
  | 'COMMUNICATIONS_LEAD'
  | 'EXECUTIVE_SPONSOR'
  | 'FORENSIC_ANALYST'
  | 'INCIDENT_COMMANDER'
  | 'IT_LEAD'
  | 'LEAD_INVESTIGATOR'
  | 'LEGAL_COUNSEL'
  | 'LEGAL_LIAISON'
  | 'MALWARE_ANALYST'
  | 'SCOPING_LEAD';

export type IncidentType =
  | 'BUSINESS_EMAIL_COMPROMISE'
  | 'CLOUD_ACCOUNT_COMPROMISE'
  | 'DATA_THEFT'
  | 'DENIAL_OF_SERVICE'
  | 'INSIDER'
  | 'MALWARE'
  | 'OTHER'
  | 'RANSOMWARE'
  | 'WEB_APPLICATION_COMPROMISE';

export type IndicatorType =
  | 'DOMAIN'
  | 'EMAIL'
  | 'FILE_PATH'
  | 'IPV4'
  | 'IPV6'
  | 'MD5'
  | 'REGISTRY_KEY'
  | 'SHA1'
  | 'SHA256'
  | 'URL'
  | 'USER_AGENT';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteUserInput = {
  email: string;
  organizationId: string | number;
  role: Role;
};

export type LedgerCreditInput = {
  /** Minutes; positive for a top-up, signed for an adjustment. */
  minutes: number;
  reason?: string | null | undefined;
  retainerId: string | number;
};

export type LedgerEntryKind =
  | 'ADJUSTMENT'
  | 'EXPIRY_WRITE_OFF'
  | 'PROACTIVE_DEBIT'
  | 'PURCHASE'
  | 'REVERSAL'
  | 'ROLLOVER_CREDIT'
  | 'TIME_DEBIT'
  | 'TOP_UP';

export type LogTimeInput = {
  billable?: boolean | null | undefined;
  description: string;
  /** A positive multiple of 15. */
  minutes: number;
  /** Required with ENGAGEMENT: an engagement of the retainer’s client. */
  referenceId?: string | number | null | undefined;
  referenceType?: WorkReferenceType | null | undefined;
  retainerId: string | number;
  workDate: string;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MovePhaseInput = {
  engagementId: string | number;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  /** Required when moving back. */
  reason?: string | null | undefined;
  to: EngagementPhase;
};

export type OrganizationKind =
  | 'CLIENT'
  | 'PROVIDER';

export type OrganizationStatus =
  | 'ACTIVE'
  | 'OFFBOARDED';

export type OrganizationsFilter = {
  /** Matches name or slug. */
  search?: string | null | undefined;
  status?: OrganizationStatus | null | undefined;
};

export type OveragePolicy =
  | 'ALLOW'
  | 'BLOCK';

export type PortfolioFilter = {
  atRiskOnly?: boolean | null | undefined;
  search?: string | null | undefined;
};

export type PortfolioSort =
  | 'CLIENT'
  | 'EXHAUSTION'
  | 'HOURS_LEFT'
  | 'SHARE_USED'
  | 'TERM_END';

export type PublishClientUpdateInput = {
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  id: string | number;
  /** ISO 8601 with its offset: when the client will hear from us next. */
  nextUpdateBy: string;
};

export type RecordRegulatoryFactsInput = {
  /** When the client became aware; empty: not yet known. */
  awareAt?: string | null | undefined;
  cardDataAffected: boolean;
  engagementId: string | number;
  /** 0 the first time facts are recorded. */
  expectedVersion: number;
  healthDataAffected: boolean;
  /** DORA: when classified as major. */
  majorClassifiedAt?: string | null | undefined;
  /** SEC: when materiality was determined. */
  materialityDeterminedAt?: string | null | undefined;
  personalDataAffected: boolean;
  /** People or records affected, if known. */
  recordsAffected?: number | null | undefined;
  /** A significant incident in the sense of NIS2 Art. 23(3). */
  significantIncident: boolean;
};

export type RecordRegulatorySubmissionInput = {
  deadlineId: string | number;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  /** The regulator’s case number or channel. */
  reference?: string | null | undefined;
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  submittedAt: string;
};

export type RecordResponderEngagedInput = {
  /** When the first responder started hands-on work. */
  at: string;
  engagementId: string | number;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
};

export type RegulatoryDeadlineStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'PROPOSED'
  | 'SUBMITTED';

export type RegulatoryRegime =
  | 'DORA'
  | 'EU_GDPR'
  | 'HIPAA_BUSINESS_ASSOCIATE'
  | 'HIPAA_COVERED_ENTITY'
  | 'NIS2_ESSENTIAL'
  | 'NIS2_IMPORTANT'
  | 'PCI_DSS_MERCHANT'
  | 'SEC'
  | 'UK_GDPR';

export type RejectTimeEntryInput = {
  id: string | number;
  reason: string;
};

export type RetainerStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'TERMINATED';

/** What a person may do; held in exactly one organisation. */
export type Role =
  | 'ACCOUNT_MANAGER'
  | 'CLIENT_ADMIN'
  | 'CLIENT_VIEWER'
  | 'CONSULTANT'
  | 'PROVIDER_ADMIN';

export type SavePostIncidentReviewInput = {
  engagementId: string | number;
  /** The version you edited; leave it out only to start the review. Refused when someone has saved since. */
  expectedVersion?: number | null | undefined;
  gapsProcess?: string | null | undefined;
  gapsTooling?: string | null | undefined;
  gapsTraining?: string | null | undefined;
  rootCause?: string | null | undefined;
  timelineSummary?: string | null | undefined;
  whatDidNot?: string | null | undefined;
  whatWorked?: string | null | undefined;
};

export type SaveRegulatoryProfileInput = {
  /** 0 when saving it for the first time. */
  expectedVersion: number;
  notes?: string | null | undefined;
  organizationId: string | number;
  regimes: Array<RegulatoryRegime>;
};

export type SaveSlaCalendarInput = {
  expectedVersion?: number | null | undefined;
  holidays: Array<string>;
  id?: string | number | null | undefined;
  name: string;
  /** Empty: the client’s own time zone. */
  timeZone?: string | null | undefined;
  week?: Array<Array<WorkingIntervalInput>> | null | undefined;
};

export type SaveSlaPolicyInput = {
  escalationDelaysMinutes: Array<number>;
  expectedVersion?: number | null | undefined;
  goals: Array<SlaGoalInput>;
  id?: string | number | null | undefined;
  name: string;
  /** Empty: the default policy. */
  retainerTier?: string | null | undefined;
  warningShares: Array<number>;
};

export type SetGateItemInput = {
  checked: boolean;
  engagementId: string | number;
  item: string;
};

export type SetWaitingOnClientInput = {
  engagementId: string | number;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  reason?: string | null | undefined;
  /** True while the team waits on the client: commitments’ clocks stop. */
  waiting: boolean;
};

/** SEV1 is the worst. */
export type Severity =
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

export type SlaCycleState =
  | 'BREACHED'
  | 'CANCELLED'
  | 'MET'
  | 'PAUSED'
  | 'RUNNING';

export type SlaGoalInput = {
  calendarId?: string | number | null | undefined;
  durationMinutes: number;
  kind: SlaGoalKind;
  severity: Severity;
};

/** What a commitment is about: acknowledge, first responder, client update, report, or a regulator’s deadline. */
export type SlaGoalKind =
  | 'ACKNOWLEDGE'
  | 'CLIENT_UPDATE'
  | 'REGULATORY'
  | 'REPORT'
  | 'RESPOND';

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

export type TaskStatus =
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type TimeEntryStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type TimelineEventKind =
  | 'ATTACKER_ACTIVITY'
  | 'COMMUNICATION'
  | 'DECISION'
  | 'DETECTION'
  | 'RESPONSE_ACTION';

/** Traffic Light Protocol 2.0. */
export type TlpMarking =
  | 'AMBER'
  | 'AMBER_STRICT'
  | 'CLEAR'
  | 'GREEN'
  | 'RED';

export type TransferCustodyInput = {
  evidenceId: string | number;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  purpose: string;
  /** Where it is kept now, when that changes. */
  storageLocation?: string | null | undefined;
  toParty: string;
  /** ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00. */
  transferredAt: string;
};

export type UpdateClientOrganizationInput = {
  country?: string | null | undefined;
  /** The version you edited; a newer one on the server is a conflict. */
  expectedVersion?: number | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  sector?: string | null | undefined;
  slug?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateCorrectiveActionInput = {
  /** YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  id: string | number;
  ownerName?: string | null | undefined;
  /** DONE records when. */
  status?: CorrectiveActionStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateEngagementInput = {
  /** ISO 8601 with its offset; "" clears it. */
  detectedAt?: string | null | undefined;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  /** ISO 8601 with its offset; "" clears it. */
  firstActivityAt?: string | null | undefined;
  id: string | number;
  incidentType?: IncidentType | null | undefined;
  internalNotes?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateMyProfileInput = {
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateTaskInput = {
  blocking?: boolean | null | undefined;
  details?: string | null | undefined;
  /** ISO 8601 with its offset; "" clears it. */
  dueAt?: string | null | undefined;
  /** The version you edited; refused when someone has saved since. */
  expectedVersion: number;
  id: string | number;
  ownerId?: string | number | null | undefined;
  priority?: TaskPriority | null | undefined;
  status?: TaskStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateTimeEntryInput = {
  billable?: boolean | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  minutes?: number | null | undefined;
  /** The engagement (or other work) it was for. */
  referenceId?: string | number | null | undefined;
  /** What the work was for; a new type takes referenceId from this input too. */
  referenceType?: WorkReferenceType | null | undefined;
  workDate?: string | null | undefined;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED';

export type UsersFilter = {
  organizationId: string | number;
  /** Matches name or email. */
  search?: string | null | undefined;
};

/** INTERNAL: the provider’s team only. CLIENT: the client’s people too. */
export type Visibility =
  | 'CLIENT'
  | 'INTERNAL';

export type WorkReferenceType =
  | 'ASSESSMENT'
  | 'ENGAGEMENT'
  | 'RETAINER'
  | 'TABLETOP';

export type WorkingIntervalInput = {
  /** HH:mm local time; 24:00 for midnight. */
  end: string;
  /** HH:mm local time. */
  start: string;
};

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, organizationId: string, actorUserId: string | null, actorName: string | null, actorKind: string, action: string, targetType: string, targetId: string | null, changes: Record<string, unknown>, requestId: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MeFragment = { id: string, email: string, name: string, role: Role, timeZone: string, organizationId: string, organization: { id: string, name: string, kind: OrganizationKind, timeZone: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, role: Role, timeZone: string, organizationId: string, organization: { id: string, name: string, kind: OrganizationKind, timeZone: string } } } };

export type RefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshMutation = { refreshToken: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, role: Role, timeZone: string, organizationId: string, organization: { id: string, name: string, kind: OrganizationKind, timeZone: string } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, timeZone: string, organizationId: string, organization: { id: string, name: string, kind: OrganizationKind, timeZone: string } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { organizationName: string, email: string, role: Role, status: InvitationStatus, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, role: Role, timeZone: string, organizationId: string, organization: { id: string, name: string, kind: OrganizationKind, timeZone: string } } } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, email: string, name: string, role: Role, timeZone: string, organizationId: string, organization: { id: string, name: string, kind: OrganizationKind, timeZone: string } } };

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: { id: string } };

export type EngagementListFieldsFragment = { id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null };

export type EngagementFieldsFragment = { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } };

export type TimelineEventFieldsFragment = { id: string, occurredAt: string, occurredTimeZone: string, recordedAt: string, kind: TimelineEventKind, description: string, source: string, visibility: Visibility, recordedByName: string | null, version: number };

export type ClientUpdateFieldsFragment = { id: string, whatWeKnow: string, whatWeDid: string, whatIsNext: string, whatWeNeed: string, status: ClientUpdateStatus, nextUpdateBy: string | null, authorName: string | null, publishedAt: string | null, publishedByName: string | null, version: number };

export type EngagementTaskFieldsFragment = { id: string, engagementId: string, title: string, details: string, ownerId: string | null, ownerName: string | null, requestForInformation: boolean, blocking: boolean, phase: EngagementPhase, priority: TaskPriority, dueAt: string | null, status: TaskStatus, answer: string | null, answeredAt: string | null, answeredByName: string | null, version: number };

export type EngagementsQueryVariables = Exact<{
  filter?: EngagementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EngagementsQuery = { engagements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null } }> } };

export type EngagementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementDetailQuery = { engagement: { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, members: Array<{ id: string, userId: string, name: string, role: EngagementRole, provider: boolean }>, gate: Array<{ key: string, label: string, commanderOnly: boolean, checked: boolean, checkedByName: string | null, checkedAt: string | null }>, phaseHistory: Array<{ from: EngagementPhase | null, to: EngagementPhase, reason: string | null, changedByName: string | null, changedAt: string }>, severityHistory: Array<{ from: Severity | null, to: Severity, reason: string | null, changedByName: string | null, changedAt: string }>, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } } };

export type EngagementTimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EngagementTimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, occurredTimeZone: string, recordedAt: string, kind: TimelineEventKind, description: string, source: string, visibility: Visibility, recordedByName: string | null, version: number } }> } };

export type EngagementTimelineCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementTimelineCsvQuery = { timelineCsv: string };

export type EngagementClientUpdatesQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementClientUpdatesQuery = { clientUpdates: Array<{ id: string, whatWeKnow: string, whatWeDid: string, whatIsNext: string, whatWeNeed: string, status: ClientUpdateStatus, nextUpdateBy: string | null, authorName: string | null, publishedAt: string | null, publishedByName: string | null, version: number }> };

export type EngagementTaskListQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementTaskListQuery = { engagementTasks: Array<{ id: string, engagementId: string, title: string, details: string, ownerId: string | null, ownerName: string | null, requestForInformation: boolean, blocking: boolean, phase: EngagementPhase, priority: TaskPriority, dueAt: string | null, status: TaskStatus, answer: string | null, answeredAt: string | null, answeredByName: string | null, version: number }> };

export type MyEngagementTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEngagementTasksQuery = { myEngagementTasks: Array<{ id: string, engagementId: string, title: string, details: string, ownerId: string | null, ownerName: string | null, requestForInformation: boolean, blocking: boolean, phase: EngagementPhase, priority: TaskPriority, dueAt: string | null, status: TaskStatus, answer: string | null, answeredAt: string | null, answeredByName: string | null, version: number }> };

export type EngagementIndicatorsQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementIndicatorsQuery = { indicators: Array<{ id: string, type: IndicatorType, value: string, tlp: TlpMarking, firstSeen: string | null, lastSeen: string | null, description: string }> };

export type EngagementIndicatorsCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementIndicatorsCsvQuery = { indicatorsCsv: string };

export type EngagementIndicatorsStixQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementIndicatorsStixQuery = { indicatorsStix: Record<string, unknown> };

export type EngagementEvidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementEvidenceQuery = { evidence: Array<{ id: string, itemNumber: number, description: string, source: string, collectedBy: string, collectedAt: string, sha256: string | null, storageLocation: string, custodian: string, version: number, custody: Array<{ id: string, fromParty: string, toParty: string, transferredAt: string, purpose: string }> }> };

export type EngagementAssignableClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type EngagementAssignableClientsQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type DeclareEngagementMutationVariables = Exact<{
  input: DeclareEngagementInput;
}>;


export type DeclareEngagementMutation = { declareEngagement: { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } } };

export type UpdateEngagementMutationVariables = Exact<{
  input: UpdateEngagementInput;
}>;


export type UpdateEngagementMutation = { updateEngagement: { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } } };

export type AcknowledgeEngagementMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeEngagementMutation = { acknowledgeEngagement: { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } } };

export type ChangeEngagementSeverityMutationVariables = Exact<{
  input: ChangeSeverityInput;
}>;


export type ChangeEngagementSeverityMutation = { changeEngagementSeverity: { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } } };

export type SetGateItemMutationVariables = Exact<{
  input: SetGateItemInput;
}>;


export type SetGateItemMutation = { setGateItem: { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } } };

export type MoveEngagementPhaseMutationVariables = Exact<{
  input: MovePhaseInput;
}>;


export type MoveEngagementPhaseMutation = { moveEngagementPhase: { retainerId: string | null, summary: string, internalNotes: string | null, firstActivityAt: string | null, detectedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, commanderId: string | null, version: number, updatedAt: string, id: string, organizationId: string, organizationName: string, reference: string, title: string, incidentType: IncidentType, severity: Severity, phase: EngagementPhase, declaredAt: string, declaredVia: DeclaredVia, acknowledgedAt: string | null, commanderName: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null, metrics: { timeToDetectMinutes: number | null, timeToAcknowledgeMinutes: number | null, timeToContainMinutes: number | null, timeToRecoverMinutes: number | null } } };

export type AddTimelineEventMutationVariables = Exact<{
  input: AddTimelineEventInput;
}>;


export type AddTimelineEventMutation = { addTimelineEvent: { id: string, occurredAt: string, occurredTimeZone: string, recordedAt: string, kind: TimelineEventKind, description: string, source: string, visibility: Visibility, recordedByName: string | null, version: number } };

export type DraftClientUpdateMutationVariables = Exact<{
  input: DraftClientUpdateInput;
}>;


export type DraftClientUpdateMutation = { draftClientUpdate: { id: string, whatWeKnow: string, whatWeDid: string, whatIsNext: string, whatWeNeed: string, status: ClientUpdateStatus, nextUpdateBy: string | null, authorName: string | null, publishedAt: string | null, publishedByName: string | null, version: number } };

export type EditClientUpdateMutationVariables = Exact<{
  input: EditClientUpdateInput;
}>;


export type EditClientUpdateMutation = { editClientUpdate: { id: string, whatWeKnow: string, whatWeDid: string, whatIsNext: string, whatWeNeed: string, status: ClientUpdateStatus, nextUpdateBy: string | null, authorName: string | null, publishedAt: string | null, publishedByName: string | null, version: number } };

export type PublishClientUpdateMutationVariables = Exact<{
  input: PublishClientUpdateInput;
}>;


export type PublishClientUpdateMutation = { publishClientUpdate: { id: string, whatWeKnow: string, whatWeDid: string, whatIsNext: string, whatWeNeed: string, status: ClientUpdateStatus, nextUpdateBy: string | null, authorName: string | null, publishedAt: string | null, publishedByName: string | null, version: number } };

export type CreateEngagementTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateEngagementTaskMutation = { createEngagementTask: { id: string, engagementId: string, title: string, details: string, ownerId: string | null, ownerName: string | null, requestForInformation: boolean, blocking: boolean, phase: EngagementPhase, priority: TaskPriority, dueAt: string | null, status: TaskStatus, answer: string | null, answeredAt: string | null, answeredByName: string | null, version: number } };

export type UpdateEngagementTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateEngagementTaskMutation = { updateEngagementTask: { id: string, engagementId: string, title: string, details: string, ownerId: string | null, ownerName: string | null, requestForInformation: boolean, blocking: boolean, phase: EngagementPhase, priority: TaskPriority, dueAt: string | null, status: TaskStatus, answer: string | null, answeredAt: string | null, answeredByName: string | null, version: number } };

export type AnswerEngagementTaskMutationVariables = Exact<{
  input: AnswerTaskInput;
}>;


export type AnswerEngagementTaskMutation = { answerEngagementTask: { id: string, engagementId: string, title: string, details: string, ownerId: string | null, ownerName: string | null, requestForInformation: boolean, blocking: boolean, phase: EngagementPhase, priority: TaskPriority, dueAt: string | null, status: TaskStatus, answer: string | null, answeredAt: string | null, answeredByName: string | null, version: number } };

export type AddIndicatorMutationVariables = Exact<{
  input: AddIndicatorInput;
}>;


export type AddIndicatorMutation = { addIndicator: { merged: boolean, indicator: { id: string, value: string } } };

export type AddEvidenceMutationVariables = Exact<{
  input: AddEvidenceInput;
}>;


export type AddEvidenceMutation = { addEvidence: { id: string, itemNumber: number } };

export type TransferEvidenceMutationVariables = Exact<{
  input: TransferCustodyInput;
}>;


export type TransferEvidenceMutation = { transferEvidence: { id: string, custodian: string } };

export type EngagementActivitySubscriptionVariables = Exact<{
  id: string | number;
}>;


export type EngagementActivitySubscription = { engagementActivity: { kind: EngagementActivityKind, engagementId: string, withdrawnId: string | null, engagement: { id: string, title: string, severity: Severity, phase: EngagementPhase, version: number, acknowledgedAt: string | null, containedAt: string | null, recoveredAt: string | null, closedAt: string | null, lastClientUpdateAt: string | null, nextUpdateDueAt: string | null } | null, timelineEvent: { id: string, occurredAt: string, occurredTimeZone: string, recordedAt: string, kind: TimelineEventKind, description: string, source: string, visibility: Visibility, recordedByName: string | null, version: number } | null, clientUpdate: { id: string, whatWeKnow: string, whatWeDid: string, whatIsNext: string, whatWeNeed: string, status: ClientUpdateStatus, nextUpdateBy: string | null, authorName: string | null, publishedAt: string | null, publishedByName: string | null, version: number } | null, task: { id: string, engagementId: string, title: string, details: string, ownerId: string | null, ownerName: string | null, requestForInformation: boolean, blocking: boolean, phase: EngagementPhase, priority: TaskPriority, dueAt: string | null, status: TaskStatus, answer: string | null, answeredAt: string | null, answeredByName: string | null, version: number } | null } };

export type EngagementClientPeopleQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type EngagementClientPeopleQuery = { users: { edges: Array<{ node: { id: string, name: string, role: Role } }> } };

export type EngagementDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type EngagementDashboardQuery = { engagementDashboard: { updateOverdue: number, unacknowledged: number, open: Array<{ severity: Severity, phase: EngagementPhase, count: number }> } };

export type EngagementScopeQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementScopeQuery = { scopeAssets: Array<{ id: string, hostname: string, ipAddress: string | null, kind: AssetKind, owner: string, compromiseStatus: CompromiseStatus, version: number }>, scopeAccounts: Array<{ id: string, username: string, system: string, kind: AccountKind, compromiseStatus: CompromiseStatus, version: number }>, scopeData: Array<{ id: string, category: DataCategory, estimatedRecords: number | null, description: string, version: number }> };

export type AddScopeAssetMutationVariables = Exact<{
  input: AddScopeAssetInput;
}>;


export type AddScopeAssetMutation = { addScopeAsset: { id: string } };

export type AddScopeAccountMutationVariables = Exact<{
  input: AddScopeAccountInput;
}>;


export type AddScopeAccountMutation = { addScopeAccount: { id: string } };

export type AddScopeDataMutationVariables = Exact<{
  input: AddScopeDataInput;
}>;


export type AddScopeDataMutation = { addScopeData: { id: string } };

export type RemoveScopeAssetMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveScopeAssetMutation = { removeScopeAsset: boolean };

export type RemoveScopeAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveScopeAccountMutation = { removeScopeAccount: boolean };

export type RemoveScopeDataMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveScopeDataMutation = { removeScopeData: boolean };

export type ReviewFieldsFragment = { id: string, rootCause: string, timelineSummary: string, whatWorked: string, whatDidNot: string, gapsTooling: string, gapsProcess: string, gapsTraining: string, releasedAt: string | null, releasedByName: string | null, version: number, correctiveActions: Array<{ id: string, title: string, ownerName: string, dueDate: string, status: CorrectiveActionStatus, doneAt: string | null, version: number }> };

export type EngagementReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementReviewQuery = { postIncidentReview: { id: string, rootCause: string, timelineSummary: string, whatWorked: string, whatDidNot: string, gapsTooling: string, gapsProcess: string, gapsTraining: string, releasedAt: string | null, releasedByName: string | null, version: number, correctiveActions: Array<{ id: string, title: string, ownerName: string, dueDate: string, status: CorrectiveActionStatus, doneAt: string | null, version: number }> } | null };

export type SavePostIncidentReviewMutationVariables = Exact<{
  input: SavePostIncidentReviewInput;
}>;


export type SavePostIncidentReviewMutation = { savePostIncidentReview: { id: string, rootCause: string, timelineSummary: string, whatWorked: string, whatDidNot: string, gapsTooling: string, gapsProcess: string, gapsTraining: string, releasedAt: string | null, releasedByName: string | null, version: number, correctiveActions: Array<{ id: string, title: string, ownerName: string, dueDate: string, status: CorrectiveActionStatus, doneAt: string | null, version: number }> } };

export type ReleasePostIncidentReviewMutationVariables = Exact<{
  engagementId: string | number;
  expectedVersion: number;
}>;


export type ReleasePostIncidentReviewMutation = { releasePostIncidentReview: { id: string, rootCause: string, timelineSummary: string, whatWorked: string, whatDidNot: string, gapsTooling: string, gapsProcess: string, gapsTraining: string, releasedAt: string | null, releasedByName: string | null, version: number, correctiveActions: Array<{ id: string, title: string, ownerName: string, dueDate: string, status: CorrectiveActionStatus, doneAt: string | null, version: number }> } };

export type AddCorrectiveActionMutationVariables = Exact<{
  input: AddCorrectiveActionInput;
}>;


export type AddCorrectiveActionMutation = { addCorrectiveAction: { id: string } };

export type UpdateCorrectiveActionMutationVariables = Exact<{
  input: UpdateCorrectiveActionInput;
}>;


export type UpdateCorrectiveActionMutation = { updateCorrectiveAction: { id: string, status: CorrectiveActionStatus } };

export type AddEngagementMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddEngagementMemberMutation = { addEngagementMember: { id: string } };

export type RemoveEngagementMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveEngagementMemberMutation = { removeEngagementMember: boolean };

export type BellNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BellNotificationsQuery = { unreadNotificationCount: number, notifications: { edges: Array<{ node: { id: string, title: string, body: string, link: string | null, readAt: string | null, createdAt: string } }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type UnreadNotificationCountChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountChangedSubscription = { unreadNotificationCountChanged: number };

export type OrganizationFieldsFragment = { id: string, kind: OrganizationKind, name: string, slug: string, timeZone: string, country: string, sector: string, status: OrganizationStatus, userCount: number, version: number, createdAt: string, offboardedAt: string | null };

export type OrganizationsQueryVariables = Exact<{
  filter?: OrganizationsFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: OrganizationKind, name: string, slug: string, timeZone: string, country: string, sector: string, status: OrganizationStatus, userCount: number, version: number, createdAt: string, offboardedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationQuery = { organization: { id: string, kind: OrganizationKind, name: string, slug: string, timeZone: string, country: string, sector: string, status: OrganizationStatus, userCount: number, version: number, createdAt: string, offboardedAt: string | null } };

export type CreateClientOrganizationMutationVariables = Exact<{
  input: CreateClientOrganizationInput;
}>;


export type CreateClientOrganizationMutation = { createClientOrganization: { id: string, kind: OrganizationKind, name: string, slug: string, timeZone: string, country: string, sector: string, status: OrganizationStatus, userCount: number, version: number, createdAt: string, offboardedAt: string | null } };

export type UpdateClientOrganizationMutationVariables = Exact<{
  input: UpdateClientOrganizationInput;
}>;


export type UpdateClientOrganizationMutation = { updateClientOrganization: { id: string, kind: OrganizationKind, name: string, slug: string, timeZone: string, country: string, sector: string, status: OrganizationStatus, userCount: number, version: number, createdAt: string, offboardedAt: string | null } };

export type OffboardClientOrganizationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type OffboardClientOrganizationMutation = { offboardClientOrganization: { id: string, kind: OrganizationKind, name: string, slug: string, timeZone: string, country: string, sector: string, status: OrganizationStatus, userCount: number, version: number, createdAt: string, offboardedAt: string | null } };

export type PersonFieldsFragment = { id: string, email: string, name: string, role: Role, status: UserStatus, timeZone: string, organizationId: string, lastLoginAt: string | null, createdAt: string };

export type PeopleQueryVariables = Exact<{
  filter: UsersFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, name: string, role: Role, status: UserStatus, timeZone: string, organizationId: string, lastLoginAt: string | null, createdAt: string, assignedOrganizations: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { link: string, invitation: { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string } } };

export type InvitationsQueryVariables = Exact<{
  organizationId: string | number;
  status?: InvitationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvitationsQuery = { invitations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, status: InvitationStatus } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { id: string, email: string, name: string, role: Role, status: UserStatus, timeZone: string, organizationId: string, lastLoginAt: string | null, createdAt: string } };

export type DeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, email: string, name: string, role: Role, status: UserStatus, timeZone: string, organizationId: string, lastLoginAt: string | null, createdAt: string } };

export type AssignUserToOrganizationMutationVariables = Exact<{
  userId: string | number;
  organizationId: string | number;
}>;


export type AssignUserToOrganizationMutation = { assignUserToOrganization: { id: string } };

export type UnassignUserFromOrganizationMutationVariables = Exact<{
  userId: string | number;
  organizationId: string | number;
}>;


export type UnassignUserFromOrganizationMutation = { unassignUserFromOrganization: { id: string } };

export type RetainerDetailFieldsFragment = { id: string, organizationId: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, responseTier: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, hourlyRateCents: number, overageRateCents: number, currency: string, rolloverMaxMinutes: number | null, alertThresholds: Array<number>, accountManagerId: string, notes: string | null, version: number, createdAt: string };

export type PortfolioItemFieldsFragment = { retainerId: string, organizationId: string, organizationName: string, timeZone: string, reference: string, responseTier: string, status: string, termStart: string, termEnd: string, minutesPurchased: number, balanceMinutes: number, usedMinutes: number, burnedLast30Days: number, projectedExhaustion: string | null, atRisk: boolean, accountManagerId: string };

export type LedgerEntryFieldsFragment = { id: string, kind: LedgerEntryKind, minutes: number, balanceAfter: number, reason: string | null, referenceType: string | null, createdAt: string };

export type RetainerPortfolioQueryVariables = Exact<{
  filter?: PortfolioFilter | null | undefined;
  sort?: PortfolioSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RetainerPortfolioQuery = { retainerPortfolio: { totalCount: number, edges: Array<{ cursor: string, node: { retainerId: string, organizationId: string, organizationName: string, timeZone: string, reference: string, responseTier: string, status: string, termStart: string, termEnd: string, minutesPurchased: number, balanceMinutes: number, usedMinutes: number, burnedLast30Days: number, projectedExhaustion: string | null, atRisk: boolean, accountManagerId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RetainerClientOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type RetainerClientOptionsQuery = { organizations: { edges: Array<{ node: { id: string, name: string, timeZone: string } }> } };

export type RetainerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RetainerDetailQuery = { retainer: { id: string, organizationId: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, responseTier: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, hourlyRateCents: number, overageRateCents: number, currency: string, rolloverMaxMinutes: number | null, alertThresholds: Array<number>, accountManagerId: string, notes: string | null, version: number, createdAt: string }, retainerUsage: Array<{ month: string, minutes: number }> };

export type RetainerLedgerQueryVariables = Exact<{
  retainerId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RetainerLedgerQuery = { ledger: { totalCount: number, edges: Array<{ node: { id: string, kind: LedgerEntryKind, minutes: number, balanceAfter: number, reason: string | null, referenceType: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RetainerStatementCsvQueryVariables = Exact<{
  retainerId: string | number;
  from: string;
  to: string;
}>;


export type RetainerStatementCsvQuery = { retainerStatement: string };

export type CreateRetainerMutationVariables = Exact<{
  input: CreateRetainerInput;
}>;


export type CreateRetainerMutation = { createRetainer: { id: string, organizationId: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, responseTier: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, hourlyRateCents: number, overageRateCents: number, currency: string, rolloverMaxMinutes: number | null, alertThresholds: Array<number>, accountManagerId: string, notes: string | null, version: number, createdAt: string } };

export type ActivateRetainerMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateRetainerMutation = { activateRetainer: { id: string, organizationId: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, responseTier: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, hourlyRateCents: number, overageRateCents: number, currency: string, rolloverMaxMinutes: number | null, alertThresholds: Array<number>, accountManagerId: string, notes: string | null, version: number, createdAt: string } };

export type TopUpRetainerMutationVariables = Exact<{
  input: LedgerCreditInput;
}>;


export type TopUpRetainerMutation = { topUpRetainer: { id: string, organizationId: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, responseTier: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, hourlyRateCents: number, overageRateCents: number, currency: string, rolloverMaxMinutes: number | null, alertThresholds: Array<number>, accountManagerId: string, notes: string | null, version: number, createdAt: string } };

export type AdjustRetainerMutationVariables = Exact<{
  input: LedgerCreditInput;
}>;


export type AdjustRetainerMutation = { adjustRetainer: { id: string, organizationId: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, responseTier: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, hourlyRateCents: number, overageRateCents: number, currency: string, rolloverMaxMinutes: number | null, alertThresholds: Array<number>, accountManagerId: string, notes: string | null, version: number, createdAt: string } };

export type RetainerAccountManagerQueryVariables = Exact<{
  id: string | number;
}>;


export type RetainerAccountManagerQuery = { user: { id: string, name: string } };

export type SlaAdminGoalFieldsFragment = { kind: SlaGoalKind, severity: Severity, durationMinutes: number, calendarId: string | null };

export type SlaAdminPolicyFieldsFragment = { id: string, name: string, retainerTier: string | null, warningShares: Array<number>, escalationDelaysMinutes: Array<number>, version: number, goals: Array<{ kind: SlaGoalKind, severity: Severity, durationMinutes: number, calendarId: string | null }> };

export type SlaAdminCalendarFieldsFragment = { id: string, name: string, timeZone: string | null, holidays: Array<string>, version: number, week: Array<Array<{ start: string, end: string }>> | null };

export type SlaAdminPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaAdminPoliciesQuery = { slaPolicies: Array<{ id: string, name: string, retainerTier: string | null, warningShares: Array<number>, escalationDelaysMinutes: Array<number>, version: number, goals: Array<{ kind: SlaGoalKind, severity: Severity, durationMinutes: number, calendarId: string | null }> }>, slaCalendars: Array<{ id: string, name: string, timeZone: string | null, holidays: Array<string>, version: number, week: Array<Array<{ start: string, end: string }>> | null }> };

export type SlaAdminSavePolicyMutationVariables = Exact<{
  input: SaveSlaPolicyInput;
}>;


export type SlaAdminSavePolicyMutation = { saveSlaPolicy: { id: string, name: string, retainerTier: string | null, warningShares: Array<number>, escalationDelaysMinutes: Array<number>, version: number, goals: Array<{ kind: SlaGoalKind, severity: Severity, durationMinutes: number, calendarId: string | null }> } };

export type SlaAdminSaveCalendarMutationVariables = Exact<{
  input: SaveSlaCalendarInput;
}>;


export type SlaAdminSaveCalendarMutation = { saveSlaCalendar: { id: string, name: string, timeZone: string | null, holidays: Array<string>, version: number, week: Array<Array<{ start: string, end: string }>> | null } };

export type SlaAdminRegulatoryProfileFieldsFragment = { organizationId: string, regimes: Array<RegulatoryRegime>, notes: string, version: number };

export type SlaAdminRegulatoryProfileQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type SlaAdminRegulatoryProfileQuery = { organization: { id: string, name: string, timeZone: string, status: OrganizationStatus }, regulatoryProfile: { organizationId: string, regimes: Array<RegulatoryRegime>, notes: string, version: number } };

export type SlaAdminSaveRegulatoryProfileMutationVariables = Exact<{
  input: SaveRegulatoryProfileInput;
}>;


export type SlaAdminSaveRegulatoryProfileMutation = { saveRegulatoryProfile: { organizationId: string, regimes: Array<RegulatoryRegime>, notes: string, version: number } };

export type SlaAdminClientOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SlaAdminClientOptionsQuery = { organizations: { edges: Array<{ node: { id: string, name: string, status: OrganizationStatus } }> } };

export type SlaAdminClientNameQueryVariables = Exact<{
  id: string | number;
}>;


export type SlaAdminClientNameQuery = { organization: { id: string, name: string } };

export type SlaReportsQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
  organizationId?: string | number | null | undefined;
}>;


export type SlaReportsQuery = { slaCompliance: Array<{ organizationId: string, clientName: string, month: string, kind: SlaGoalKind, severity: Severity | null, finished: number, met: number, breached: number }>, responseTimes: Array<{ severity: Severity, measure: string, count: number, meanMinutes: number, medianMinutes: number, p90Minutes: number }> };

export type SlaReportComplianceCsvQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
  organizationId?: string | number | null | undefined;
}>;


export type SlaReportComplianceCsvQuery = { slaComplianceCsv: string };

export type SlaReportResponseTimesCsvQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
  organizationId?: string | number | null | undefined;
}>;


export type SlaReportResponseTimesCsvQuery = { responseTimesCsv: string };

export type SlaAdminOpenQueueDashboardMutationVariables = Exact<{ [key: string]: never; }>;


export type SlaAdminOpenQueueDashboardMutation = { openQueueDashboard: { url: string, expiresAt: string } };

export type SlaBadgeFieldsFragment = { id: string, engagementId: string, kind: SlaGoalKind, sequence: number, label: string, severity: Severity | null, state: SlaCycleState, dueAt: string | null, stoppedAt: string | null, breachedAt: string | null, remainingSeconds: number, cancelReason: string | null };

export type SlaCycleFieldsFragment = { goalMinutes: number, calendarLabel: string, startedAt: string, pausedSeconds: number, regulatoryDeadlineId: string | null, id: string, engagementId: string, kind: SlaGoalKind, sequence: number, label: string, severity: Severity | null, state: SlaCycleState, dueAt: string | null, stoppedAt: string | null, breachedAt: string | null, remainingSeconds: number, cancelReason: string | null, pauses: Array<{ from: string, to: string | null, reason: string }> };

export type EngagementSlaStateFieldsFragment = { id: string, phase: EngagementPhase, responderEngagedAt: string | null, waitingOnClient: boolean, waitingOnClientReason: string | null, version: number };

export type RegulatoryDeadlineFieldsFragment = { id: string, engagementId: string, regime: RegulatoryRegime, obligation: string, title: string, rule: string, triggerLabel: string, triggerAt: string, dueAt: string, status: RegulatoryDeadlineStatus, decisionReason: string | null, decidedAt: string | null, submittedAt: string | null, submissionReference: string | null, version: number };

export type EngagementRegulatoryFieldsFragment = { regimes: Array<RegulatoryRegime>, facts: { awareAt: string | null, personalDataAffected: boolean, healthDataAffected: boolean, cardDataAffected: boolean, recordsAffected: number | null, significantIncident: boolean, majorClassifiedAt: string | null, materialityDeterminedAt: string | null, version: number } | null, deadlines: Array<{ id: string, engagementId: string, regime: RegulatoryRegime, obligation: string, title: string, rule: string, triggerLabel: string, triggerAt: string, dueAt: string, status: RegulatoryDeadlineStatus, decisionReason: string | null, decidedAt: string | null, submittedAt: string | null, submissionReference: string | null, version: number }> };

export type EngagementSlaQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementSlaQuery = { engagement: { id: string, phase: EngagementPhase, responderEngagedAt: string | null, waitingOnClient: boolean, waitingOnClientReason: string | null, version: number }, engagementSla: Array<{ goalMinutes: number, calendarLabel: string, startedAt: string, pausedSeconds: number, regulatoryDeadlineId: string | null, id: string, engagementId: string, kind: SlaGoalKind, sequence: number, label: string, severity: Severity | null, state: SlaCycleState, dueAt: string | null, stoppedAt: string | null, breachedAt: string | null, remainingSeconds: number, cancelReason: string | null, pauses: Array<{ from: string, to: string | null, reason: string }> }> };

export type SlaBadgesQueryVariables = Exact<{
  engagementIds: Array<string | number> | string | number;
}>;


export type SlaBadgesQuery = { slaBadges: Array<{ id: string, engagementId: string, kind: SlaGoalKind, sequence: number, label: string, severity: Severity | null, state: SlaCycleState, dueAt: string | null, stoppedAt: string | null, breachedAt: string | null, remainingSeconds: number, cancelReason: string | null }> };

export type SetWaitingOnClientMutationVariables = Exact<{
  input: SetWaitingOnClientInput;
}>;


export type SetWaitingOnClientMutation = { setWaitingOnClient: Array<{ goalMinutes: number, calendarLabel: string, startedAt: string, pausedSeconds: number, regulatoryDeadlineId: string | null, id: string, engagementId: string, kind: SlaGoalKind, sequence: number, label: string, severity: Severity | null, state: SlaCycleState, dueAt: string | null, stoppedAt: string | null, breachedAt: string | null, remainingSeconds: number, cancelReason: string | null, pauses: Array<{ from: string, to: string | null, reason: string }> }> };

export type RecordResponderEngagedMutationVariables = Exact<{
  input: RecordResponderEngagedInput;
}>;


export type RecordResponderEngagedMutation = { recordResponderEngaged: Array<{ goalMinutes: number, calendarLabel: string, startedAt: string, pausedSeconds: number, regulatoryDeadlineId: string | null, id: string, engagementId: string, kind: SlaGoalKind, sequence: number, label: string, severity: Severity | null, state: SlaCycleState, dueAt: string | null, stoppedAt: string | null, breachedAt: string | null, remainingSeconds: number, cancelReason: string | null, pauses: Array<{ from: string, to: string | null, reason: string }> }> };

export type EngagementRegulatoryQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementRegulatoryQuery = { engagementRegulatory: { regimes: Array<RegulatoryRegime>, facts: { awareAt: string | null, personalDataAffected: boolean, healthDataAffected: boolean, cardDataAffected: boolean, recordsAffected: number | null, significantIncident: boolean, majorClassifiedAt: string | null, materialityDeterminedAt: string | null, version: number } | null, deadlines: Array<{ id: string, engagementId: string, regime: RegulatoryRegime, obligation: string, title: string, rule: string, triggerLabel: string, triggerAt: string, dueAt: string, status: RegulatoryDeadlineStatus, decisionReason: string | null, decidedAt: string | null, submittedAt: string | null, submissionReference: string | null, version: number }> } };

export type RecordRegulatoryFactsMutationVariables = Exact<{
  input: RecordRegulatoryFactsInput;
}>;


export type RecordRegulatoryFactsMutation = { recordRegulatoryFacts: { regimes: Array<RegulatoryRegime>, facts: { awareAt: string | null, personalDataAffected: boolean, healthDataAffected: boolean, cardDataAffected: boolean, recordsAffected: number | null, significantIncident: boolean, majorClassifiedAt: string | null, materialityDeterminedAt: string | null, version: number } | null, deadlines: Array<{ id: string, engagementId: string, regime: RegulatoryRegime, obligation: string, title: string, rule: string, triggerLabel: string, triggerAt: string, dueAt: string, status: RegulatoryDeadlineStatus, decisionReason: string | null, decidedAt: string | null, submittedAt: string | null, submissionReference: string | null, version: number }> } };

export type DecideRegulatoryDeadlineMutationVariables = Exact<{
  input: DecideRegulatoryDeadlineInput;
}>;


export type DecideRegulatoryDeadlineMutation = { decideRegulatoryDeadline: { id: string, engagementId: string, regime: RegulatoryRegime, obligation: string, title: string, rule: string, triggerLabel: string, triggerAt: string, dueAt: string, status: RegulatoryDeadlineStatus, decisionReason: string | null, decidedAt: string | null, submittedAt: string | null, submissionReference: string | null, version: number } };

export type RecordRegulatorySubmissionMutationVariables = Exact<{
  input: RecordRegulatorySubmissionInput;
}>;


export type RecordRegulatorySubmissionMutation = { recordRegulatorySubmission: { id: string, engagementId: string, regime: RegulatoryRegime, obligation: string, title: string, rule: string, triggerLabel: string, triggerAt: string, dueAt: string, status: RegulatoryDeadlineStatus, decisionReason: string | null, decidedAt: string | null, submittedAt: string | null, submissionReference: string | null, version: number } };

export type EngagementCommitmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type EngagementCommitmentsQuery = { engagementSla: Array<{ goalMinutes: number, calendarLabel: string, startedAt: string, pausedSeconds: number, regulatoryDeadlineId: string | null, id: string, engagementId: string, kind: SlaGoalKind, sequence: number, label: string, severity: Severity | null, state: SlaCycleState, dueAt: string | null, stoppedAt: string | null, breachedAt: string | null, remainingSeconds: number, cancelReason: string | null, pauses: Array<{ from: string, to: string | null, reason: string }> }>, engagementRegulatory: { deadlines: Array<{ id: string, engagementId: string, regime: RegulatoryRegime, obligation: string, title: string, rule: string, triggerLabel: string, triggerAt: string, dueAt: string, status: RegulatoryDeadlineStatus, decisionReason: string | null, decidedAt: string | null, submittedAt: string | null, submissionReference: string | null, version: number }> } };

export type TimeEntryItemFragment = { id: string, retainerId: string, organizationId: string, userId: string, workDate: string, minutes: number, description: string, billable: boolean, status: TimeEntryStatus, rejectionReason: string | null, version: number };

export type TimeRetainerOptionFragment = { id: string, reference: string, organizationId: string, status: RetainerStatus, termStart: string, termEnd: string, overagePolicy: OveragePolicy, balanceMinutes: number, accountManagerId: string };

export type TimeRetainerOptionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimeRetainerOptionsQuery = { retainers: { edges: Array<{ node: { id: string, reference: string, organizationId: string, status: RetainerStatus, termStart: string, termEnd: string, overagePolicy: OveragePolicy, balanceMinutes: number, accountManagerId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type TimeMyEntriesQueryVariables = Exact<{
  userId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimeMyEntriesQuery = { timeEntries: { edges: Array<{ node: { id: string, retainerId: string, organizationId: string, userId: string, workDate: string, minutes: number, description: string, billable: boolean, status: TimeEntryStatus, rejectionReason: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TimeApprovalQueueQueryVariables = Exact<{
  retainerId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimeApprovalQueueQuery = { timeEntries: { totalCount: number, edges: Array<{ node: { id: string, retainerId: string, organizationId: string, userId: string, workDate: string, minutes: number, description: string, billable: boolean, status: TimeEntryStatus, rejectionReason: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TimePeopleQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
}>;


export type TimePeopleQuery = { users: { edges: Array<{ node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TimeLogEntryMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type TimeLogEntryMutation = { logTime: { id: string, retainerId: string, organizationId: string, userId: string, workDate: string, minutes: number, description: string, billable: boolean, status: TimeEntryStatus, rejectionReason: string | null, version: number } };

export type TimeUpdateEntryMutationVariables = Exact<{
  input: UpdateTimeEntryInput;
}>;


export type TimeUpdateEntryMutation = { updateTimeEntry: { id: string, retainerId: string, organizationId: string, userId: string, workDate: string, minutes: number, description: string, billable: boolean, status: TimeEntryStatus, rejectionReason: string | null, version: number } };

export type TimeSubmitEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type TimeSubmitEntryMutation = { submitTimeEntry: { id: string, retainerId: string, organizationId: string, userId: string, workDate: string, minutes: number, description: string, billable: boolean, status: TimeEntryStatus, rejectionReason: string | null, version: number } };

export type TimeApproveEntriesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TimeApproveEntriesMutation = { approveTimeEntries: Array<{ id: string, status: TimeEntryStatus }> };

export type TimeRejectEntryMutationVariables = Exact<{
  input: RejectTimeEntryInput;
}>;


export type TimeRejectEntryMutation = { rejectTimeEntry: { id: string, status: TimeEntryStatus, rejectionReason: string | null } };

export type ClientRetainerFieldsFragment = { id: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, responseTier: string };

export type ClientRetainersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ClientRetainersQuery = { retainers: { edges: Array<{ node: { id: string, reference: string, status: RetainerStatus, termStart: string, termEnd: string, minutesPurchased: number, balanceMinutes: number, overageMinutes: number, overagePolicy: OveragePolicy, responseTier: string } }> } };

export type ClientRetainerUsageQueryVariables = Exact<{
  retainerId: string | number;
}>;


export type ClientRetainerUsageQuery = { retainerUsage: Array<{ month: string, minutes: number }> };

export type ClientRetainerEntriesQueryVariables = Exact<{
  retainerId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClientRetainerEntriesQuery = { timeEntries: { totalCount: number, edges: Array<{ node: { id: string, workDate: string, minutes: number, description: string, billable: boolean, status: TimeEntryStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ClientRetainerStatementQueryVariables = Exact<{
  retainerId: string | number;
  from: string;
  to: string;
}>;


export type ClientRetainerStatementQuery = { retainerStatement: string };

export const MeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<MeFragment, unknown>;
export const EngagementListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}}]} as unknown as DocumentNode<EngagementListFieldsFragment, unknown>;
export const EngagementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}}]} as unknown as DocumentNode<EngagementFieldsFragment, unknown>;
export const TimelineEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimelineEventFieldsFragment, unknown>;
export const ClientUpdateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeKnow"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDid"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsNext"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeNeed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateBy"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ClientUpdateFieldsFragment, unknown>;
export const EngagementTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementTaskFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostIncidentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"timelineSummary"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"whatDidNot"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTooling"}},{"kind":"Field","name":{"kind":"Name","value":"gapsProcess"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTraining"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offboardedAt"}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const RetainerDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetainerDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"overageRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverMaxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"alertThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RetainerDetailFieldsFragment, unknown>;
export const PortfolioItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"burnedLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustion"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}}]}}]} as unknown as DocumentNode<PortfolioItemFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"referenceType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LedgerEntryFieldsFragment, unknown>;
export const SlaAdminGoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}}]}}]} as unknown as DocumentNode<SlaAdminGoalFieldsFragment, unknown>;
export const SlaAdminPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retainerTier"}},{"kind":"Field","name":{"kind":"Name","value":"warningShares"}},{"kind":"Field","name":{"kind":"Name","value":"escalationDelaysMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminGoalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}}]}}]} as unknown as DocumentNode<SlaAdminPolicyFieldsFragment, unknown>;
export const SlaAdminCalendarFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SlaAdminCalendarFieldsFragment, unknown>;
export const SlaAdminRegulatoryProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminRegulatoryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SlaAdminRegulatoryProfileFieldsFragment, unknown>;
export const SlaBadgeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<SlaBadgeFieldsFragment, unknown>;
export const SlaCycleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaBadgeFields"}},{"kind":"Field","name":{"kind":"Name","value":"goalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryDeadlineId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<SlaCycleFieldsFragment, unknown>;
export const EngagementSlaStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSlaStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"responderEngagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOnClient"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOnClientReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementSlaStateFieldsFragment, unknown>;
export const RegulatoryDeadlineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegulatoryDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryDeadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"triggerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"triggerAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submissionReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegulatoryDeadlineFieldsFragment, unknown>;
export const EngagementRegulatoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRegulatoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRegulatory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"healthDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"cardDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"recordsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"significantIncident"}},{"kind":"Field","name":{"kind":"Name","value":"majorClassifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"materialityDeterminedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regimes"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegulatoryDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegulatoryDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryDeadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"triggerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"triggerAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submissionReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementRegulatoryFieldsFragment, unknown>;
export const TimeEntryItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeEntryItemFragment, unknown>;
export const TimeRetainerOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeRetainerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}}]}}]} as unknown as DocumentNode<TimeRetainerOptionFragment, unknown>;
export const ClientRetainerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientRetainerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}}]}}]} as unknown as DocumentNode<ClientRetainerFieldsFragment, unknown>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Me"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Me"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoutEverywhere"}}]}}]} as unknown as DocumentNode<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Me"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Me"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Me"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Me"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const EngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Engagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}}]} as unknown as DocumentNode<EngagementsQuery, EngagementsQueryVariables>;
export const EngagementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"commanderOnly"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"checkedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}}]} as unknown as DocumentNode<EngagementDetailQuery, EngagementDetailQueryVariables>;
export const EngagementTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementTimelineQuery, EngagementTimelineQueryVariables>;
export const EngagementTimelineCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementTimelineCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timelineCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EngagementTimelineCsvQuery, EngagementTimelineCsvQueryVariables>;
export const EngagementClientUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementClientUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeKnow"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDid"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsNext"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeNeed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateBy"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementClientUpdatesQuery, EngagementClientUpdatesQueryVariables>;
export const EngagementTaskListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementTaskList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementTaskListQuery, EngagementTaskListQueryVariables>;
export const MyEngagementTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEngagementTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEngagementTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyEngagementTasksQuery, MyEngagementTasksQueryVariables>;
export const EngagementIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<EngagementIndicatorsQuery, EngagementIndicatorsQueryVariables>;
export const EngagementIndicatorsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementIndicatorsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EngagementIndicatorsCsvQuery, EngagementIndicatorsCsvQueryVariables>;
export const EngagementIndicatorsStixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementIndicatorsStix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorsStix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EngagementIndicatorsStixQuery, EngagementIndicatorsStixQueryVariables>;
export const EngagementEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"collectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"storageLocation"}},{"kind":"Field","name":{"kind":"Name","value":"custodian"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromParty"}},{"kind":"Field","name":{"kind":"Name","value":"toParty"}},{"kind":"Field","name":{"kind":"Name","value":"transferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementEvidenceQuery, EngagementEvidenceQueryVariables>;
export const EngagementAssignableClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementAssignableClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementAssignableClientsQuery, EngagementAssignableClientsQueryVariables>;
export const DeclareEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}}]} as unknown as DocumentNode<DeclareEngagementMutation, DeclareEngagementMutationVariables>;
export const UpdateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementMutation, UpdateEngagementMutationVariables>;
export const AcknowledgeEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeEngagementMutation, AcknowledgeEngagementMutationVariables>;
export const ChangeEngagementSeverityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEngagementSeverity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSeverityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEngagementSeverity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}}]} as unknown as DocumentNode<ChangeEngagementSeverityMutation, ChangeEngagementSeverityMutationVariables>;
export const SetGateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGateItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGateItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}}]} as unknown as DocumentNode<SetGateItemMutation, SetGateItemMutationVariables>;
export const MoveEngagementPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveEngagementPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveEngagementPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentType"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declaredVia"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderName"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementListFields"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commanderId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToContainMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}}]}}]}}]} as unknown as DocumentNode<MoveEngagementPhaseMutation, MoveEngagementPhaseMutationVariables>;
export const AddTimelineEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTimelineEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTimelineEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTimelineEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddTimelineEventMutation, AddTimelineEventMutationVariables>;
export const DraftClientUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftClientUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftClientUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftClientUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeKnow"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDid"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsNext"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeNeed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateBy"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DraftClientUpdateMutation, DraftClientUpdateMutationVariables>;
export const EditClientUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditClientUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditClientUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editClientUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeKnow"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDid"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsNext"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeNeed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateBy"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EditClientUpdateMutation, EditClientUpdateMutationVariables>;
export const PublishClientUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishClientUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishClientUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishClientUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeKnow"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDid"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsNext"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeNeed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateBy"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishClientUpdateMutation, PublishClientUpdateMutationVariables>;
export const CreateEngagementTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngagementTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngagementTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateEngagementTaskMutation, CreateEngagementTaskMutationVariables>;
export const UpdateEngagementTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagementTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagementTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateEngagementTaskMutation, UpdateEngagementTaskMutationVariables>;
export const AnswerEngagementTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerEngagementTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerEngagementTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AnswerEngagementTaskMutation, AnswerEngagementTaskMutationVariables>;
export const AddIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AddIndicatorMutation, AddIndicatorMutationVariables>;
export const AddEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemNumber"}}]}}]}}]} as unknown as DocumentNode<AddEvidenceMutation, AddEvidenceMutationVariables>;
export const TransferEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCustodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"custodian"}}]}}]}}]} as unknown as DocumentNode<TransferEvidenceMutation, TransferEvidenceMutationVariables>;
export const EngagementActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EngagementActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnId"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastClientUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timelineEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientUpdateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeKnow"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDid"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsNext"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeNeed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateBy"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementActivitySubscription, EngagementActivitySubscriptionVariables>;
export const EngagementClientPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementClientPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementClientPeopleQuery, EngagementClientPeopleQueryVariables>;
export const EngagementDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledged"}}]}}]}}]} as unknown as DocumentNode<EngagementDashboardQuery, EngagementDashboardQueryVariables>;
export const EngagementScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"compromiseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"compromiseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EngagementScopeQuery, EngagementScopeQueryVariables>;
export const AddScopeAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddScopeAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddScopeAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addScopeAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddScopeAssetMutation, AddScopeAssetMutationVariables>;
export const AddScopeAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddScopeAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddScopeAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addScopeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddScopeAccountMutation, AddScopeAccountMutationVariables>;
export const AddScopeDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddScopeData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddScopeDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addScopeData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddScopeDataMutation, AddScopeDataMutationVariables>;
export const RemoveScopeAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveScopeAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeScopeAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveScopeAssetMutation, RemoveScopeAssetMutationVariables>;
export const RemoveScopeAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveScopeAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeScopeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveScopeAccountMutation, RemoveScopeAccountMutationVariables>;
export const RemoveScopeDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveScopeData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeScopeData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveScopeDataMutation, RemoveScopeDataMutationVariables>;
export const EngagementReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postIncidentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostIncidentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"timelineSummary"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"whatDidNot"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTooling"}},{"kind":"Field","name":{"kind":"Name","value":"gapsProcess"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTraining"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EngagementReviewQuery, EngagementReviewQueryVariables>;
export const SavePostIncidentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePostIncidentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePostIncidentReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePostIncidentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostIncidentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"timelineSummary"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"whatDidNot"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTooling"}},{"kind":"Field","name":{"kind":"Name","value":"gapsProcess"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTraining"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SavePostIncidentReviewMutation, SavePostIncidentReviewMutationVariables>;
export const ReleasePostIncidentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleasePostIncidentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releasePostIncidentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostIncidentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"timelineSummary"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"whatDidNot"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTooling"}},{"kind":"Field","name":{"kind":"Name","value":"gapsProcess"}},{"kind":"Field","name":{"kind":"Name","value":"gapsTraining"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReleasePostIncidentReviewMutation, ReleasePostIncidentReviewMutationVariables>;
export const AddCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCorrectiveActionMutation, AddCorrectiveActionMutationVariables>;
export const UpdateCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateCorrectiveActionMutation, UpdateCorrectiveActionMutationVariables>;
export const AddEngagementMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEngagementMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEngagementMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddEngagementMemberMutation, AddEngagementMemberMutationVariables>;
export const RemoveEngagementMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEngagementMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEngagementMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveEngagementMemberMutation, RemoveEngagementMemberMutationVariables>;
export const BellNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BellNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BellNotificationsQuery, BellNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const UnreadNotificationCountChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UnreadNotificationCountChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCountChanged"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountChangedSubscription, UnreadNotificationCountChangedSubscriptionVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offboardedAt"}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offboardedAt"}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const CreateClientOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClientOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offboardedAt"}}]}}]} as unknown as DocumentNode<CreateClientOrganizationMutation, CreateClientOrganizationMutationVariables>;
export const UpdateClientOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClientOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offboardedAt"}}]}}]} as unknown as DocumentNode<UpdateClientOrganizationMutation, UpdateClientOrganizationMutationVariables>;
export const OffboardClientOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OffboardClientOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offboardClientOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offboardedAt"}}]}}]} as unknown as DocumentNode<OffboardClientOrganizationMutation, OffboardClientOrganizationMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsersFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const AssignUserToOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignUserToOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignUserToOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignUserToOrganizationMutation, AssignUserToOrganizationMutationVariables>;
export const UnassignUserFromOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignUserFromOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignUserFromOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnassignUserFromOrganizationMutation, UnassignUserFromOrganizationMutationVariables>;
export const RetainerPortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetainerPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainerPortfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"burnedLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustion"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}}]}}]} as unknown as DocumentNode<RetainerPortfolioQuery, RetainerPortfolioQueryVariables>;
export const RetainerClientOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetainerClientOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetainerClientOptionsQuery, RetainerClientOptionsQueryVariables>;
export const RetainerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetainerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetainerDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retainerUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetainerDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"overageRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverMaxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"alertThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RetainerDetailQuery, RetainerDetailQueryVariables>;
export const RetainerLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetainerLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"referenceType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RetainerLedgerQuery, RetainerLedgerQueryVariables>;
export const RetainerStatementCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetainerStatementCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainerStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<RetainerStatementCsvQuery, RetainerStatementCsvQueryVariables>;
export const CreateRetainerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRetainer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRetainerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRetainer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetainerDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetainerDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"overageRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverMaxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"alertThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateRetainerMutation, CreateRetainerMutationVariables>;
export const ActivateRetainerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateRetainer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateRetainer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetainerDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetainerDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"overageRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverMaxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"alertThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ActivateRetainerMutation, ActivateRetainerMutationVariables>;
export const TopUpRetainerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TopUpRetainer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUpRetainer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetainerDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetainerDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"overageRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverMaxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"alertThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TopUpRetainerMutation, TopUpRetainerMutationVariables>;
export const AdjustRetainerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustRetainer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustRetainer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetainerDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetainerDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"overageRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverMaxMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"alertThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdjustRetainerMutation, AdjustRetainerMutationVariables>;
export const RetainerAccountManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetainerAccountManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RetainerAccountManagerQuery, RetainerAccountManagerQueryVariables>;
export const SlaAdminPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaAdminPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminPolicyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminCalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retainerTier"}},{"kind":"Field","name":{"kind":"Name","value":"warningShares"}},{"kind":"Field","name":{"kind":"Name","value":"escalationDelaysMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminGoalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SlaAdminPoliciesQuery, SlaAdminPoliciesQueryVariables>;
export const SlaAdminSavePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaAdminSavePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retainerTier"}},{"kind":"Field","name":{"kind":"Name","value":"warningShares"}},{"kind":"Field","name":{"kind":"Name","value":"escalationDelaysMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminGoalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SlaAdminSavePolicyMutation, SlaAdminSavePolicyMutationVariables>;
export const SlaAdminSaveCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaAdminSaveCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSlaCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSlaCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminCalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SlaAdminSaveCalendarMutation, SlaAdminSaveCalendarMutationVariables>;
export const SlaAdminRegulatoryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaAdminRegulatoryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminRegulatoryProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminRegulatoryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SlaAdminRegulatoryProfileQuery, SlaAdminRegulatoryProfileQueryVariables>;
export const SlaAdminSaveRegulatoryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaAdminSaveRegulatoryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRegulatoryProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRegulatoryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaAdminRegulatoryProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaAdminRegulatoryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"regimes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SlaAdminSaveRegulatoryProfileMutation, SlaAdminSaveRegulatoryProfileMutationVariables>;
export const SlaAdminClientOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaAdminClientOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlaAdminClientOptionsQuery, SlaAdminClientOptionsQueryVariables>;
export const SlaAdminClientNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaAdminClientName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SlaAdminClientNameQuery, SlaAdminClientNameQueryVariables>;
export const SlaReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseTimes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90Minutes"}}]}}]}}]} as unknown as DocumentNode<SlaReportsQuery, SlaReportsQueryVariables>;
export const SlaReportComplianceCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaReportComplianceCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaComplianceCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}]}}]} as unknown as DocumentNode<SlaReportComplianceCsvQuery, SlaReportComplianceCsvQueryVariables>;
export const SlaReportResponseTimesCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaReportResponseTimesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTimesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}]}}]} as unknown as DocumentNode<SlaReportResponseTimesCsvQuery, SlaReportResponseTimesCsvQueryVariables>;
export const SlaAdminOpenQueueDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaAdminOpenQueueDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openQueueDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SlaAdminOpenQueueDashboardMutation, SlaAdminOpenQueueDashboardMutationVariables>;
export const EngagementSlaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementSla"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSlaStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagementSla"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSlaStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"responderEngagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOnClient"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOnClientReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaBadgeFields"}},{"kind":"Field","name":{"kind":"Name","value":"goalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryDeadlineId"}}]}}]} as unknown as DocumentNode<EngagementSlaQuery, EngagementSlaQueryVariables>;
export const SlaBadgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaBadges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaBadges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaBadgeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<SlaBadgesQuery, SlaBadgesQueryVariables>;
export const SetWaitingOnClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWaitingOnClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWaitingOnClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWaitingOnClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaBadgeFields"}},{"kind":"Field","name":{"kind":"Name","value":"goalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryDeadlineId"}}]}}]} as unknown as DocumentNode<SetWaitingOnClientMutation, SetWaitingOnClientMutationVariables>;
export const RecordResponderEngagedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordResponderEngaged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResponderEngagedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResponderEngaged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaBadgeFields"}},{"kind":"Field","name":{"kind":"Name","value":"goalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryDeadlineId"}}]}}]} as unknown as DocumentNode<RecordResponderEngagedMutation, RecordResponderEngagedMutationVariables>;
export const EngagementRegulatoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementRegulatory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementRegulatory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementRegulatoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegulatoryDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryDeadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"triggerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"triggerAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submissionReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRegulatoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRegulatory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"healthDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"cardDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"recordsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"significantIncident"}},{"kind":"Field","name":{"kind":"Name","value":"majorClassifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"materialityDeterminedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regimes"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegulatoryDeadlineFields"}}]}}]}}]} as unknown as DocumentNode<EngagementRegulatoryQuery, EngagementRegulatoryQueryVariables>;
export const RecordRegulatoryFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRegulatoryFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRegulatoryFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRegulatoryFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementRegulatoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegulatoryDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryDeadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"triggerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"triggerAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submissionReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRegulatoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRegulatory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"healthDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"cardDataAffected"}},{"kind":"Field","name":{"kind":"Name","value":"recordsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"significantIncident"}},{"kind":"Field","name":{"kind":"Name","value":"majorClassifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"materialityDeterminedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regimes"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegulatoryDeadlineFields"}}]}}]}}]} as unknown as DocumentNode<RecordRegulatoryFactsMutation, RecordRegulatoryFactsMutationVariables>;
export const DecideRegulatoryDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRegulatoryDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRegulatoryDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRegulatoryDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegulatoryDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegulatoryDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryDeadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"triggerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"triggerAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submissionReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DecideRegulatoryDeadlineMutation, DecideRegulatoryDeadlineMutationVariables>;
export const RecordRegulatorySubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRegulatorySubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRegulatorySubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRegulatorySubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegulatoryDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegulatoryDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryDeadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"triggerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"triggerAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submissionReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordRegulatorySubmissionMutation, RecordRegulatorySubmissionMutationVariables>;
export const EngagementCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementSla"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCycleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagementRegulatory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegulatoryDeadlineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaBadgeFields"}},{"kind":"Field","name":{"kind":"Name","value":"goalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"calendarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryDeadlineId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegulatoryDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegulatoryDeadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"triggerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"triggerAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submissionReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EngagementCommitmentsQuery, EngagementCommitmentsQueryVariables>;
export const TimeRetainerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeRetainerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeRetainerOption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeRetainerOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}}]}}]} as unknown as DocumentNode<TimeRetainerOptionsQuery, TimeRetainerOptionsQueryVariables>;
export const TimeMyEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeMyEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeEntryItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeMyEntriesQuery, TimeMyEntriesQueryVariables>;
export const TimeApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeApprovalQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"retainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeEntryItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeApprovalQueueQuery, TimeApprovalQueueQueryVariables>;
export const TimePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TimePeopleQuery, TimePeopleQueryVariables>;
export const TimeLogEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TimeLogEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeEntryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeLogEntryMutation, TimeLogEntryMutationVariables>;
export const TimeUpdateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TimeUpdateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeEntryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeUpdateEntryMutation, TimeUpdateEntryMutationVariables>;
export const TimeSubmitEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TimeSubmitEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeEntryItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeEntryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retainerId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TimeSubmitEntryMutation, TimeSubmitEntryMutationVariables>;
export const TimeApproveEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TimeApproveEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TimeApproveEntriesMutation, TimeApproveEntriesMutationVariables>;
export const TimeRejectEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TimeRejectEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectTimeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<TimeRejectEntryMutation, TimeRejectEntryMutationVariables>;
export const ClientRetainersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientRetainers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientRetainerFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientRetainerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Retainer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPurchased"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overagePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"responseTier"}}]}}]} as unknown as DocumentNode<ClientRetainersQuery, ClientRetainersQueryVariables>;
export const ClientRetainerUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientRetainerUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainerUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]} as unknown as DocumentNode<ClientRetainerUsageQuery, ClientRetainerUsageQueryVariables>;
export const ClientRetainerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientRetainerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"retainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ClientRetainerEntriesQuery, ClientRetainerEntriesQueryVariables>;
export const ClientRetainerStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientRetainerStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainerStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retainerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<ClientRetainerStatementQuery, ClientRetainerStatementQueryVariables>;