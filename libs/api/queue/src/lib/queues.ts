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
 * SLA alarms ring on ticks of this many milliseconds: every cycle whose next warning, breach or
 * escalation falls within a tick shares that tick's alarm, which rings at the tick's end. Thousands
 * of cycles due in the same second cost the queue a handful of jobs, not thousands.
 */
export const SLA_TICK_MS = 100;

/** The tick an SLA instant rings on: the first tick boundary at or after it (epoch ms). */
export function slaTick(at: Date | number): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  return Math.ceil(ms / SLA_TICK_MS) * SLA_TICK_MS;
}

/**
 * An SLA alarm. The handler does whatever is due by now for every cycle (warnings, breaches,
 * escalations, each recorded in PostgreSQL as it goes out), so a stale, early or repeated alarm
 * does nothing.
 */
export interface SlaAlarmJobData {
  /** The tick (epoch ms) the alarm was armed for. */
  tick: number;
}

/** Deterministic job ids (no ':'), so adding the same alarm twice is a no-op. */
export const jobIds = {
  expireInvitation: (invitationId: string): string => `invitation-expiry-${invitationId}`,
  retainerReminder: (retainerId: string, termEnd: string, daysBefore: number): string =>
    `retainer-reminder-${retainerId}-${termEnd}-${daysBefore}`,
  retainerExpiry: (retainerId: string, termEnd: string): string =>
    `retainer-expiry-${retainerId}-${termEnd}`,
  /** One alarm per tick (see slaTick), shared by the cycles due within it: re-arming is a no-op. */
  slaAlarm: (tick: number): string => `sla-alarm-${tick}`,
  /**
   * An SLA alarm that rings at once, for cycles whose tick has come already (its job may have
   * rung, and keeps its id while it is kept as completed): `nonce` makes it a job of its own.
   */
  slaAlarmNow: (at: number, nonce: string): string => `sla-alarm-now-${at}-${nonce}`,
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
