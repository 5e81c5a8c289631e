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
import { keysetPage, NotificationEntity, TenantDb } from '@vigil/api/database';
import { IsNull } from 'typeorm';

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
    const ids = [...new Set(userIds)];
    if (!ids.length) return;
    this.db.afterCommit(async () => {
      // One query for everyone told, then every publish at once.
      const rows = (await this.db.run(
        (em) =>
          em.query(
            `SELECT u.id, count(n.id)::int AS unread FROM unnest($1::uuid[]) AS u(id)
             LEFT JOIN notifications n ON n.user_id = u.id AND n.read_at IS NULL
             GROUP BY u.id`,
            [ids],
          ),
        SYSTEM_ACTOR,
      )) as { id: string; unread: number }[];
      await Promise.all(
        rows.map((r) =>
          this.pubSub.publish(unreadChannel(this.config, r.id), {
            unreadNotificationCount: r.unread,
          } satisfies UnreadCountEvent),
        ),
      );
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
}
