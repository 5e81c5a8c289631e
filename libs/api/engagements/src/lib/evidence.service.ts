import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { badInput } from '@vigil/api/core';
import {
  CustodyTransferEntity,
  EvidenceItemEntity,
  IndicatorEntity,
  TenantDb,
  TimelineEventEntity,
  TimelineEventIndicatorEntity,
} from '@vigil/api/database';
import {
  IndicatorType,
  indicatorsCsv,
  normalizeIndicator,
  stixBundle,
  StixBundle,
  TlpMarking,
} from '@vigil/shared/domain';
import { EntityManager, In } from 'typeorm';
import { AddEvidenceInput, AddIndicatorInput, TransferCustodyInput } from './dto/evidence.types';
import {
  checkVersion,
  EngagementAccess,
  instant,
  lockRow,
  optionalInstant,
  requireProvider,
} from './engagement-access';

/**
 * Indicators of compromise and evidence: the provider team's working material. Client users may
 * ask (NOT_FOUND for engagements they cannot open) and always get nothing: row-level security
 * hides these tables from them.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
  ) {}

  /** The engagement's indicators; a client user gets none (row-level security hides them). */
  indicators(engagementId: string): Promise<IndicatorEntity[]> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      return em.find(IndicatorEntity, {
        where: { engagementId },
        order: { type: 'ASC', value: 'ASC' },
      });
    });
  }

  /**
   * Records an indicator, validated and normalised for its type. One already recorded for the
   * engagement (the same type and normalised value) takes the new sighting instead: first seen
   * moves earlier, last seen later, the stricter TLP wins, and the timeline links add up.
   */
  async addIndicator(
    input: AddIndicatorInput,
  ): Promise<{ indicator: IndicatorEntity; merged: boolean }> {
    const actor = this.db.actor();
    requireProvider(actor);
    const normal = normalizeIndicator(input.type, input.value);
    if (!normal.ok) throw badInput('input.value', normal.problem);
    const firstSeen = optionalInstant('input.firstSeen', input.firstSeen) ?? null;
    const lastSeen = optionalInstant('input.lastSeen', input.lastSeen) ?? null;
    if (firstSeen && lastSeen && lastSeen < firstSeen)
      throw badInput('input.lastSeen', 'must not be before input.firstSeen');
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId);
      // One writer per engagement and value: two analysts pasting the same IP merge, not collide.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `indicator:${e.id}:${input.type}:${normal.value}`,
      ]);
      const existing = await em.findOneBy(IndicatorEntity, {
        engagementId: e.id,
        type: input.type,
        value: normal.value,
      });
      let indicator: IndicatorEntity;
      if (existing) {
        existing.firstSeen = earliest(existing.firstSeen, firstSeen);
        existing.lastSeen = latest(existing.lastSeen, lastSeen);
        existing.tlp = stricter(existing.tlp, input.tlp ?? existing.tlp);
        const note = input.description?.trim();
        if (note && !existing.description.includes(note))
          existing.description = existing.description ? `${existing.description}\n${note}` : note;
        indicator = await em.save(existing);
      } else {
        indicator = await em.save(
          em.create(IndicatorEntity, {
            organizationId: e.organizationId,
            engagementId: e.id,
            type: input.type,
            value: normal.value,
            tlp: input.tlp ?? TlpMarking.AMBER,
            firstSeen,
            lastSeen,
            description: input.description?.trim() ?? '',
            createdById: actor.userId ?? '',
          }),
        );
      }
      await this.linkEvents(em, indicator, input.timelineEventIds ?? []);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: existing ? 'indicator.merged' : 'indicator.added',
        targetType: 'Indicator',
        targetId: indicator.id,
        changes: { type: indicator.type, value: indicator.value },
      });
      return { indicator, merged: Boolean(existing) };
    });
  }

  private async linkEvents(
    em: EntityManager,
    indicator: IndicatorEntity,
    eventIds: string[],
  ): Promise<void> {
    const ids = [...new Set(eventIds)];
    if (!ids.length) return;
    const found = await em.countBy(TimelineEventEntity, {
      id: In(ids),
      engagementId: indicator.engagementId,
    });
    if (found !== ids.length)
      throw badInput('input.timelineEventIds', 'must be events of this engagement');
    await em
      .createQueryBuilder()
      .insert()
      .into(TimelineEventIndicatorEntity)
      .values(
        ids.map((eventId) => ({
          eventId,
          indicatorId: indicator.id,
          organizationId: indicator.organizationId,
        })),
      )
      .orIgnore()
      .execute();
  }

  async indicatorsCsv(engagementId: string): Promise<string> {
    return indicatorsCsv(await this.indicators(engagementId));
  }

  /** A STIX 2.1 bundle of the engagement's indicators, with their TLP markings. */
  async indicatorsStix(engagementId: string): Promise<StixBundle> {
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, engagementId);
      const rows = await em.find(IndicatorEntity, {
        where: { engagementId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return stixBundle({
        engagementReference: `${e.organizationId}/${e.reference}`,
        producedAt: new Date(),
        indicators: rows.map((i) => ({
          id: i.id,
          type: i.type,
          value: i.value,
          tlp: i.tlp,
          firstSeen: i.firstSeen,
          lastSeen: i.lastSeen,
          description: i.description || null,
          createdAt: i.createdAt,
          updatedAt: i.updatedAt,
        })),
      });
    });
  }

  evidence(
    engagementId: string,
  ): Promise<{ items: EvidenceItemEntity[]; custody: Map<string, CustodyTransferEntity[]> }> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      const items = await em.find(EvidenceItemEntity, {
        where: { engagementId },
        order: { itemNumber: 'ASC' },
      });
      return {
        items,
        custody: await this.custody(
          em,
          items.map((i) => i.id),
        ),
      };
    });
  }

  private async custody(
    em: EntityManager,
    ids: string[],
  ): Promise<Map<string, CustodyTransferEntity[]>> {
    const map = new Map<string, CustodyTransferEntity[]>(ids.map((id) => [id, []]));
    if (!ids.length) return map;
    const rows = await em.find(CustodyTransferEntity, {
      where: { evidenceId: In(ids) },
      order: { transferredAt: 'ASC', recordedAt: 'ASC' },
    });
    for (const t of rows) map.get(t.evidenceId)?.push(t);
    return map;
  }

  async addEvidence(input: AddEvidenceInput): Promise<EvidenceItemEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const collectedAt = instant('input.collectedAt', input.collectedAt);
    let sha256: string | null = null;
    if (input.sha256?.trim()) {
      const hash = normalizeIndicator(IndicatorType.SHA256, input.sha256);
      if (!hash.ok) throw badInput('input.sha256', hash.problem);
      sha256 = hash.value;
    }
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId, true);
      const [{ next }] = (await em.query(
        'SELECT coalesce(max(item_number), 0) + 1 AS next FROM evidence_items WHERE engagement_id = $1',
        [e.id],
      )) as [{ next: number }];
      const item = await em.save(
        em.create(EvidenceItemEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          itemNumber: next,
          description: input.description.trim(),
          source: input.source.trim(),
          collectedBy: input.collectedBy.trim(),
          collectedAt,
          sha256,
          storageLocation: input.storageLocation.trim(),
          custodian: input.collectedBy.trim(),
          createdById: actor.userId ?? '',
        }),
      );
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'evidence.collected',
        targetType: 'EvidenceItem',
        targetId: item.id,
        changes: { itemNumber: item.itemNumber, sha256 },
      });
      return item;
    });
  }

  /** Hands a piece of evidence over: a new line in its chain of custody, which is never rewritten. */
  async transfer(
    input: TransferCustodyInput,
  ): Promise<{ item: EvidenceItemEntity; custody: CustodyTransferEntity[] }> {
    const actor = this.db.actor();
    requireProvider(actor);
    const transferredAt = instant('input.transferredAt', input.transferredAt);
    if (transferredAt.getTime() > Date.now() + 5 * 60_000)
      throw badInput('input.transferredAt', 'must not be in the future');
    return this.db.run(async (em) => {
      const item = await lockRow(em, EvidenceItemEntity, input.evidenceId, 'Evidence item');
      checkVersion(item, input.expectedVersion, 'evidence item');
      const last = (await this.custody(em, [item.id])).get(item.id)?.at(-1);
      const since = last?.transferredAt ?? item.collectedAt;
      if (transferredAt < since)
        throw badInput(
          'input.transferredAt',
          `must not be before the last hand-over (${since.toISOString()})`,
        );
      if (input.toParty.trim() === item.custodian)
        throw badInput('input.toParty', `${item.custodian} already holds it`);
      await em.insert(CustodyTransferEntity, {
        organizationId: item.organizationId,
        evidenceId: item.id,
        fromParty: item.custodian,
        toParty: input.toParty.trim(),
        transferredAt,
        purpose: input.purpose.trim(),
        recordedById: actor.userId ?? '',
      });
      item.custodian = input.toParty.trim();
      if (input.storageLocation?.trim()) item.storageLocation = input.storageLocation.trim();
      const saved = await em.save(item);
      await this.audit.record(em, actor, {
        organizationId: item.organizationId,
        action: 'evidence.transferred',
        targetType: 'EvidenceItem',
        targetId: item.id,
        changes: { to: item.custodian, purpose: input.purpose.trim() },
      });
      return { item: saved, custody: (await this.custody(em, [item.id])).get(item.id) ?? [] };
    });
  }
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function latest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

const TLP_ORDER = [
  TlpMarking.CLEAR,
  TlpMarking.GREEN,
  TlpMarking.AMBER,
  TlpMarking.AMBER_STRICT,
  TlpMarking.RED,
];

/** The more restrictive of two markings. */
function stricter(a: TlpMarking, b: TlpMarking): TlpMarking {
  return TLP_ORDER.indexOf(a) >= TLP_ORDER.indexOf(b) ? a : b;
}
