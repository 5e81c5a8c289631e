/** Every queue Vigil uses. */
export enum QueueName {
  IDENTITY = 'identity',
  RETAINERS = 'retainers',
  SLA = 'sla',
}

/** Every job name; the worker refuses to start when one has no handler. */
export enum JobName {
  EXPIRE_INVITATION = 'expire-invitation',
  SWEEP_INVITATIONS = 'sweep-invitations',
  RETAINER_REMINDER = 'retainer-reminder',
  RETAINER_EXPIRY = 'retainer-expiry',
  SWEEP_RETAINERS = 'sweep-retainers',
  SLA_ALARM = 'sla-alarm',
  SWEEP_SLA = 'sweep-sla',
}

/** Job data holds ids only; the handler reads the truth from PostgreSQL. */
export interface ExpireInvitationJobData {
  invitationId: string;
  organizationId: string;
}

export type SweepInvitationsJobData = Record<string, never>;

/** A retainer alarm: the term end it was computed from travels along, so a moved term is noticed. */
export interface RetainerAlarmJobData {
  retainerId: string;
  organizationId: string;
  termEnd: string;
  /** Days before the term end, for reminders. */
  daysBefore?: number;
}

/**
 * The alarm for a cycle's next warning, breach or escalation. The handler reads the cycle and does
 * whatever is due by then, so a stale or repeated alarm does nothing.
 */
export interface SlaAlarmJobData {
  cycleId: string;
  organizationId: string;
}

/** Deterministic job ids (no ':'), so adding the same alarm twice is a no-op. */
export const jobIds = {
  expireInvitation: (invitationId: string): string => `invitation-expiry-${invitationId}`,
  retainerReminder: (retainerId: string, termEnd: string, daysBefore: number): string =>
    `retainer-reminder-${retainerId}-${termEnd}-${daysBefore}`,
  retainerExpiry: (retainerId: string, termEnd: string): string =>
    `retainer-expiry-${retainerId}-${termEnd}`,
  /** One alarm per cycle and instant: moving the instant makes a new job, re-arming is a no-op. */
  slaAlarm: (cycleId: string, at: Date): string => `sla-${cycleId}-${at.getTime()}`,
};

export const SWEEP_EVERY_MS = 60_000;

/** Which job names each queue carries: every one must have a handler in that queue's processor. */
export const JOBS_BY_QUEUE: Record<QueueName, readonly JobName[]> = {
  [QueueName.IDENTITY]: [JobName.EXPIRE_INVITATION, JobName.SWEEP_INVITATIONS],
  [QueueName.RETAINERS]: [
    JobName.RETAINER_REMINDER,
    JobName.RETAINER_EXPIRY,
    JobName.SWEEP_RETAINERS,
  ],
  [QueueName.SLA]: [JobName.SLA_ALARM, JobName.SWEEP_SLA],
};
