import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, SignedIn, toConnection, UuidPipe } from '@vigil/api/core';
import { ClientUpdateEntity, EngagementTaskEntity } from '@vigil/api/database';
import { CLIENT_ROLES, PROVIDER_ROLES } from '@vigil/shared/domain';
import {
  AddTimelineEventInput,
  AnswerTaskInput,
  ClientUpdateType,
  CreateTaskInput,
  DraftClientUpdateInput,
  EditClientUpdateInput,
  PublishClientUpdateInput,
  TaskType,
  TimelineEventType,
  UpdateTaskInput,
  UpdateTimelineEventInput,
} from './dto/work.types';
import { ClientUpdatesService } from './client-updates.service';
import { EngagementAccess } from './engagement-access';
import { TasksService } from './tasks.service';
import { TimelineService } from './timeline.service';

export const TimelineEventConnection = Connection(TimelineEventType, 'TimelineEvent');
export type TimelineEventConnection = InstanceType<typeof TimelineEventConnection>;

/** The timeline, the client updates and the tasks of an engagement. */
@Resolver()
export class WorkResolver {
  constructor(
    private readonly timelineService: TimelineService,
    private readonly updates: ClientUpdatesService,
    private readonly tasks: TasksService,
    private readonly access: EngagementAccess,
  ) {}

  @SignedIn()
  @Query(() => TimelineEventConnection, {
    description:
      'The reconstructed timeline, in the order things happened (client users: the client-visible events).',
  })
  async timeline(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<TimelineEventConnection> {
    const page = await this.timelineService.page(engagementId, first, after);
    const names = await this.access.names(page.items.map((e) => e.createdById));
    return toConnection(
      page,
      (e) => ({ sort: e.occurredAt.toISOString(), id: e.id }),
      (e) =>
        TimelineEventType.from(
          e,
          page.links.get(e.id) ?? { indicatorIds: [], assetIds: [] },
          names.get(e.createdById) ?? null,
        ),
    );
  }

  @SignedIn()
  @Query(() => String, {
    description: 'The timeline you may see, as CSV, in the order it happened.',
  })
  timelineCsv(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<string> {
    return this.timelineService.csv(engagementId);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => TimelineEventType)
  async addTimelineEvent(@Args('input') input: AddTimelineEventInput): Promise<TimelineEventType> {
    const event = await this.timelineService.add(input);
    const names = await this.access.names([event.createdById]);
    return TimelineEventType.from(
      event,
      {
        indicatorIds: [...new Set(input.indicatorIds ?? [])],
        assetIds: [...new Set(input.assetIds ?? [])],
      },
      names.get(event.createdById) ?? null,
    );
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => TimelineEventType)
  async updateTimelineEvent(
    @Args('input') input: UpdateTimelineEventInput,
  ): Promise<TimelineEventType> {
    const { event, links } = await this.timelineService.update(input);
    const names = await this.access.names([event.createdById]);
    return TimelineEventType.from(event, links, names.get(event.createdById) ?? null);
  }

  @SignedIn()
  @Query(() => [ClientUpdateType], {
    description: 'Status updates for the client, newest first (client users: the published ones).',
  })
  async clientUpdates(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<ClientUpdateType[]> {
    return this.presentUpdates(await this.updates.list(engagementId));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ClientUpdateType)
  async draftClientUpdate(@Args('input') input: DraftClientUpdateInput): Promise<ClientUpdateType> {
    return this.presentUpdate(await this.updates.draft(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ClientUpdateType)
  async editClientUpdate(@Args('input') input: EditClientUpdateInput): Promise<ClientUpdateType> {
    return this.presentUpdate(await this.updates.edit(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => ClientUpdateType, {
    description:
      'The incident commander publishes a draft to the client, promising the next by a time.',
  })
  async publishClientUpdate(
    @Args('input') input: PublishClientUpdateInput,
  ): Promise<ClientUpdateType> {
    return this.presentUpdate(await this.updates.publish(input));
  }

  @SignedIn()
  @Query(() => [TaskType], {
    description: 'The engagement’s tasks (client users: the requests given to them).',
  })
  async engagementTasks(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<TaskType[]> {
    return this.presentTasks(await this.tasks.list(engagementId));
  }

  @Allow(...PROVIDER_ROLES, ...CLIENT_ROLES)
  @Query(() => [TaskType], {
    description: 'Your open tasks and requests for information, across engagements.',
  })
  async myEngagementTasks(): Promise<TaskType[]> {
    return this.presentTasks(await this.tasks.mine());
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => TaskType, {
    description: 'A task; given to a client user, a request for information.',
  })
  async createEngagementTask(@Args('input') input: CreateTaskInput): Promise<TaskType> {
    return this.presentTask(await this.tasks.create(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => TaskType)
  async updateEngagementTask(@Args('input') input: UpdateTaskInput): Promise<TaskType> {
    return this.presentTask(await this.tasks.update(input));
  }

  @Allow(...PROVIDER_ROLES, ...CLIENT_ROLES)
  @Mutation(() => TaskType, { description: 'Answers a request for information; it is done.' })
  async answerEngagementTask(@Args('input') input: AnswerTaskInput): Promise<TaskType> {
    return this.presentTask(await this.tasks.answer(input));
  }

  private async presentUpdates(rows: ClientUpdateEntity[]): Promise<ClientUpdateType[]> {
    const names = await this.access.names(rows.flatMap((u) => [u.authorId, u.publishedById]));
    return rows.map((u) => ClientUpdateType.from(u, names));
  }

  private async presentUpdate(row: ClientUpdateEntity): Promise<ClientUpdateType> {
    const [one] = await this.presentUpdates([row]);
    return one as ClientUpdateType;
  }

  private async presentTasks(rows: EngagementTaskEntity[]): Promise<TaskType[]> {
    const names = await this.access.names(rows.flatMap((t) => [t.ownerId, t.answeredById]));
    return rows.map((t) => TaskType.from(t, names));
  }

  private async presentTask(row: EngagementTaskEntity): Promise<TaskType> {
    const [one] = await this.presentTasks([row]);
    return one as TaskType;
  }
}
