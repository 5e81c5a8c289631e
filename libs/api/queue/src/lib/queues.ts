/** Every queue Vigil uses. */
export enum QueueName {
  IDENTITY = 'identity',
}

/** Every job name; the worker refuses to start when one has no handler. */
export enum JobName {
  EXPIRE_INVITATION = 'expire-invitation',
  SWEEP_INVITATIONS = 'sweep-invitations',
}

/** Job data holds ids only; the handler reads the truth from PostgreSQL. */
export interface ExpireInvitationJobData {
  invitationId: string;
  organizationId: string;
}

export type SweepInvitationsJobData = Record<string, never>;

/** Deterministic job ids (no ':'), so adding the same alarm twice is a no-op. */
export const jobIds = {
  expireInvitation: (invitationId: string): string => `invitation-expiry-${invitationId}`,
};

export const SWEEP_EVERY_MS = 60_000;
