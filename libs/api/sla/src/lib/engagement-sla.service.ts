import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { badInput, notFound } from '@vigil/api/core';
import { EngagementEntity, SlaCycleEntity, TenantDb } from '@vigil/api/database';
import { EngagementPhase } from '@vigil/shared/domain';
import { EntityManager, In } from 'typeorm';
import { ENGAGEMENT_CHANGES, EngagementChanges } from './engagement-changes';
import { checkVersion, requireStaff } from './sla-access';
import { SlaClockService } from './sla-clock.service';

/** An engagement's commitments: its cycles, waiting on the client, the first responder. */
@Injectable()
export class EngagementSlaService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly clock: SlaClockService,
    @Inject(ENGAGEMENT_CHANGES) private readonly changes: EngagementChanges,
  ) {}

  cycles(engagementId: string): Promise<SlaCycleEntity[]> {
    return this.db.run(async (em) => {
      await visible(em, engagementId);
      return em.find(SlaCycleEntity, {
        where: { engagementId },
        order: { startedAt: 'ASC', sequence: 'ASC' },
      });
    });
  }

  /** Per engagement, the commitment that needs attention first: breached, else the soonest due. */
  badges(engagementIds: readonly string[]): Promise<SlaCycleEntity[]> {
    if (!engagementIds.length) return Promise.resolve([]);
    if (engagementIds.length > 200) throw badInput('engagementIds', 'at most 200 at a time');
    return this.db.run(async (em) => {
      const ids = (await em.query(
        `SELECT DISTINCT ON (engagement_id) id FROM sla_cycles
         WHERE engagement_id = ANY($1::uuid[])
           AND (state IN ('RUNNING', 'PAUSED') OR (state = 'BREACHED' AND stopped_at IS NULL))
         ORDER BY engagement_id, (state = 'BREACHED') DESC, (state = 'PAUSED'), due_at NULLS LAST`,
        [engagementIds],
      )) as { id: string }[];
      return ids.length ? em.find(SlaCycleEntity, { where: { id: In(ids.map((r) => r.id)) } }) : [];
    });
  }

  setWaitingOnClient(
    engagementId: string,
    waiting: boolean,
    reason: string,
    expectedVersion: number,
  ): Promise<EngagementEntity> {
    const actor = this.db.actor();
    requireStaff(actor);
    return this.db.run(async (em) => {
      const e = await locked(em, engagementId);
      checkVersion(e, expectedVersion, 'engagement');
      if (waiting && e.phase === EngagementPhase.CLOSED)
        throw badInput('input.waiting', 'the engagement is closed');
      e.waitingOnClient = waiting;
      e.waitingOnClientReason = waiting ? reason.trim() || null : null;
      const saved = await em.save(e);
      await this.clock.reconcile(engagementId);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: waiting ? 'engagement.waiting_on_client' : 'engagement.no_longer_waiting',
        targetType: 'Engagement',
        targetId: e.id,
        changes: { waitingOnClient: waiting, reason: e.waitingOnClientReason },
      });
      this.changes.engagementChanged(saved);
      return saved;
    });
  }

  recordResponderEngaged(
    engagementId: string,
    at: Date,
    expectedVersion: number,
    now = new Date(),
  ): Promise<EngagementEntity> {
    const actor = this.db.actor();
    requireStaff(actor);
    if (at.getTime() > now.getTime() + 60_000)
      throw badInput('input.at', 'must not be in the future');
    return this.db.run(async (em) => {
      const e = await locked(em, engagementId);
      checkVersion(e, expectedVersion, 'engagement');
      if (at < e.declaredAt)
        throw badInput('input.at', 'must not be before the engagement was declared');
      e.responderEngagedAt = at;
      const saved = await em.save(e);
      await this.clock.reconcile(engagementId);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'engagement.responder_engaged',
        targetType: 'Engagement',
        targetId: e.id,
        changes: { responderEngagedAt: at.toISOString() },
      });
      this.changes.engagementChanged(saved);
      return saved;
    });
  }
}

async function visible(em: EntityManager, id: string): Promise<void> {
  if (!(await em.exists(EngagementEntity, { where: { id } }))) throw notFound('Engagement');
}

async function locked(em: EntityManager, id: string): Promise<EngagementEntity> {
  const e = await em.findOne(EngagementEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!e) throw notFound('Engagement');
  return e;
}
