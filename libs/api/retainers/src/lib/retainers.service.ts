import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { Actor, badInput, conflict, forbidden, notFound, Page } from '@vigil/api/core';
import {
  keysetPage,
  LedgerEntryEntity,
  OrganizationEntity,
  RetainerEntity,
  TenantDb,
  uniqueViolation,
  UserEntity,
} from '@vigil/api/database';
import {
  DEFAULT_ALERT_THRESHOLDS,
  LedgerEntryKind,
  OrganizationKind,
  OrganizationStatus,
  RetainerStatus,
  Role,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import { CreateRetainerInput, UpdateRetainerInput } from './dto/retainer.types';
import { appendLedger, lockRetainer } from './ledger';
import { RetainerAlarmsService } from './retainer-alarms.service';

/** Provider admins manage every retainer; an account manager manages the ones they own. */
export function mayManage(
  actor: Actor,
  retainer: Pick<RetainerEntity, 'accountManagerId'>,
): boolean {
  return (
    actor.role === Role.PROVIDER_ADMIN ||
    (actor.role === Role.ACCOUNT_MANAGER && retainer.accountManagerId === actor.userId)
  );
}

@Injectable()
export class RetainersService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly alarms: RetainerAlarmsService,
  ) {}

  get(id: string): Promise<RetainerEntity> {
    return this.db.run(async (em) => {
      const retainer = await em.findOneBy(RetainerEntity, { id });
      if (!retainer) throw notFound('Retainer');
      return retainer;
    });
  }

  list(
    filter: { organizationId?: string; status?: RetainerStatus },
    first?: number | null,
    after?: string | null,
  ): Promise<Page<RetainerEntity>> {
    return this.db.run((em) => {
      const qb = em.createQueryBuilder(RetainerEntity, 'r');
      if (filter.organizationId)
        qb.andWhere('r.organization_id = :org', { org: filter.organizationId });
      if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
      return keysetPage(qb, {
        sort: 'r.termEnd',
        id: 'r.id',
        direction: 'ASC',
        cast: 'date',
        first,
        after,
      });
    });
  }

  create(input: CreateRetainerInput): Promise<RetainerEntity> {
    const actor = this.db.actor();
    if (input.termEnd < input.termStart)
      throw badInput('input.termEnd', 'must not be before input.termStart');
    if (input.minutesPurchased % 15 !== 0)
      throw badInput('input.minutesPurchased', 'must be whole quarter hours (a multiple of 15)');
    return this.db.run(async (em) => {
      const org = await em.findOneBy(OrganizationEntity, { id: input.organizationId });
      if (!org) throw notFound('Organisation');
      if (org.kind !== OrganizationKind.CLIENT)
        throw badInput('input.organizationId', 'retainers belong to client organisations');
      if (org.status !== OrganizationStatus.ACTIVE)
        throw badInput('input.organizationId', 'this organisation is offboarded');
      const accountManagerId = input.accountManagerId ?? actor.userId ?? '';
      const manager = await em.findOneBy(UserEntity, { id: accountManagerId });
      if (
        !manager ||
        (manager.role !== Role.ACCOUNT_MANAGER && manager.role !== Role.PROVIDER_ADMIN)
      ) {
        throw badInput('input.accountManagerId', 'must be an account manager or a provider admin');
      }
      if (actor.role === Role.ACCOUNT_MANAGER && accountManagerId !== actor.userId) {
        throw forbidden('An account manager creates retainers they own.');
      }
      let retainer: RetainerEntity;
      try {
        retainer = await em.transaction((inner) =>
          inner.save(
            inner.create(RetainerEntity, {
              organizationId: org.id,
              reference: input.reference.trim(),
              termStart: input.termStart,
              termEnd: input.termEnd,
              minutesPurchased: input.minutesPurchased,
              hourlyRateCents: input.hourlyRateCents,
              overageRateCents: input.overageRateCents,
              currency: input.currency,
              overagePolicy: input.overagePolicy,
              rolloverMaxMinutes: input.rolloverMaxMinutes ?? null,
              responseTier: input.responseTier.trim(),
              alertThresholds: [...new Set(input.alertThresholds ?? DEFAULT_ALERT_THRESHOLDS)].sort(
                (a, b) => a - b,
              ),
              accountManagerId,
              status: RetainerStatus.DRAFT,
              notes: input.notes ?? '',
            }),
          ),
        );
      } catch (e) {
        if (uniqueViolation(e) === 'uq_retainers_reference')
          throw conflict('input.reference', 'is already used by another retainer of this client');
        throw e;
      }
      await this.audit.record(em, actor, {
        organizationId: org.id,
        action: 'retainer.created',
        targetType: 'Retainer',
        targetId: retainer.id,
        changes: {
          reference: retainer.reference,
          minutesPurchased: retainer.minutesPurchased,
          termStart: retainer.termStart,
          termEnd: retainer.termEnd,
        },
      });
      return retainer;
    });
  }

  /** DRAFT → ACTIVE: writes the purchase to the ledger. At most one active retainer per client. */
  async activate(id: string): Promise<RetainerEntity> {
    const actor = this.db.actor();
    const retainer = await this.db.run(async (em) => {
      const retainer = await this.lockManageable(em, actor, id);
      if (retainer.status !== RetainerStatus.DRAFT)
        throw badInput(
          'id',
          `only a draft retainer can be activated; this one is ${retainer.status}`,
        );
      retainer.status = RetainerStatus.ACTIVE;
      try {
        await em.transaction((inner) =>
          inner.update(RetainerEntity, { id }, { status: RetainerStatus.ACTIVE }),
        );
      } catch (e) {
        if (uniqueViolation(e) === 'uq_retainers_one_active')
          throw conflict('id', 'this client already has an active retainer');
        throw e;
      }
      await appendLedger(em, retainer, LedgerEntryKind.PURCHASE, retainer.minutesPurchased, {
        actorUserId: actor.userId,
        reason: 'Hours purchased',
      });
      await this.audit.record(em, actor, {
        organizationId: retainer.organizationId,
        action: 'retainer.activated',
        targetType: 'Retainer',
        targetId: id,
      });
      return retainer;
    });
    await this.alarms.arm(retainer, await this.timeZoneOf(retainer.organizationId));
    return retainer;
  }

  /** Changes the term end, tier, thresholds or notes. Moving the term end moves its alarms. */
  async update(input: UpdateRetainerInput): Promise<RetainerEntity> {
    const actor = this.db.actor();
    let movedFrom: string | null = null;
    const retainer = await this.db.run(async (em) => {
      const current = await this.lockManageable(em, actor, input.id);
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
        throw conflict(
          'input.expectedVersion',
          `someone else changed this retainer (now version ${current.version}); reload and try again`,
        );
      }
      if (
        current.status === RetainerStatus.EXPIRED ||
        current.status === RetainerStatus.TERMINATED
      ) {
        throw badInput('input.id', `an ${current.status.toLowerCase()} retainer cannot be changed`);
      }
      const patch: Partial<RetainerEntity> = {};
      if (input.termEnd !== undefined && input.termEnd !== current.termEnd) {
        if (input.termEnd < current.termStart)
          throw badInput(
            'input.termEnd',
            `must not be before the term start (${current.termStart})`,
          );
        movedFrom = current.termEnd;
        patch.termEnd = input.termEnd;
      }
      if (input.responseTier !== undefined) patch.responseTier = input.responseTier.trim();
      if (input.notes !== undefined) patch.notes = input.notes;
      if (input.alertThresholds !== undefined)
        patch.alertThresholds = [...new Set(input.alertThresholds)].sort((a, b) => a - b);
      const changes = Object.fromEntries(
        Object.entries(patch).map(([k, v]) => [
          k,
          { from: (current as unknown as Record<string, unknown>)[k], to: v },
        ]),
      );
      Object.assign(current, patch);
      const saved = await em.save(current);
      await this.audit.record(em, actor, {
        organizationId: current.organizationId,
        action: 'retainer.updated',
        targetType: 'Retainer',
        targetId: current.id,
        changes,
      });
      return saved;
    });
    if (movedFrom && retainer.status === RetainerStatus.ACTIVE) {
      await this.alarms.disarm(retainer.id, movedFrom);
      await this.alarms.arm(retainer, await this.timeZoneOf(retainer.organizationId));
    }
    return retainer;
  }

  private timeZoneOf(organizationId: string): Promise<string> {
    return this.db.run(
      async (em) => (await em.findOneByOrFail(OrganizationEntity, { id: organizationId })).timeZone,
    );
  }

  /** A top-up buys more hours (credit); an adjustment corrects the balance either way and needs a reason. */
  credit(
    kind: LedgerEntryKind.TOP_UP | LedgerEntryKind.ADJUSTMENT,
    retainerId: string,
    minutes: number,
    reason: string | undefined,
  ): Promise<RetainerEntity> {
    const actor = this.db.actor();
    if (kind === LedgerEntryKind.TOP_UP && minutes <= 0)
      throw badInput('input.minutes', 'a top-up adds minutes: it must be positive');
    if (minutes % 15 !== 0)
      throw badInput('input.minutes', 'must be whole quarter hours (a multiple of 15)');
    if (kind === LedgerEntryKind.ADJUSTMENT && !reason?.trim())
      throw badInput('input.reason', 'is required for an adjustment');
    return this.db.run(async (em) => {
      const retainer = await this.lockManageable(em, actor, retainerId);
      if (retainer.status !== RetainerStatus.ACTIVE)
        throw badInput('input.retainerId', `the retainer is ${retainer.status}, not ACTIVE`);
      if (kind === LedgerEntryKind.TOP_UP) {
        retainer.minutesPurchased += minutes;
        await em.update(
          RetainerEntity,
          { id: retainer.id },
          { minutesPurchased: retainer.minutesPurchased },
        );
      }
      await appendLedger(em, retainer, kind, minutes, {
        actorUserId: actor.userId,
        reason: reason?.trim() ?? null,
      });
      await this.audit.record(em, actor, {
        organizationId: retainer.organizationId,
        action: kind === LedgerEntryKind.TOP_UP ? 'retainer.topped_up' : 'retainer.adjusted',
        targetType: 'Retainer',
        targetId: retainer.id,
        changes: { minutes, reason: reason ?? null },
      });
      return retainer;
    });
  }

  ledger(
    retainerId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<LedgerEntryEntity>> {
    return this.db.run(async (em) => {
      const retainer = await em.findOneBy(RetainerEntity, { id: retainerId });
      if (!retainer) throw notFound('Retainer');
      const qb = em
        .createQueryBuilder(LedgerEntryEntity, 'l')
        .where('l.retainer_id = :id', { id: retainerId });
      return keysetPage(qb, {
        sort: 'l.seq',
        id: 'l.id',
        direction: 'ASC',
        cast: 'bigint',
        first,
        after,
      });
    });
  }

  private async lockManageable(
    em: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<RetainerEntity> {
    const retainer = await lockRetainer(em, id);
    if (!retainer) throw notFound('Retainer');
    if (!mayManage(actor, retainer))
      throw forbidden('Only the retainer’s account manager or a provider admin can do this.');
    return retainer;
  }
}
