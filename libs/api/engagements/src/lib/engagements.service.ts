import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { SlaClockService } from '@vigil/api/sla';
import { badInput, conflict, forbidden, notFound, Page, SYSTEM_ACTOR } from '@vigil/api/core';
import {
  escapeLike,
  EngagementEntity,
  EngagementGateCheckEntity,
  EngagementMemberEntity,
  EngagementPhaseChangeEntity,
  EngagementSeverityChangeEntity,
  keysetPage,
  NotificationEntity,
  OrganizationEntity,
  RetainerEntity,
  TenantDb,
  uniqueViolation,
  UserEntity,
  UserStatus,
} from '@vigil/api/database';
import { NotificationsService } from '@vigil/api/retainers';
import {
  DeclaredVia,
  EngagementPhase,
  engagementReference,
  EngagementRole,
  gateItem,
  isProviderEngagementRole,
  isProviderRole,
  missingGateItems,
  nextPhase,
  OrganizationKind,
  OrganizationStatus,
  PHASE_LABELS,
  phaseIndex,
  ProviderEngagementRole,
  RetainerStatus,
  Role,
  Severity,
  timestampOrderProblem,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import {
  AddMemberInput,
  ChangeSeverityInput,
  DeclareEngagementInput,
  EngagementFilter,
  EngagementView,
  MovePhaseInput,
  SetGateItemInput,
  UpdateEngagementInput,
} from './dto/engagement.types';
import {
  checkVersion,
  EngagementAccess,
  isClient,
  optionalInstant,
  personForClient,
  requireProvider,
} from './engagement-access';
import { EngagementEvents } from './engagement-events';

/** Gate items whose check records one of the key timestamps. */
const TIMESTAMP_OF_ITEM: Record<string, 'containedAt' | 'recoveredAt'> = {
  'containment.confirmed': 'containedAt',
  'recovery.restored': 'recoveredAt',
};

@Injectable()
export class EngagementsService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: EngagementEvents,
    private readonly sla: SlaClockService,
  ) {}

  /**
   * Opens an engagement: provider staff for any client they are assigned to (they lead it unless
   * they name another commander, and it counts as acknowledged), or a client admin for their own
   * organisation through the portal. The account managers and the consultants on call for the
   * client are told in-app at once.
   */
  async declare(input: DeclareEngagementInput): Promise<EngagementEntity> {
    const actor = this.db.actor();
    const client = isClient(actor);
    if (client && actor.role !== Role.CLIENT_ADMIN)
      throw forbidden('Only a client admin can report an incident for the organisation.');
    const organizationId = client ? actor.organizationId : input.organizationId;
    if (!organizationId) throw badInput('input.organizationId', 'is required');
    if (client && input.organizationId && input.organizationId !== actor.organizationId)
      throw notFound('Organisation');
    if (client && input.commanderId)
      throw badInput('input.commanderId', 'the provider names the incident commander');
    const firstActivityAt = optionalInstant('input.firstActivityAt', input.firstActivityAt) ?? null;
    const detectedAt = optionalInstant('input.detectedAt', input.detectedAt) ?? null;
    const now = new Date();
    for (const [field, value] of [
      ['input.firstActivityAt', firstActivityAt],
      ['input.detectedAt', detectedAt],
    ] as const) {
      if (value && value.getTime() > now.getTime() + 60_000)
        throw badInput(field, 'must not be in the future');
    }
    const order = timestampOrderProblem({
      firstActivityAt,
      detectedAt,
      declaredAt: now,
      acknowledgedAt: null,
      containedAt: null,
      recoveredAt: null,
    });
    if (order) throw badInput(`input.${order[0]}`, `must not be before ${order[1]}`);
    const recipients = await this.declarationRecipients(organizationId);

    const engagement = await this.db.run(async (em) => {
      const org = await em.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org) throw notFound('Organisation');
      if (org.kind !== OrganizationKind.CLIENT)
        throw badInput('input.organizationId', 'engagements belong to client organisations');
      if (org.status !== OrganizationStatus.ACTIVE)
        throw badInput('input.organizationId', 'this organisation is offboarded');
      const retainerId = await this.retainerFor(em, org.id, input.retainerId);
      const commanderId = client ? null : (input.commanderId ?? actor.userId);
      if (commanderId)
        await this.checkMember(
          em,
          org.id,
          commanderId,
          ProviderEngagementRole.INCIDENT_COMMANDER,
          'input.commanderId',
        );
      // Numbers are per client: the advisory lock serialises two declarations for one client.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`engagement-number:${org.id}`]);
      const [{ next }] = (await em.query(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM engagements WHERE organization_id = $1',
        [org.id],
      )) as [{ next: number }];
      const saved = await em.save(
        em.create(EngagementEntity, {
          organizationId: org.id,
          retainerId,
          number: next,
          reference: engagementReference(next),
          title: input.title.trim(),
          incidentType: input.incidentType,
          severity: input.severity,
          phase: EngagementPhase.INTAKE,
          summary: input.summary?.trim() ?? '',
          internalNotes: '',
          firstActivityAt,
          detectedAt,
          declaredAt: now,
          acknowledgedAt: client ? null : now,
          declaredById: actor.userId,
          declaredVia: client ? DeclaredVia.CLIENT_PORTAL : DeclaredVia.PROVIDER,
        }),
      );
      await em.insert(EngagementSeverityChangeEntity, {
        organizationId: org.id,
        engagementId: saved.id,
        fromSeverity: null,
        toSeverity: saved.severity,
        reason: 'Declared',
        changedById: actor.userId,
      });
      await em.insert(EngagementPhaseChangeEntity, {
        organizationId: org.id,
        engagementId: saved.id,
        fromPhase: null,
        toPhase: EngagementPhase.INTAKE,
        reason: null,
        changedById: actor.userId,
      });
      if (commanderId) {
        await em.insert(EngagementMemberEntity, {
          organizationId: org.id,
          engagementId: saved.id,
          userId: commanderId,
          role: ProviderEngagementRole.INCIDENT_COMMANDER,
        });
      }
      const told = recipients.filter((id) => id !== actor.userId);
      if (told.length) {
        await em.insert(
          NotificationEntity,
          told.map((userId) => ({
            organizationId: org.id,
            userId,
            kind: 'engagement.declared',
            title: `${saved.severity} incident declared: ${org.name}`,
            body: `${saved.reference} ${saved.title} (${client ? 'reported through the portal' : 'declared by the provider'}).`,
            link: `/provider/engagements/${saved.id}`,
            dedupeKey: `engagement-declared:${saved.id}:${userId}`,
          })),
        );
        this.notifications.publishCounts(told);
      }
      await this.audit.record(em, actor, {
        organizationId: org.id,
        action: 'engagement.declared',
        targetType: 'Engagement',
        targetId: saved.id,
        changes: { reference: saved.reference, severity: saved.severity, title: saved.title },
      });
      await this.sla.reconcile(saved.id);
      return saved;
    });
    return engagement;
  }

  /**
   * Who hears of a new incident: the client's account managers (assigned, and the active
   * retainer's) and the consultants on call for it; when none is on call, every consultant
   * assigned to it, so that nobody misses it.
   */
  private async declarationRecipients(organizationId: string): Promise<string[]> {
    return this.db.run(async (em) => {
      const rows = (await em.query(
        `SELECT u.id, u.role::text AS role, a.on_call
         FROM organization_assignments a JOIN users u ON u.id = a.user_id
         WHERE a.organization_id = $1 AND u.status = $2
         UNION
         SELECT u.id, u.role::text, false FROM retainers r JOIN users u ON u.id = r.account_manager_id
         WHERE r.organization_id = $1 AND r.status = $3 AND u.status = $2`,
        [organizationId, UserStatus.ACTIVE, RetainerStatus.ACTIVE],
      )) as { id: string; role: Role; on_call: boolean }[];
      const managers = rows.filter(
        (r) => r.role === Role.ACCOUNT_MANAGER || r.role === Role.PROVIDER_ADMIN,
      );
      const consultants = rows.filter((r) => r.role === Role.CONSULTANT);
      const onCall = consultants.filter((r) => r.on_call);
      return [
        ...new Set([...managers, ...(onCall.length ? onCall : consultants)].map((r) => r.id)),
      ];
    }, SYSTEM_ACTOR);
  }

  private async retainerFor(
    em: EntityManager,
    organizationId: string,
    retainerId: string | undefined,
  ): Promise<string | null> {
    if (retainerId) {
      const r = await em.findOneBy(RetainerEntity, { id: retainerId, organizationId });
      if (!r) throw badInput('input.retainerId', 'is not a retainer of this client');
      return r.id;
    }
    const active = await em.findOneBy(RetainerEntity, {
      organizationId,
      status: RetainerStatus.ACTIVE,
    });
    return active?.id ?? null;
  }

  /** Provider roles go to provider staff who may see the client; client roles to its own people. */
  private async checkMember(
    em: EntityManager,
    organizationId: string,
    userId: string,
    role: EngagementRole,
    field: string,
  ): Promise<UserEntity> {
    const clientsOwn = `${role} is for the client’s own people`;
    const user = await personForClient(em, organizationId, userId, field, clientsOwn);
    const provider = isProviderRole(user.role);
    if (isProviderEngagementRole(role) !== provider) {
      throw badInput(
        field,
        provider ? clientsOwn : `${user.name} is a client user; ${role} is a provider role`,
      );
    }
    return user;
  }

  get(id: string): Promise<EngagementView> {
    return this.db.run(async (em) => {
      const [view] = await this.views(em, [await this.access.engagement(em, id)]);
      if (!view) throw notFound('Engagement');
      return view;
    });
  }

  list(
    filter: EngagementFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<EngagementView>> {
    return this.db.run((em) => this.query(em, filter, first, after));
  }

  private async query(
    em: EntityManager,
    filter: EngagementFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<EngagementView>> {
    const actor = this.db.actor();
    // The page is cut from engagements alone (the client is joined only to search its name), so
    // the open-engagements index serves the order and the count; the client's name and the
    // commander are then read for the rows shown.
    const qb = em.createQueryBuilder(EngagementEntity, 'e');
    if (filter.organizationId)
      qb.andWhere('e.organization_id = :org', { org: filter.organizationId });
    if (filter.phases?.length) qb.andWhere('e.phase IN (:...phases)', { phases: filter.phases });
    if (filter.severities?.length)
      qb.andWhere('e.severity IN (:...sev)', { sev: filter.severities });
    if (filter.open) qb.andWhere(`e.phase <> 'CLOSED'`);
    if (filter.updateOverdue) qb.andWhere(`e.phase <> 'CLOSED' AND e.next_update_due_at < now()`);
    if (filter.mine) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM engagement_members me WHERE me.engagement_id = e.id AND me.user_id = :me)',
        { me: actor.userId },
      );
    }
    const search = filter.search?.trim();
    if (search) {
      qb.innerJoin(OrganizationEntity, 'o', 'o.id = e.organization_id').andWhere(
        `(e.title ILIKE :q OR e.reference ILIKE :q OR o.name ILIKE :q)`,
        { q: `%${escapeLike(search)}%` },
      );
    }
    const page = await keysetPage(qb, {
      sort: 'e.declaredAt',
      id: 'e.id',
      direction: 'DESC',
      cast: 'timestamptz',
      first,
      after,
    });
    return { ...page, items: await this.views(em, page.items) };
  }

  /** The client's name and the incident commander of engagements already read. */
  private async views(em: EntityManager, rows: EngagementEntity[]): Promise<EngagementView[]> {
    const extras = rows.length
      ? ((await em.query(
          `SELECT e.id, o.name AS organization_name, c.user_id AS commander_id
           FROM engagements e JOIN organizations o ON o.id = e.organization_id
           LEFT JOIN engagement_members c ON c.engagement_id = e.id AND c.role = 'INCIDENT_COMMANDER'
           WHERE e.id = ANY($1::uuid[])`,
          [rows.map((e) => e.id)],
        )) as { id: string; organization_name: string; commander_id: string | null }[])
      : [];
    const byId = new Map(extras.map((x) => [x.id, x]));
    return rows.map((e) =>
      Object.assign(e, {
        organizationName: byId.get(e.id)?.organization_name ?? '',
        commanderId: byId.get(e.id)?.commander_id ?? null,
        commanderName: null,
      }),
    );
  }

  /** Open engagements by severity and phase, late client updates and untaken reports. */
  dashboard(): Promise<{
    open: { severity: Severity; phase: EngagementPhase; count: number }[];
    updateOverdue: number;
    unacknowledged: number;
  }> {
    return this.db.run(async (em) => {
      const open = (await em.query(
        `SELECT severity, phase, count(*)::int AS count FROM engagements
         WHERE phase <> 'CLOSED' GROUP BY severity, phase ORDER BY severity, phase`,
      )) as { severity: Severity; phase: EngagementPhase; count: number }[];
      const [totals] = (await em.query(
        `SELECT count(*) FILTER (WHERE next_update_due_at < now())::int AS overdue,
                count(*) FILTER (WHERE acknowledged_at IS NULL)::int AS unacknowledged
         FROM engagements WHERE phase <> 'CLOSED'`,
      )) as [{ overdue: number; unacknowledged: number }];
      return { open, updateOverdue: totals.overdue, unacknowledged: totals.unacknowledged };
    });
  }

  async update(input: UpdateEngagementInput): Promise<EngagementEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const firstActivityAt = optionalInstant('input.firstActivityAt', input.firstActivityAt);
    const detectedAt = optionalInstant('input.detectedAt', input.detectedAt);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.id, true);
      checkVersion(e, input.expectedVersion, 'engagement');
      const patch: Partial<EngagementEntity> = {};
      if (input.title !== undefined) patch.title = input.title.trim();
      if (input.incidentType !== undefined) patch.incidentType = input.incidentType;
      if (input.summary !== undefined) patch.summary = input.summary.trim();
      if (input.internalNotes !== undefined) patch.internalNotes = input.internalNotes;
      if (firstActivityAt !== undefined) patch.firstActivityAt = firstActivityAt;
      if (detectedAt !== undefined) patch.detectedAt = detectedAt;
      const next = { ...e, ...patch };
      const order = timestampOrderProblem(next);
      if (order) throw badInput(`input.${order[0]}`, `must not be before ${order[1]}`);
      const changes = Object.fromEntries(
        Object.entries(patch)
          .filter(([k]) => k !== 'internalNotes')
          .map(([k, v]) => [k, { from: (e as unknown as Record<string, unknown>)[k], to: v }]),
      );
      Object.assign(e, patch);
      const saved = await em.save(e);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'engagement.updated',
        targetType: 'Engagement',
        targetId: e.id,
        changes: {
          ...changes,
          ...(patch.internalNotes !== undefined ? { internalNotes: 'changed' } : {}),
        },
      });
      this.events.engagementChanged(saved);
      return saved;
    });
  }

  /** A provider team member takes the client's report: it counts as acknowledged now. */
  async acknowledge(id: string): Promise<EngagementEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, id, true);
      if (e.acknowledgedAt) return e;
      e.acknowledgedAt = new Date();
      if (!(await this.access.commanderId(em, e.id)) && actor.userId) {
        await this.checkMember(
          em,
          e.organizationId,
          actor.userId,
          ProviderEngagementRole.INCIDENT_COMMANDER,
          'id',
        );
        await em.insert(EngagementMemberEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          userId: actor.userId,
          role: ProviderEngagementRole.INCIDENT_COMMANDER,
        });
      }
      const saved = await em.save(e);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'engagement.acknowledged',
        targetType: 'Engagement',
        targetId: e.id,
      });
      await this.sla.reconcile(saved.id);
      this.events.engagementChanged(saved);
      return saved;
    });
  }

  async changeSeverity(input: ChangeSeverityInput): Promise<EngagementEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId, true);
      checkVersion(e, input.expectedVersion, 'engagement');
      if (e.severity === input.severity)
        throw badInput('input.severity', `is already ${e.severity}`);
      if (e.phase === EngagementPhase.CLOSED)
        throw badInput('input.engagementId', 'the engagement is closed');
      await em.insert(EngagementSeverityChangeEntity, {
        organizationId: e.organizationId,
        engagementId: e.id,
        fromSeverity: e.severity,
        toSeverity: input.severity,
        reason: input.reason.trim(),
        changedById: actor.userId,
      });
      const from = e.severity;
      e.severity = input.severity;
      const saved = await em.save(e);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'engagement.severity_changed',
        targetType: 'Engagement',
        targetId: e.id,
        changes: { severity: { from, to: input.severity }, reason: input.reason.trim() },
      });
      await this.sla.reconcile(saved.id);
      this.events.engagementChanged(saved);
      return saved;
    });
  }

  /** Checks or unchecks an item of the current phase's gate. */
  async setGateItem(input: SetGateItemInput): Promise<EngagementEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const item = gateItem(input.item);
    if (!item) throw badInput('input.item', 'is not a gate item');
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId, true);
      if (item.phase !== e.phase) {
        throw badInput(
          'input.item',
          `belongs to the ${PHASE_LABELS[item.phase]} gate; the engagement is in ${PHASE_LABELS[e.phase]}`,
        );
      }
      if (item.commanderOnly) await this.access.requireCommander(em, actor, e.id);
      const existing = await em.findOneBy(EngagementGateCheckEntity, {
        engagementId: e.id,
        item: item.key,
      });
      if (input.checked && !existing) {
        await em.insert(EngagementGateCheckEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          item: item.key,
          checkedById: actor.userId ?? '',
        });
        const stamp = TIMESTAMP_OF_ITEM[item.key];
        if (stamp && !e[stamp]) e[stamp] = new Date();
      } else if (!input.checked && existing) {
        await em.delete(EngagementGateCheckEntity, { id: existing.id });
      } else {
        return e;
      }
      const saved = await em.save(e);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: input.checked ? 'engagement.gate_checked' : 'engagement.gate_unchecked',
        targetType: 'Engagement',
        targetId: e.id,
        changes: { item: item.key },
      });
      this.events.engagementChanged(saved);
      return saved;
    });
  }

  async gateChecks(engagementId: string): Promise<EngagementGateCheckEntity[]> {
    return this.db.run((em) => em.find(EngagementGateCheckEntity, { where: { engagementId } }));
  }

  /**
   * Forward one phase at a time through its gate (every item checked; leaving intake also needs
   * an incident commander); back to any earlier phase with a reason.
   */
  async movePhase(input: MovePhaseInput): Promise<EngagementEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId, true);
      checkVersion(e, input.expectedVersion, 'engagement');
      const from = e.phase;
      const forward = phaseIndex(input.to) > phaseIndex(from);
      if (input.to === from)
        throw badInput('input.to', `the engagement is already in ${PHASE_LABELS[from]}`);
      if (forward) {
        if (input.to !== nextPhase(from)) {
          throw badInput(
            'input.to',
            `phases move forward one at a time: next is ${PHASE_LABELS[nextPhase(from) ?? from]}`,
          );
        }
        if (!(await this.access.commanderId(em, e.id)))
          throw badInput('input.to', 'name an incident commander first');
        const checked = await em.find(EngagementGateCheckEntity, { where: { engagementId: e.id } });
        const missing = missingGateItems(
          from,
          checked.map((c) => c.item),
        );
        if (missing.length) {
          throw badInput(
            'input.to',
            `the ${PHASE_LABELS[from]} gate is not done: ${missing.map((m) => m.label).join('; ')}`,
          );
        }
        if (input.to === EngagementPhase.CLOSED) e.closedAt = new Date();
      } else {
        if (!input.reason?.trim())
          throw badInput('input.reason', 'is required to move a phase back');
        if (from === EngagementPhase.CLOSED) e.closedAt = null;
      }
      e.phase = input.to;
      await em.insert(EngagementPhaseChangeEntity, {
        organizationId: e.organizationId,
        engagementId: e.id,
        fromPhase: from,
        toPhase: input.to,
        reason: input.reason?.trim() || null,
        changedById: actor.userId,
      });
      const saved = await em.save(e);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: forward ? 'engagement.phase_advanced' : 'engagement.phase_moved_back',
        targetType: 'Engagement',
        targetId: e.id,
        changes: {
          phase: { from, to: input.to },
          ...(input.reason ? { reason: input.reason.trim() } : {}),
        },
      });
      await this.sla.reconcile(saved.id);
      this.events.engagementChanged(saved);
      return saved;
    });
  }

  severityHistory(engagementId: string): Promise<EngagementSeverityChangeEntity[]> {
    return this.db.run((em) =>
      em.find(EngagementSeverityChangeEntity, {
        where: { engagementId },
        order: { changedAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  phaseHistory(engagementId: string): Promise<EngagementPhaseChangeEntity[]> {
    return this.db.run((em) =>
      em.find(EngagementPhaseChangeEntity, {
        where: { engagementId },
        order: { changedAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  members(engagementId: string): Promise<EngagementMemberEntity[]> {
    return this.db.run((em) =>
      em.find(EngagementMemberEntity, {
        where: { engagementId },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** Adds a person in a role; naming a new incident commander hands over from the old one. */
  async addMember(input: AddMemberInput): Promise<EngagementMemberEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId, true);
      await this.checkMember(em, e.organizationId, input.userId, input.role, 'input.userId');
      let handedOverFrom: string | null = null;
      if (input.role === ProviderEngagementRole.INCIDENT_COMMANDER) {
        const current = await em.findOneBy(EngagementMemberEntity, {
          engagementId: e.id,
          role: input.role,
        });
        if (current?.userId === input.userId) return current;
        if (current) {
          await this.access.requireCommander(em, actor, e.id);
          handedOverFrom = current.userId;
          await em.delete(EngagementMemberEntity, { id: current.id });
        }
      }
      let member: EngagementMemberEntity;
      try {
        member = await em.transaction((inner) =>
          inner.save(
            inner.create(EngagementMemberEntity, {
              organizationId: e.organizationId,
              engagementId: e.id,
              userId: input.userId,
              role: input.role,
            }),
          ),
        );
      } catch (err) {
        if (uniqueViolation(err))
          throw conflict('input.role', 'this person already has this role here');
        throw err;
      }
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'engagement.member_added',
        targetType: 'Engagement',
        targetId: e.id,
        changes: {
          userId: input.userId,
          role: input.role,
          ...(handedOverFrom ? { handedOverFrom } : {}),
        },
      });
      this.events.engagementChanged(e);
      return member;
    });
  }

  async removeMember(id: string): Promise<boolean> {
    const actor = this.db.actor();
    requireProvider(actor);
    return this.db.run(async (em) => {
      const member = await em.findOneBy(EngagementMemberEntity, { id });
      if (!member) throw notFound('Team member');
      if (member.role === ProviderEngagementRole.INCIDENT_COMMANDER)
        throw badInput('id', 'name another incident commander first; an engagement always has one');
      await em.delete(EngagementMemberEntity, { id });
      await this.audit.record(em, actor, {
        organizationId: member.organizationId,
        action: 'engagement.member_removed',
        targetType: 'Engagement',
        targetId: member.engagementId,
        changes: { userId: member.userId, role: member.role },
      });
      return true;
    });
  }
}
