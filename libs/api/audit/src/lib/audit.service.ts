import { Injectable } from '@nestjs/common';
import { Actor, CLS_REQUEST_ID } from '@vigil/api/core';
import { AuditLogEntity } from '@vigil/api/database';
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
    await em.insert(AuditLogEntity, {
      organizationId: entry.organizationId,
      actorUserId: actor.userId,
      actorKind: actor.kind,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      changes,
      requestId: this.cls.isActive()
        ? (this.cls.get<string | undefined>(CLS_REQUEST_ID) ?? null)
        : null,
    });
  }
}
