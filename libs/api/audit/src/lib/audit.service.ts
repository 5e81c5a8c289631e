import { Injectable } from '@nestjs/common';
import { Actor, CLS_REQUEST_ID } from '@vigil/api/core';
import { ClsService } from 'nestjs-cls';
import { EntityManager } from 'typeorm';

export interface AuditEntry {
  organizationId: string;
  action: string;
  targetType: string;
  targetId: string | null;
  changes?: Record<string, unknown>;
}

/** Keys never written to the audit log, whatever a caller passes. */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'token', 'tokenHash', 'refreshToken']);

/** Only the fields that differ, as { field: { from, to } }. */
export function diff<T extends object>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = (before as Record<string, unknown>)[key];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to))
      changes[key] = { from, to };
  }
  return changes;
}

@Injectable()
export class AuditService {
  constructor(private readonly cls: ClsService) {}

  /** Writes one audit row in the caller's transaction, so it lands with the change or not at all. */
  async record(em: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    const changes = Object.fromEntries(
      Object.entries(entry.changes ?? {}).filter(([k]) => !SECRET_KEYS.has(k)),
    );
    // vigil_audit copies the actor's name in, from a row the actor can always see (their own).
    await em.query('SELECT vigil_audit($1, $2, $3, $4, $5, $6, $7, $8)', [
      entry.organizationId,
      actor.userId,
      actor.kind,
      entry.action,
      entry.targetType,
      entry.targetId,
      JSON.stringify(changes),
      this.requestId(),
    ]);
  }

  /** The id of the request being served (null in a job), recorded with each audit row. */
  requestId(): string | null {
    return this.cls.isActive() ? (this.cls.get<string | undefined>(CLS_REQUEST_ID) ?? null) : null;
  }
}
