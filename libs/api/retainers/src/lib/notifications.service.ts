import { Inject, Injectable } from '@nestjs/common';
import {
  channel,
  LiveEvents,
  notFound,
  Page,
  PUB_SUB,
  SYSTEM_ACTOR,
  VIGIL_CONFIG,
  VigilConfig,
} from '@vigil/api/core';
import {
  keysetPage,
  NotificationEntity,
  RetainerEntity,
  TenantDb,
  UserEntity,
} from '@vigil/api/database';
import { crossedThresholds, formatHours, Role } from '@vigil/shared/domain';
import { EntityManager, In, IsNull } from 'typeorm';

export interface UnreadCountEvent {
  unreadNotificationCount: number;
}

export function unreadChannel(config: VigilConfig, userId: string): string {
  return channel(config, `notifications.${userId}`);
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDb,
    @Inject(PUB_SUB) private readonly pubSub: LiveEvents,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  /** After the current transaction commits, pushes each person's unread count to their bell. */
  publishCounts(userIds: readonly string[]): void {
    this.db.afterCommit(async () => {
      for (const userId of new Set(userIds)) {
        const unread = await this.db.run(
          (em) => em.countBy(NotificationEntity, { userId, readAt: IsNull() }),
          SYSTEM_ACTOR,
        );
        await this.pubSub.publish(unreadChannel(this.config, userId), {
          unreadNotificationCount: unread,
        } satisfies UnreadCountEvent);
      }
    });
  }

  list(
    unreadOnly: boolean,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<NotificationEntity>> {
    const actor = this.db.actor();
    return this.db.run((em) => {
      const qb = em
        .createQueryBuilder(NotificationEntity, 'n')
        .where('n.user_id = :me', { me: actor.userId });
      if (unreadOnly) qb.andWhere('n.read_at IS NULL');
      return keysetPage(qb, {
        sort: 'n.createdAt',
        id: 'n.id',
        direction: 'DESC',
        cast: 'timestamptz',
        first,
        after,
      });
    });
  }

  unreadCount(): Promise<number> {
    const actor = this.db.actor();
    return this.db.run((em) =>
      em.countBy(NotificationEntity, { userId: actor.userId ?? '', readAt: IsNull() }),
    );
  }

  markRead(id: string): Promise<NotificationEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const n = await em.findOneBy(NotificationEntity, { id, userId: actor.userId ?? '' });
      if (!n) throw notFound('Notification');
      if (!n.readAt) {
        n.readAt = new Date();
        await em.save(n);
        this.publishCounts([n.userId]);
      }
      return n;
    });
  }

  /**
   * Tells the account manager and the client admins when usage crosses an alert threshold. The
   * dedupe key (retainer, term, threshold, person) makes each notification happen exactly once,
   * however many approvals race past the same threshold.
   */
  async notifyThresholds(
    em: EntityManager,
    retainer: RetainerEntity,
    usedBefore: number,
    usedAfter: number,
  ): Promise<number[]> {
    const crossed = crossedThresholds(
      retainer.minutesPurchased,
      usedBefore,
      usedAfter,
      retainer.alertThresholds,
    );
    if (!crossed.length) return [];
    const clientAdmins = await em.find(UserEntity, {
      where: { organizationId: retainer.organizationId, role: In([Role.CLIENT_ADMIN]) },
      select: { id: true },
    });
    const recipients = [...new Set([retainer.accountManagerId, ...clientAdmins.map((u) => u.id)])];
    this.publishCounts(recipients);
    for (const threshold of crossed) {
      for (const userId of recipients) {
        await em
          .createQueryBuilder()
          .insert()
          .into(NotificationEntity)
          .values({
            organizationId: retainer.organizationId,
            userId,
            kind: 'retainer.threshold',
            title: `Retainer ${retainer.reference}: ${threshold}% of hours used`,
            body: `${formatHours(usedAfter)} of ${formatHours(retainer.minutesPurchased)} used; ${formatHours(retainer.balanceMinutes)} left.`,
            link: `/retainers/${retainer.id}`,
            dedupeKey: `retainer-threshold:${retainer.id}:${retainer.termStart}:${threshold}:${userId}`,
          })
          .orIgnore()
          .execute();
      }
    }
    return crossed;
  }
}
