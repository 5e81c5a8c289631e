import { badInput } from '@vigil/api/core';
import { RetainerEntity } from '@vigil/api/database';
import { WorkReferenceType } from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';

/**
 * Time logged on an engagement draws the retainer of that engagement's client: the engagement
 * must be one the actor can see (row-level security decides), of the retainer's organisation,
 * and drawing on this retainer when it draws on one. Plain SQL, so that retainers never depend
 * on the engagements library.
 */
export async function checkWorkReference(
  em: EntityManager,
  retainer: RetainerEntity,
  referenceType: WorkReferenceType,
  referenceId: string | null,
  prefix: string,
): Promise<void> {
  if (referenceType !== WorkReferenceType.ENGAGEMENT) return;
  const field = `${prefix}.referenceId`;
  if (!referenceId) throw badInput(field, 'is required: which engagement was the work for?');
  const [engagement] = (await em.query(
    'SELECT organization_id, retainer_id FROM engagements WHERE id = $1',
    [referenceId],
  )) as { organization_id: string; retainer_id: string | null }[];
  if (!engagement) throw badInput(field, 'is not an engagement you can see');
  if (engagement.organization_id !== retainer.organizationId)
    throw badInput(
      field,
      'is an engagement of another client; log it against that client’s retainer',
    );
  if (engagement.retainer_id && engagement.retainer_id !== retainer.id)
    throw badInput(
      field,
      `this engagement draws on another of the client’s retainers (${engagement.retainer_id}); log its time there`,
    );
}
