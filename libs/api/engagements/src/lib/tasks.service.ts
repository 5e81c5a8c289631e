import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { SlaClockService } from '@vigil/api/sla';
import { badInput, notFound } from '@vigil/api/core';
import {
  EngagementEntity,
  EngagementTaskEntity,
  NotificationEntity,
  TenantDb,
  UserEntity,
} from '@vigil/api/database';
import { NotificationsService } from '@vigil/api/retainers';
import {
  EngagementPhase,
  isClientRole,
  TaskPriority,
  TaskStatus,
  Visibility,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import { AnswerTaskInput, CreateTaskInput, UpdateTaskInput } from './dto/work.types';
import {
  checkVersion,
  EngagementAccess,
  isClient,
  lockRow,
  optionalInstant,
  personForClient,
  requireProvider,
} from './engagement-access';
import { ActivityKind, EngagementEvents } from './engagement-events';

const OPEN_STATUSES = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED];

/**
 * The engagement's tasks. Given to a client user, a task is a request for information: they see
 * it (and only their own) in the portal and answer it there.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
    private readonly events: EngagementEvents,
    private readonly notifications: NotificationsService,
    private readonly sla: SlaClockService,
  ) {}

  /** Open ones first, then by due time; a client user gets only those given to them. */
  list(engagementId: string): Promise<EngagementTaskEntity[]> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      return em
        .createQueryBuilder(EngagementTaskEntity, 't')
        .where('t.engagement_id = :engagementId', { engagementId })
        .orderBy(`CASE WHEN t.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED') THEN 0 ELSE 1 END`)
        .addOrderBy('t.due_at', 'ASC', 'NULLS LAST')
        .addOrderBy('t.created_at', 'ASC')
        .getMany();
    });
  }

  /** The signed-in person's open requests and tasks, across engagements, by due time. */
  mine(): Promise<EngagementTaskEntity[]> {
    const actor = this.db.actor();
    return this.db.run((em) =>
      em
        .createQueryBuilder(EngagementTaskEntity, 't')
        .where('t.owner_id = :me', { me: actor.userId })
        .andWhere('t.status IN (:...open)', { open: OPEN_STATUSES })
        .orderBy('t.due_at', 'ASC', 'NULLS LAST')
        .addOrderBy('t.created_at', 'ASC')
        .limit(200)
        .getMany(),
    );
  }

  async create(input: CreateTaskInput): Promise<EngagementTaskEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const dueAt = optionalInstant('input.dueAt', input.dueAt) ?? null;
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId);
      if (e.phase === EngagementPhase.CLOSED)
        throw badInput('input.engagementId', 'the engagement is closed');
      const owner = input.ownerId ? await this.owner(em, e, input.ownerId) : null;
      const task = await em.save(
        em.create(EngagementTaskEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          title: input.title.trim(),
          details: input.details?.trim() ?? '',
          ownerId: owner?.id ?? null,
          requestForInformation: owner !== null && isClientRole(owner.role),
          blocking: input.blocking ?? false,
          phase: input.phase ?? e.phase,
          priority: input.priority ?? TaskPriority.MEDIUM,
          dueAt,
          status: TaskStatus.OPEN,
          createdById: actor.userId ?? '',
        }),
      );
      if (owner && owner.id !== actor.userId) await this.tell(em, e, task, owner.id);
      if (task.requestForInformation) await this.sla.reconcile(e.id);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: task.requestForInformation ? 'task.requested' : 'task.created',
        targetType: 'EngagementTask',
        targetId: task.id,
        changes: { title: task.title, ownerId: task.ownerId },
      });
      this.announce(task);
      return task;
    });
  }

  async update(input: UpdateTaskInput): Promise<EngagementTaskEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const dueAt = optionalInstant('input.dueAt', input.dueAt);
    return this.db.run(async (em) => {
      const task = await lockRow(em, EngagementTaskEntity, input.id, 'Task');
      checkVersion(task, input.expectedVersion, 'task');
      const e = await this.access.engagement(em, task.engagementId);
      const before = { status: task.status, ownerId: task.ownerId };
      if (input.ownerId !== undefined && input.ownerId !== task.ownerId) {
        const owner = await this.owner(em, e, input.ownerId);
        task.ownerId = owner.id;
        task.requestForInformation = isClientRole(owner.role);
        if (owner.id !== actor.userId) await this.tell(em, e, task, owner.id);
      }
      if (input.title !== undefined) task.title = input.title.trim();
      if (input.details !== undefined) task.details = input.details.trim();
      if (input.priority !== undefined) task.priority = input.priority;
      if (dueAt !== undefined) task.dueAt = dueAt;
      if (input.blocking !== undefined) task.blocking = input.blocking;
      if (input.status !== undefined) task.status = input.status;
      const saved = await em.save(task);
      if (saved.requestForInformation) await this.sla.reconcile(e.id);
      await this.audit.record(em, actor, {
        organizationId: task.organizationId,
        action: 'task.updated',
        targetType: 'EngagementTask',
        targetId: task.id,
        changes: {
          ...(before.status !== saved.status
            ? { status: { from: before.status, to: saved.status } }
            : {}),
          ...(before.ownerId !== saved.ownerId
            ? { ownerId: { from: before.ownerId, to: saved.ownerId } }
            : {}),
        },
      });
      this.announce(saved);
      return saved;
    });
  }

  /** The owner answers (a client user, their request for information) and the task is done. */
  async answer(input: AnswerTaskInput): Promise<EngagementTaskEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const task = await lockRow(em, EngagementTaskEntity, input.id, 'Task');
      if (isClient(actor) && task.ownerId !== actor.userId) throw notFound('Task');
      checkVersion(task, input.expectedVersion, 'task');
      if (!OPEN_STATUSES.includes(task.status))
        throw badInput(
          'input.id',
          `this task is ${task.status.toLowerCase()}; it takes no more answers`,
        );
      task.answer = input.answer.trim();
      task.answeredAt = new Date();
      task.answeredById = actor.userId;
      task.status = TaskStatus.DONE;
      const saved = await em.save(task);
      if (saved.requestForInformation) await this.sla.reconcile(task.engagementId);
      await this.audit.record(em, actor, {
        organizationId: task.organizationId,
        action: 'task.answered',
        targetType: 'EngagementTask',
        targetId: task.id,
      });
      this.announce(saved);
      return saved;
    });
  }

  /** The owner must be on the provider's side and see the client, or one of the client's people. */
  private owner(em: EntityManager, e: EngagementEntity, userId: string): Promise<UserEntity> {
    return personForClient(
      em,
      e.organizationId,
      userId,
      'input.ownerId',
      'a request for information goes to the client’s own people',
    );
  }

  private async tell(
    em: EntityManager,
    e: EngagementEntity,
    task: EngagementTaskEntity,
    userId: string,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        organizationId: e.organizationId,
        userId,
        kind: task.requestForInformation ? 'engagement.request' : 'engagement.task',
        title: `${e.reference}: ${task.requestForInformation ? 'we need information from you' : 'a task for you'}`,
        body: task.title,
        link: task.requestForInformation
          ? `/portal/incidents/${e.id}`
          : `/provider/engagements/${e.id}`,
        dedupeKey: `task:${task.id}:${userId}`,
      })
      .orIgnore()
      .execute();
    this.notifications.publishCounts([userId]);
  }

  /** Provider staff see every task; a client user only the requests given to them. */
  private announce(task: EngagementTaskEntity): void {
    this.events.publish({
      kind: ActivityKind.TASK,
      engagementId: task.engagementId,
      organizationId: task.organizationId,
      visibility: task.requestForInformation ? Visibility.CLIENT : Visibility.INTERNAL,
      audienceUserId: task.requestForInformation ? task.ownerId : null,
      item: {
        id: task.id,
        engagementId: task.engagementId,
        title: task.title,
        details: task.details,
        ownerId: task.ownerId,
        ownerName: null,
        requestForInformation: task.requestForInformation,
        blocking: task.blocking,
        phase: task.phase,
        priority: task.priority,
        dueAt: task.dueAt,
        status: task.status,
        answer: task.answer,
        answeredAt: task.answeredAt,
        answeredByName: null,
        version: task.version,
        updatedAt: task.updatedAt,
      },
    });
  }
}
