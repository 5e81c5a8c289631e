import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@vigil/api/core';
import { OrganizationKind, OrganizationStatus, Role } from '@vigil/shared/domain';
import { DataSource } from 'typeorm';

interface ActorRow {
  id: string;
  organization_id: string;
  role: Role;
  status: string;
  organization_kind: OrganizationKind;
  organization_status: OrganizationStatus;
  assigned_organization_ids: string[];
  session_active: boolean;
}

/** What a user may see: admins everything, other provider staff their clients, client users their own. */
export function actorFromRow(row: ActorRow, sessionId: string | null): Actor {
  const allOrganizations = row.role === Role.PROVIDER_ADMIN;
  const organizationIds =
    row.organization_kind === OrganizationKind.PROVIDER
      ? [row.organization_id, ...row.assigned_organization_ids]
      : [row.organization_id];
  return {
    kind: 'user',
    userId: row.id,
    organizationId: row.organization_id,
    role: row.role,
    organizationIds,
    allOrganizations,
    sessionId,
  };
}

@Injectable()
export class ActorService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Loads a user's current standing in one round trip. Null when the user is gone or deactivated,
   * their organisation offboarded, or (with a session id) the session was signed out.
   */
  async load(userId: string, sessionId: string | null): Promise<Actor | null> {
    const rows = (await this.dataSource.query('SELECT * FROM vigil_actor($1, $2)', [
      userId,
      sessionId,
    ])) as ActorRow[];
    const row = rows[0];
    if (!row || row.status !== 'ACTIVE' || row.organization_status !== OrganizationStatus.ACTIVE)
      return null;
    if (sessionId && !row.session_active) return null;
    return actorFromRow(row, sessionId);
  }
}
