import { LedgerEntryEntity, RetainerEntity } from '@vigil/api/database';
import { LedgerEntryKind } from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';

export interface LedgerMeta {
  reason?: string | null;
  referenceType?: string | null;
  referenceId?: string | null;
  actorUserId: string | null;
}

/** Locks a retainer row for the rest of the transaction: every balance change goes through here. */
export async function lockRetainer(em: EntityManager, id: string): Promise<RetainerEntity | null> {
  return em.findOne(RetainerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/**
 * Appends one ledger entry to a retainer that the caller has locked, and moves the stored running
 * total in the same transaction, so the balance always equals the sum of the ledger.
 */
export async function appendLedger(
  em: EntityManager,
  retainer: RetainerEntity,
  kind: LedgerEntryKind,
  minutes: number,
  meta: LedgerMeta,
): Promise<LedgerEntryEntity> {
  const balanceAfter = retainer.balanceMinutes + minutes;
  const entry = await em.save(
    em.create(LedgerEntryEntity, {
      organizationId: retainer.organizationId,
      retainerId: retainer.id,
      kind,
      minutes,
      balanceAfter,
      reason: meta.reason ?? null,
      referenceType: meta.referenceType ?? null,
      referenceId: meta.referenceId ?? null,
      actorUserId: meta.actorUserId,
    }),
  );
  retainer.balanceMinutes = balanceAfter;
  await em.update(
    RetainerEntity,
    { id: retainer.id },
    { balanceMinutes: balanceAfter, overageMinutes: retainer.overageMinutes },
  );
  return entry;
}
