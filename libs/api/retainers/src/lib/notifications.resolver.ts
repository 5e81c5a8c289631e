import { Inject } from '@nestjs/common';
import { Context, Int, Resolver, Subscription } from '@nestjs/graphql';
import {
  Actor,
  LiveEvents,
  PUB_SUB,
  SignedIn,
  unauthenticated,
  VIGIL_CONFIG,
  VigilConfig,
} from '@vigil/api/core';
import { unreadChannel, UnreadCountEvent } from './notifications.service';

/** Live updates for the notifications bell, over graphql-ws. */
@Resolver()
export class NotificationsResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: LiveEvents,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  @SignedIn()
  @Subscription(() => Int, {
    description: 'Your unread notification count, each time it changes.',
    resolve: (event: UnreadCountEvent) => event.unreadNotificationCount,
  })
  unreadNotificationCountChanged(
    @Context() ctx: { actor?: Actor },
  ): AsyncIterableIterator<UnreadCountEvent> {
    const userId = ctx.actor?.userId;
    if (!userId) throw unauthenticated();
    return this.pubSub.asyncIterableIterator<UnreadCountEvent>(unreadChannel(this.config, userId));
  }
}
