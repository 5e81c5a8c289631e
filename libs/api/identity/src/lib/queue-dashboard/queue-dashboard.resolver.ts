import { Field, GraphQLISODateTime, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Allow, CLS_ACTOR, forbidden } from '@vigil/api/core';
import { Role } from '@vigil/shared/domain';
import { ClsService } from 'nestjs-cls';
import { QueueDashboardService } from './queue-dashboard.service';

@ObjectType('QueueDashboardLink')
export class QueueDashboardLinkType {
  @Field({ description: 'Open within a minute: it signs this browser in to the queue dashboard.' })
  url!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}

@Resolver()
export class QueueDashboardResolver {
  constructor(
    private readonly dashboard: QueueDashboardService,
    private readonly cls: ClsService,
  ) {}

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => QueueDashboardLinkType, {
    description: 'A one-time link to the queue dashboard (Bull Board), for provider admins.',
  })
  async openQueueDashboard(): Promise<QueueDashboardLinkType> {
    try {
      return Object.assign(
        new QueueDashboardLinkType(),
        await this.dashboard.ticketFor(this.cls.get(CLS_ACTOR)),
      );
    } catch {
      throw forbidden('Only provider admins may see the queues.');
    }
  }
}
