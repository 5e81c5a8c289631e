import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, SignedIn, toConnection, UuidPipe } from '@vigil/api/core';
import { PROVIDER_ROLES, Role } from '@vigil/shared/domain';
import {
  ApproveTimeEntriesInput,
  LogTimeInput,
  NotificationType,
  RejectTimeEntryInput,
  TimeEntriesFilter,
  TimeEntryType,
  UpdateTimeEntryInput,
} from './dto/time-entry.types';
import { NotificationsService } from './notifications.service';
import { TimeEntriesService } from './time-entries.service';

export const TimeEntryConnection = Connection(TimeEntryType, 'TimeEntry');
export type TimeEntryConnection = InstanceType<typeof TimeEntryConnection>;
export const NotificationConnection = Connection(NotificationType, 'Notification');
export type NotificationConnection = InstanceType<typeof NotificationConnection>;

const APPROVERS = [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER];

@Resolver(() => TimeEntryType)
export class TimeEntriesResolver {
  constructor(
    private readonly service: TimeEntriesService,
    private readonly notificationsService: NotificationsService,
  ) {}

  @SignedIn()
  @Query(() => TimeEntryConnection, {
    description: 'Time entries, newest work date first. Client users see approved entries only.',
  })
  async timeEntries(
    @Args('filter', { nullable: true }) filter?: TimeEntriesFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<TimeEntryConnection> {
    const page = await this.service.list(filter ?? {}, first, after);
    return toConnection(page, (t) => ({ sort: t.workDate, id: t.id }), TimeEntryType.from);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => TimeEntryType, { description: 'Log time (a draft) against an active retainer.' })
  async logTime(@Args('input') input: LogTimeInput): Promise<TimeEntryType> {
    return TimeEntryType.from(await this.service.log(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => TimeEntryType, {
    description: 'Change a time entry; an approved one has its debit reversed and rewritten.',
  })
  async updateTimeEntry(@Args('input') input: UpdateTimeEntryInput): Promise<TimeEntryType> {
    return TimeEntryType.from(await this.service.update(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => TimeEntryType)
  async submitTimeEntry(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<TimeEntryType> {
    return TimeEntryType.from(await this.service.submit(id));
  }

  @Allow(...APPROVERS)
  @Mutation(() => [TimeEntryType], {
    description:
      'Approve submitted entries (all or nothing); each billable one debits its retainer.',
  })
  async approveTimeEntries(
    @Args('input') input: ApproveTimeEntriesInput,
  ): Promise<TimeEntryType[]> {
    return (await this.service.approve(input.ids)).map((e) => TimeEntryType.from(e));
  }

  @Allow(...APPROVERS)
  @Mutation(() => TimeEntryType)
  async rejectTimeEntry(@Args('input') input: RejectTimeEntryInput): Promise<TimeEntryType> {
    return TimeEntryType.from(await this.service.reject(input.id, input.reason));
  }

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<NotificationConnection> {
    const page = await this.notificationsService.list(unreadOnly, first, after);
    return toConnection(
      page,
      (n) => ({ sort: n.createdAt.toISOString(), id: n.id }),
      NotificationType.from,
    );
  }

  @SignedIn()
  @Query(() => Int)
  unreadNotificationCount(): Promise<number> {
    return this.notificationsService.unreadCount();
  }

  @SignedIn()
  @Mutation(() => NotificationType)
  async markNotificationRead(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<NotificationType> {
    return NotificationType.from(await this.notificationsService.markRead(id));
  }
}
