import { Injectable } from '@nestjs/common';
import { AuditService, diff } from '@vigil/api/audit';
import { SlaClockService } from '@vigil/api/sla';
import { badInput, conflict, notFound } from '@vigil/api/core';
import { CorrectiveActionEntity, PostIncidentReviewEntity, TenantDb } from '@vigil/api/database';
import { CorrectiveActionStatus } from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import {
  AddCorrectiveActionInput,
  REVIEW_TEXTS,
  ReviewText,
  SavePostIncidentReviewInput,
  UpdateCorrectiveActionInput,
} from './dto/review.types';
import {
  calendarDay,
  checkVersion,
  definedOnly,
  EngagementAccess,
  lockRow,
  requiredText,
  requireProvider,
} from './engagement-access';

/**
 * The post-incident review: root cause, what worked and what did not, the gaps, and corrective
 * actions tracked to done. The team writes it; the incident commander releases it to the client,
 * whose people read it (and its actions) only from then on: row-level security hides the rest.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
    private readonly sla: SlaClockService,
  ) {}

  /** The review, or null: none written yet, or (client users) not released yet. */
  get(engagementId: string): Promise<PostIncidentReviewEntity | null> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      return em.findOneBy(PostIncidentReviewEntity, { engagementId });
    });
  }

  /** Open ones first, by due date. Called with reviews the actor was allowed to read. */
  actions(engagementId: string): Promise<CorrectiveActionEntity[]> {
    return this.db.run((em) =>
      em.find(CorrectiveActionEntity, {
        where: { engagementId },
        order: { status: 'ASC', dueDate: 'ASC', createdAt: 'ASC' },
      }),
    );
  }

  /**
   * Starts the review (without expectedVersion) or saves over the version the person edited.
   * Once released, what the client reads changes only by the incident commander's (or an
   * admin's) hand.
   */
  async save(input: SavePostIncidentReviewInput): Promise<PostIncidentReviewEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const patch = texts(input);
    return this.db.run(async (em) => {
      // The engagement's lock makes two people starting the review at once write one, in turn.
      const e = await this.access.engagement(em, input.engagementId, true);
      const existing = await em.findOneBy(PostIncidentReviewEntity, { engagementId: e.id });
      if (!existing) {
        if (input.expectedVersion != null)
          throw badInput(
            'input.expectedVersion',
            'there is no review yet; leave it out to start one',
          );
        const review = await em.save(
          em.create(PostIncidentReviewEntity, {
            organizationId: e.organizationId,
            engagementId: e.id,
            ...patch,
          }),
        );
        await this.record(em, review, 'post_incident_review.started', Object.keys(patch));
        return review;
      }
      if (input.expectedVersion == null)
        throw conflict(
          'input.expectedVersion',
          `someone else started this review since you opened it (it is now version ${existing.version}); reload to see it, then save again`,
        );
      checkVersion(existing, input.expectedVersion, 'post-incident review');
      if (existing.releasedAt) await this.access.requireCommander(em, actor, e.id);
      const changed = Object.keys(diff(existing, patch));
      Object.assign(existing, patch);
      const saved = await em.save(existing);
      await this.record(em, saved, 'post_incident_review.updated', changed);
      return saved;
    });
  }

  /** The incident commander (or an admin) releases the review to the client; it needs a root cause. */
  async release(engagementId: string, expectedVersion: number): Promise<PostIncidentReviewEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, engagementId);
      await this.access.requireCommander(em, actor, e.id);
      const review = await em.findOne(PostIncidentReviewEntity, {
        where: { engagementId: e.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!review) throw notFound('Post-incident review');
      checkVersion(review, expectedVersion, 'post-incident review', 'expectedVersion');
      if (review.releasedAt)
        throw badInput('engagementId', 'the review is already released to the client');
      if (!review.rootCause.trim())
        throw badInput('engagementId', 'write the root cause before releasing the review');
      review.releasedAt = new Date();
      review.releasedById = actor.userId;
      const saved = await em.save(review);
      await this.sla.reconcile(e.id);
      await this.audit.record(em, actor, {
        organizationId: review.organizationId,
        action: 'post_incident_review.released',
        targetType: 'PostIncidentReview',
        targetId: review.id,
      });
      return saved;
    });
  }

  async addAction(input: AddCorrectiveActionInput): Promise<CorrectiveActionEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const dueDate = calendarDay('input.dueDate', input.dueDate);
    const ownerName = requiredText('input.ownerName', input.ownerName);
    return this.db.run(async (em) => {
      const review = await em.findOneBy(PostIncidentReviewEntity, { id: input.reviewId });
      if (!review) throw notFound('Post-incident review');
      const action = await em.save(
        em.create(CorrectiveActionEntity, {
          organizationId: review.organizationId,
          engagementId: review.engagementId,
          title: input.title.trim(),
          ownerName,
          dueDate,
          status: CorrectiveActionStatus.OPEN,
        }),
      );
      await this.audit.record(em, actor, {
        organizationId: action.organizationId,
        action: 'corrective_action.added',
        targetType: 'CorrectiveAction',
        targetId: action.id,
        changes: { title: action.title, ownerName, dueDate },
      });
      return action;
    });
  }

  /** Edits an action; DONE records when it was done, back to OPEN clears it. */
  async updateAction(input: UpdateCorrectiveActionInput): Promise<CorrectiveActionEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const dueDate = input.dueDate == null ? undefined : calendarDay('input.dueDate', input.dueDate);
    const ownerName =
      input.ownerName == null ? undefined : requiredText('input.ownerName', input.ownerName);
    return this.db.run(async (em) => {
      const action = await lockRow(em, CorrectiveActionEntity, input.id, 'Corrective action');
      checkVersion(action, input.expectedVersion, 'corrective action');
      const patch = definedOnly<CorrectiveActionEntity>({
        title: input.title?.trim(),
        ownerName,
        dueDate,
        status: input.status,
      });
      const changes = diff(action, patch);
      Object.assign(action, patch);
      if (action.status === CorrectiveActionStatus.DONE) action.doneAt ??= new Date();
      else action.doneAt = null;
      const saved = await em.save(action);
      await this.audit.record(em, actor, {
        organizationId: action.organizationId,
        action: 'corrective_action.updated',
        targetType: 'CorrectiveAction',
        targetId: action.id,
        changes,
      });
      return saved;
    });
  }

  async removeAction(id: string): Promise<boolean> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const action = await lockRow(em, CorrectiveActionEntity, id, 'Corrective action');
      await em.delete(CorrectiveActionEntity, { id: action.id });
      await this.audit.record(em, actor, {
        organizationId: action.organizationId,
        action: 'corrective_action.removed',
        targetType: 'CorrectiveAction',
        targetId: action.id,
        changes: { title: action.title },
      });
      return true;
    });
  }

  /** The texts are long: the audit row says which changed, not what they say. */
  private record(
    em: EntityManager,
    review: PostIncidentReviewEntity,
    action: string,
    fields: string[],
  ): Promise<void> {
    return this.audit.record(em, this.db.actor(), {
      organizationId: review.organizationId,
      action,
      targetType: 'PostIncidentReview',
      targetId: review.id,
      changes: Object.fromEntries(fields.map((f) => [f, 'changed'])),
    });
  }
}

/** The texts given, trimmed; those left out are not in the patch. */
function texts(input: SavePostIncidentReviewInput): Partial<Record<ReviewText, string>> {
  return Object.fromEntries(
    REVIEW_TEXTS.flatMap((f) => {
      const text = input[f];
      return text == null ? [] : [[f, text.trim()]];
    }),
  );
}
