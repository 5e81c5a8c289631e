import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { SlaClockService } from '@vigil/api/sla';
import { badInput, Page } from '@vigil/api/core';
import {
  IndicatorEntity,
  keysetPage,
  ScopeAssetEntity,
  TenantDb,
  TimelineEventAssetEntity,
  TimelineEventEntity,
  TimelineEventIndicatorEntity,
} from '@vigil/api/database';
import { csvDocument, EngagementPhase, isIanaTimeZone, Visibility } from '@vigil/shared/domain';
import { EntityManager, In } from 'typeorm';
import { AddTimelineEventInput, UpdateTimelineEventInput } from './dto/work.types';
import {
  checkVersion,
  EngagementAccess,
  instant,
  lockRow,
  requireProvider,
} from './engagement-access';
import { ActivityKind, EngagementEvents } from './engagement-events';

export interface TimelineLinks {
  indicatorIds: string[];
  assetIds: string[];
}

/** The reconstructed timeline: events in the order they happened, whenever they were recorded. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
    private readonly events: EngagementEvents,
    private readonly sla: SlaClockService,
  ) {}

  page(
    engagementId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<TimelineEventEntity> & { links: Map<string, TimelineLinks> }> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      const qb = em
        .createQueryBuilder(TimelineEventEntity, 't')
        .where('t.engagement_id = :engagementId', { engagementId });
      const page = await keysetPage(qb, {
        sort: 't.occurredAt',
        id: 't.id',
        direction: 'ASC',
        cast: 'timestamptz',
        first,
        after,
      });
      return {
        ...page,
        links: await this.links(
          em,
          page.items.map((e) => e.id),
        ),
      };
    });
  }

  /** Links of the events; a client user sees none (row-level security hides the link tables). */
  async links(em: EntityManager, eventIds: string[]): Promise<Map<string, TimelineLinks>> {
    const map = new Map<string, TimelineLinks>(
      eventIds.map((id) => [id, { indicatorIds: [], assetIds: [] }]),
    );
    if (!eventIds.length) return map;
    // One after the other: a transaction is one connection, which runs one statement at a time.
    const indicators = await em.find(TimelineEventIndicatorEntity, {
      where: { eventId: In(eventIds) },
    });
    const assets = await em.find(TimelineEventAssetEntity, { where: { eventId: In(eventIds) } });
    for (const l of indicators) map.get(l.eventId)?.indicatorIds.push(l.indicatorId);
    for (const l of assets) map.get(l.eventId)?.assetIds.push(l.assetId);
    return map;
  }

  /** The whole timeline as CSV, in the order things happened. */
  csv(engagementId: string): Promise<string> {
    return this.db
      .run(async (em) => {
        const e = await this.access.engagement(em, engagementId);
        const rows = await em.find(TimelineEventEntity, {
          where: { engagementId },
          order: { occurredAt: 'ASC', id: 'ASC' },
        });
        return { e, rows };
      })
      .then(async ({ e, rows }) => {
        const who = await this.access.names(rows.map((r) => r.createdById));
        return csvDocument(
          [
            'Engagement',
            'Occurred (UTC)',
            'Occurred (local)',
            'Time zone',
            'Kind',
            'Description',
            'Source',
            'Visibility',
            'Recorded (UTC)',
            'Recorded by',
          ],
          rows.map((r) => [
            e.reference,
            r.occurredAt.toISOString(),
            localTime(r.occurredAt, r.occurredTimeZone),
            r.occurredTimeZone,
            r.kind,
            r.description,
            r.source,
            r.visibility,
            r.createdAt.toISOString(),
            who.get(r.createdById) ?? '',
          ]),
        );
      });
  }

  async add(input: AddTimelineEventInput): Promise<TimelineEventEntity> {
    const actor = this.db.actor();
    requireProvider(actor);
    const occurredAt = this.occurred('input.occurredAt', input.occurredAt);
    this.zone('input.occurredTimeZone', input.occurredTimeZone);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId);
      if (e.phase === EngagementPhase.CLOSED)
        throw badInput('input.engagementId', 'the engagement is closed; reopen it to add events');
      const event = await em.save(
        em.create(TimelineEventEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          occurredAt,
          occurredTimeZone: input.occurredTimeZone,
          kind: input.kind,
          description: input.description.trim(),
          source: input.source?.trim() ?? '',
          visibility: input.visibility ?? Visibility.INTERNAL,
          createdById: actor.userId ?? '',
        }),
      );
      await this.link(em, event, input.indicatorIds ?? [], input.assetIds ?? []);
      if (!e.responderEngagedAt) {
        // The team's first recorded action is when the first responder engaged. A fact the
        // system records, not an edit: the version others are editing stays as it is.
        await em.query(
          'UPDATE engagements SET responder_engaged_at = now() WHERE id = $1 AND responder_engaged_at IS NULL',
          [e.id],
        );
        await this.sla.reconcile(e.id);
      }
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'timeline_event.added',
        targetType: 'TimelineEvent',
        targetId: event.id,
        changes: { kind: event.kind, visibility: event.visibility },
      });
      this.announce(event, input.indicatorIds ?? [], input.assetIds ?? []);
      return event;
    });
  }

  async update(
    input: UpdateTimelineEventInput,
  ): Promise<{ event: TimelineEventEntity; links: TimelineLinks }> {
    const actor = this.db.actor();
    requireProvider(actor);
    const occurredAt =
      input.occurredAt !== undefined
        ? this.occurred('input.occurredAt', input.occurredAt)
        : undefined;
    if (input.occurredTimeZone !== undefined)
      this.zone('input.occurredTimeZone', input.occurredTimeZone);
    return this.db.run(async (em) => {
      const event = await lockRow(em, TimelineEventEntity, input.id, 'Timeline event');
      checkVersion(event, input.expectedVersion, 'timeline event');
      const before = { visibility: event.visibility, kind: event.kind };
      const withdrawn =
        before.visibility === Visibility.CLIENT && input.visibility === Visibility.INTERNAL;
      if (occurredAt) event.occurredAt = occurredAt;
      if (input.occurredTimeZone !== undefined) event.occurredTimeZone = input.occurredTimeZone;
      if (input.kind !== undefined) event.kind = input.kind;
      if (input.description !== undefined) event.description = input.description.trim();
      if (input.source !== undefined) event.source = input.source.trim();
      if (input.visibility !== undefined) event.visibility = input.visibility;
      const saved = await em.save(event);
      let links = (await this.links(em, [event.id])).get(event.id) ?? {
        indicatorIds: [],
        assetIds: [],
      };
      if (input.indicatorIds !== undefined || input.assetIds !== undefined) {
        links = {
          indicatorIds: [...new Set(input.indicatorIds ?? links.indicatorIds)],
          assetIds: [...new Set(input.assetIds ?? links.assetIds)],
        };
        await em.delete(TimelineEventIndicatorEntity, { eventId: event.id });
        await em.delete(TimelineEventAssetEntity, { eventId: event.id });
        await this.link(em, event, links.indicatorIds, links.assetIds);
      }
      await this.audit.record(em, actor, {
        organizationId: event.organizationId,
        action: 'timeline_event.updated',
        targetType: 'TimelineEvent',
        targetId: event.id,
        changes: {
          ...(before.visibility !== saved.visibility
            ? { visibility: { from: before.visibility, to: saved.visibility } }
            : {}),
          ...(before.kind !== saved.kind ? { kind: { from: before.kind, to: saved.kind } } : {}),
        },
      });
      this.announce(saved, links.indicatorIds, links.assetIds);
      if (withdrawn) {
        // Clients who saw it are told to drop it; the item carries nothing but its id.
        this.events.publish({
          kind: ActivityKind.WITHDRAWN,
          engagementId: saved.engagementId,
          organizationId: saved.organizationId,
          visibility: Visibility.CLIENT,
          audienceUserId: null,
          item: { id: saved.id },
        });
      }
      return { event: saved, links };
    });
  }

  private occurred(field: string, value: string): Date {
    const at = instant(field, value);
    if (at.getTime() > Date.now() + 5 * 60_000) throw badInput(field, 'must not be in the future');
    return at;
  }

  private zone(field: string, value: string): void {
    if (!isIanaTimeZone(value))
      throw badInput(field, 'must be an IANA time zone such as Europe/Berlin');
  }

  /** Links an event to indicators and assets of the same engagement. */
  private async link(
    em: EntityManager,
    event: TimelineEventEntity,
    indicatorIds: string[],
    assetIds: string[],
  ): Promise<void> {
    const ind = [...new Set(indicatorIds)];
    const ast = [...new Set(assetIds)];
    if (ind.length) {
      const found = await em.countBy(IndicatorEntity, {
        id: In(ind),
        engagementId: event.engagementId,
      });
      if (found !== ind.length)
        throw badInput('input.indicatorIds', 'must be indicators of this engagement');
      await em.insert(
        TimelineEventIndicatorEntity,
        ind.map((indicatorId) => ({
          eventId: event.id,
          indicatorId,
          organizationId: event.organizationId,
        })),
      );
    }
    if (ast.length) {
      const found = await em.countBy(ScopeAssetEntity, {
        id: In(ast),
        engagementId: event.engagementId,
      });
      if (found !== ast.length)
        throw badInput('input.assetIds', 'must be affected assets of this engagement');
      await em.insert(
        TimelineEventAssetEntity,
        ast.map((assetId) => ({
          eventId: event.id,
          assetId,
          organizationId: event.organizationId,
        })),
      );
    }
  }

  /** Tells subscribers allowed to see it. */
  private announce(event: TimelineEventEntity, indicatorIds: string[], assetIds: string[]): void {
    const client = event.visibility === Visibility.CLIENT;
    this.events.publish({
      kind: ActivityKind.TIMELINE_EVENT,
      engagementId: event.engagementId,
      organizationId: event.organizationId,
      visibility: event.visibility,
      audienceUserId: null,
      item: {
        id: event.id,
        engagementId: event.engagementId,
        occurredAt: event.occurredAt,
        occurredTimeZone: event.occurredTimeZone,
        recordedAt: event.createdAt,
        kind: event.kind,
        description: event.description,
        source: event.source,
        visibility: event.visibility,
        recordedByName: null,
        indicatorIds: client ? [] : indicatorIds,
        assetIds: client ? [] : assetIds,
        version: event.version,
      },
    });
  }
}

/** "2026-03-01 09:14" in the zone the event was observed in. */
function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}
