import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { SlaClockService } from '@vigil/api/sla';
import { badInput } from '@vigil/api/core';
import {
  ClientUpdateEntity,
  EngagementEntity,
  NotificationEntity,
  TenantDb,
  UserEntity,
  UserStatus,
} from '@vigil/api/database';
import { NotificationsService } from '@vigil/api/retainers';
import {
  CLIENT_ROLES,
  ClientUpdateStatus,
  EngagementPhase,
  Visibility,
} from '@vigil/shared/domain';
import { In } from 'typeorm';
import {
  ClientUpdateFields,
  DraftClientUpdateInput,
  EditClientUpdateInput,
  PublishClientUpdateInput,
} from './dto/work.types';
import {
  checkVersion,
  EngagementAccess,
  instant,
  lockRow,
  requireProvider,
} from './engagement-access';
import { ActivityKind, EngagementEvents } from './engagement-events';

const FIELDS = ['whatWeKnow', 'whatWeDid', 'whatIsNext', 'whatWeNeed'] as const;

/**
 * Status updates for the client. The team drafts them; the incident commander publishes each
 * with the time of the next one, which is when the client may expect to hear from us again.
 */
@Injectable()
export class ClientUpdatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
    private readonly events: EngagementEvents,
    private readonly notifications: NotificationsService,
    private readonly sla: SlaClockService,
  ) {}

  /** Newest first, drafts (provider staff only) before the published ones. */
  list(engagementId: string): Promise<ClientUpdateEntity[]> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      return em
        .createQueryBuilder(ClientUpdateEntity, 'u')
        .where('u.engagement_id = :engagementId', { engagementId })
        .orderBy('u.published_at', 'DESC', 'NULLS FIRST')
        .addOrderBy('u.updated_at', 'DESC')
        .addOrderBy('u.id', 'DESC')
        .getMany();
    });
  }

  async draft(input: DraftClientUpdateInput): Promise<ClientUpdateEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId);
      if (e.phase === EngagementPhase.CLOSED)
        throw badInput('input.engagementId', 'the engagement is closed');
      const update = await em.save(
        em.create(ClientUpdateEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          ...texts(input),
          status: ClientUpdateStatus.DRAFT,
          authorId: actor.userId ?? '',
        }),
      );
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'client_update.drafted',
        targetType: 'ClientUpdate',
        targetId: update.id,
      });
      return update;
    });
  }

  async edit(input: EditClientUpdateInput): Promise<ClientUpdateEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const update = await lockRow(em, ClientUpdateEntity, input.id, 'Client update');
      checkVersion(update, input.expectedVersion, 'client update');
      if (update.status !== ClientUpdateStatus.DRAFT)
        throw badInput('input.id', 'a published update is on record; write a new one instead');
      Object.assign(update, texts(input, update));
      const saved = await em.save(update);
      await this.audit.record(em, actor, {
        organizationId: update.organizationId,
        action: 'client_update.edited',
        targetType: 'ClientUpdate',
        targetId: update.id,
      });
      return saved;
    });
  }

  /**
   * Publishes a draft to the client (incident commander or a provider admin), promises the next
   * update by `nextUpdateBy`, and tells the client's people in-app and live.
   */
  async publish(input: PublishClientUpdateInput): Promise<ClientUpdateEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const nextUpdateBy = instant('input.nextUpdateBy', input.nextUpdateBy);
    if (nextUpdateBy.getTime() <= Date.now())
      throw badInput(
        'input.nextUpdateBy',
        'must be in the future: when will the client hear from us next?',
      );
    return this.db.run(async (em) => {
      const update = await lockRow(em, ClientUpdateEntity, input.id, 'Client update');
      checkVersion(update, input.expectedVersion, 'client update');
      if (update.status !== ClientUpdateStatus.DRAFT)
        throw badInput('input.id', 'this update is already published');
      if (!update.whatWeKnow.trim())
        throw badInput('input.id', 'say what we know before publishing (whatWeKnow is empty)');
      const e = await this.access.engagement(em, update.engagementId, true);
      await this.access.requireCommander(em, actor, e.id);
      const now = new Date();
      update.status = ClientUpdateStatus.PUBLISHED;
      update.publishedAt = now;
      update.publishedById = actor.userId;
      update.nextUpdateBy = nextUpdateBy;
      const saved = await em.save(update);
      e.lastClientUpdateAt = now;
      e.nextUpdateDueAt = nextUpdateBy;
      const engagement = await em.save(EngagementEntity, e);
      // The live update goes out first: the bells' counts follow it.
      this.events.publish({
        kind: ActivityKind.CLIENT_UPDATE,
        engagementId: e.id,
        organizationId: e.organizationId,
        visibility: Visibility.CLIENT,
        audienceUserId: null,
        item: {
          id: saved.id,
          engagementId: saved.engagementId,
          ...texts(saved),
          status: saved.status,
          nextUpdateBy: saved.nextUpdateBy,
          authorName: null,
          publishedAt: saved.publishedAt,
          publishedByName: null,
          version: saved.version,
          updatedAt: saved.updatedAt,
        },
      });
      await this.sla.reconcile(e.id);
      this.events.engagementChanged(engagement);
      const readers = await em.find(UserEntity, {
        where: {
          organizationId: e.organizationId,
          role: In([...CLIENT_ROLES]),
          status: UserStatus.ACTIVE,
        },
        select: { id: true },
      });
      if (readers.length) {
        await em.insert(
          NotificationEntity,
          readers.map((u) => ({
            organizationId: e.organizationId,
            userId: u.id,
            kind: 'engagement.client_update',
            title: `${e.reference}: new status update`,
            body: saved.whatWeKnow.slice(0, 280),
            link: `/portal/incidents/${e.id}`,
            dedupeKey: `client-update:${saved.id}:${u.id}`,
          })),
        );
        this.notifications.publishCounts(readers.map((u) => u.id));
      }
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'client_update.published',
        targetType: 'ClientUpdate',
        targetId: saved.id,
        changes: { nextUpdateBy: nextUpdateBy.toISOString() },
      });
      return saved;
    });
  }
}

/** The four texts, trimmed; fields left out keep `current`'s. */
function texts(
  input: ClientUpdateFields,
  current?: Pick<ClientUpdateEntity, (typeof FIELDS)[number]>,
): Record<(typeof FIELDS)[number], string> {
  return Object.fromEntries(
    FIELDS.map((f) => [f, input[f]?.trim() ?? current?.[f] ?? '']),
  ) as Record<(typeof FIELDS)[number], string>;
}
