import { Inject, Injectable } from '@nestjs/common';
import { channel, LiveEvents, PUB_SUB, VIGIL_CONFIG, VigilConfig } from '@vigil/api/core';
import { EngagementEntity, TenantDb } from '@vigil/api/database';
import { EngagementChanges } from '@vigil/api/sla';
import { Visibility } from '@vigil/shared/domain';

export enum ActivityKind {
  ENGAGEMENT = 'ENGAGEMENT',
  TIMELINE_EVENT = 'TIMELINE_EVENT',
  CLIENT_UPDATE = 'CLIENT_UPDATE',
  TASK = 'TASK',
  /** A client-visible item made internal: clients drop it (the item is only its id). */
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * What travels over Redis to every api process when an engagement changes: the item as its
 * GraphQL type shows it (dates as ISO text), who may see it, and nothing a client may not read
 * (internal notes never ride along). Each subscriber's filter decides, by its own actor.
 */
export interface EngagementActivity {
  kind: ActivityKind;
  engagementId: string;
  organizationId: string;
  /** CLIENT: the client's people may see it; INTERNAL: provider staff only. */
  visibility: Visibility;
  /** Set when only this client user (and provider staff) may see it: a request for information. */
  audienceUserId: string | null;
  item: Record<string, unknown>;
}

export function engagementChannel(config: VigilConfig, engagementId: string): string {
  return channel(config, `engagement.${engagementId}`);
}

@Injectable()
export class EngagementEvents implements EngagementChanges {
  constructor(
    private readonly db: TenantDb,
    @Inject(PUB_SUB) private readonly pubSub: LiveEvents,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  /** Publishes once the current transaction has committed, so that subscribers can see it. */
  publish(activity: EngagementActivity): void {
    this.db.afterCommit(() =>
      this.pubSub.publish(engagementChannel(this.config, activity.engagementId), activity),
    );
  }

  /** Phase, severity, key times: what the client sees of the engagement itself. */
  engagementChanged(e: EngagementEntity): void {
    this.publish({
      kind: ActivityKind.ENGAGEMENT,
      engagementId: e.id,
      organizationId: e.organizationId,
      visibility: Visibility.CLIENT,
      audienceUserId: null,
      item: {
        id: e.id,
        title: e.title,
        severity: e.severity,
        phase: e.phase,
        version: e.version,
        acknowledgedAt: e.acknowledgedAt,
        containedAt: e.containedAt,
        recoveredAt: e.recoveredAt,
        closedAt: e.closedAt,
        lastClientUpdateAt: e.lastClientUpdateAt,
        nextUpdateDueAt: e.nextUpdateDueAt,
      },
    });
  }
}
