import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import {
  Actor,
  LiveEvents,
  PUB_SUB,
  SignedIn,
  unauthenticated,
  UuidPipe,
  VIGIL_CONFIG,
  VigilConfig,
} from '@vigil/api/core';
import { TenantDb } from '@vigil/api/database';
import { EngagementPhase, isClientRole, Severity, Visibility } from '@vigil/shared/domain';
import { ClientUpdateType, TaskType, TimelineEventType } from './dto/work.types';
import { EngagementAccess } from './engagement-access';
import { ActivityKind, EngagementActivity, engagementChannel } from './engagement-events';

registerEnumType(ActivityKind, { name: 'EngagementActivityKind' });

@ObjectType('EngagementStatus', { description: 'What changed of the engagement itself.' })
export class EngagementStatusType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Severity) severity!: Severity;
  @Field(() => EngagementPhase) phase!: EngagementPhase;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) containedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) recoveredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastClientUpdateAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextUpdateDueAt!: Date | null;
}

@ObjectType('EngagementActivity', {
  description: 'One change on an engagement; the field named by kind is set.',
})
export class EngagementActivityType {
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field(() => ID) engagementId!: string;
  @Field(() => EngagementStatusType, { nullable: true }) engagement!: EngagementStatusType | null;
  @Field(() => TimelineEventType, { nullable: true }) timelineEvent!: TimelineEventType | null;
  @Field(() => ClientUpdateType, { nullable: true }) clientUpdate!: ClientUpdateType | null;
  @Field(() => TaskType, { nullable: true }) task!: TaskType | null;
  @Field(() => ID, { nullable: true, description: 'WITHDRAWN: the item to drop.' })
  withdrawnId!: string | null;
}

/**
 * Whether a subscriber may receive an activity: provider staff get everything on engagements
 * they could open; a client user only client-visible items, and requests given to them.
 */
export function mayReceive(actor: Actor | undefined, activity: EngagementActivity): boolean {
  if (!actor?.role) return false;
  if (!isClientRole(actor.role)) return true;
  if (activity.visibility !== Visibility.CLIENT) return false;
  return activity.audienceUserId === null || activity.audienceUserId === actor.userId;
}

const DATE_KEYS = new Set([
  'occurredAt',
  'recordedAt',
  'nextUpdateBy',
  'publishedAt',
  'updatedAt',
  'dueAt',
  'answeredAt',
  'acknowledgedAt',
  'containedAt',
  'recoveredAt',
  'closedAt',
  'lastClientUpdateAt',
  'nextUpdateDueAt',
]);

/** Dates crossed Redis as ISO text; the GraphQL types want Date objects back. */
function revive<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(
    Object.entries(item).map(([k, v]) => [
      k,
      DATE_KEYS.has(k) && typeof v === 'string' ? new Date(v) : v,
    ]),
  ) as T;
}

export function toActivityType(a: EngagementActivity): EngagementActivityType {
  return {
    kind: a.kind,
    engagementId: a.engagementId,
    engagement: a.kind === ActivityKind.ENGAGEMENT ? revive(a.item) : null,
    timelineEvent: a.kind === ActivityKind.TIMELINE_EVENT ? revive(a.item) : null,
    clientUpdate: a.kind === ActivityKind.CLIENT_UPDATE ? revive(a.item) : null,
    task: a.kind === ActivityKind.TASK ? revive(a.item) : null,
    withdrawnId: a.kind === ActivityKind.WITHDRAWN ? String(a.item['id']) : null,
  };
}

/** Live changes of one engagement over graphql-ws, fanned out through Redis to every api. */
@Resolver()
export class ActivityResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: LiveEvents,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
  ) {}

  @SignedIn()
  @Subscription(() => EngagementActivityType, {
    description:
      'Timeline events, client updates, tasks and phase changes of an engagement as they happen, as far as you may see them.',
    filter: (payload: EngagementActivity, _variables: unknown, ctx: { actor?: Actor }) =>
      mayReceive(ctx.actor, payload),
    resolve: (payload: EngagementActivity) => toActivityType(payload),
  })
  async engagementActivity(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
    @Context() ctx: { actor?: Actor },
  ): Promise<AsyncIterableIterator<EngagementActivity>> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    // Not found unless the subscriber may open the engagement (checked as them, under RLS).
    await this.db.run((em) => this.access.engagement(em, engagementId), actor);
    return this.pubSub.asyncIterableIterator<EngagementActivity>(
      engagementChannel(this.config, engagementId),
    );
  }
}
