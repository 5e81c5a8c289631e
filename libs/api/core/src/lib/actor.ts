import { Role } from '@vigil/shared/domain';

/** Who is acting: a signed-in person, or the system itself (worker sweeps, seeding). */
export interface Actor {
  kind: 'user' | 'system';
  userId: string | null;
  organizationId: string | null;
  role: Role | null;
  /** Every organisation this actor may see. Ignored when allOrganizations is true. */
  organizationIds: readonly string[];
  /** Provider admins and system actors see every organisation. */
  allOrganizations: boolean;
  /** Session family of the access token, for logout. */
  sessionId: string | null;
  /**
   * Taken from a verified access token but not yet checked against the database: the first
   * transaction of the request checks it (still active, same role) and sets what it may see.
   */
  pending?: boolean;
}

export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  userId: null,
  organizationId: null,
  role: null,
  organizationIds: [],
  allOrganizations: true,
  sessionId: null,
};

/** An actor that sees exactly one organisation: used by jobs that act for one tenant. */
export function systemActorFor(organizationId: string): Actor {
  return { ...SYSTEM_ACTOR, organizationIds: [organizationId], allOrganizations: false };
}

export const CLS_ACTOR = 'actor';
export const CLS_REQUEST_ID = 'requestId';
export const CLS_CLIENT_ADDRESS = 'clientAddress';
