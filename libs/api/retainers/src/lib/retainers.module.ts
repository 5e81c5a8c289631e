import { Module } from '@nestjs/common';
import { AuditModule } from '@vigil/api/audit';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PortfolioResolver } from './portfolio.resolver';
import { PortfolioService } from './portfolio.service';
import { RetainerAlarmsService } from './retainer-alarms.service';
import { RetainersResolver } from './retainers.resolver';
import { RetainersService } from './retainers.service';
import { TimeEntriesResolver } from './time-entries.resolver';
import { TimeEntriesService } from './time-entries.service';

const SERVICES = [
  RetainersService,
  TimeEntriesService,
  NotificationsService,
  PortfolioService,
  RetainerAlarmsService,
];

/** Retainer services without GraphQL: for the worker. */
@Module({ imports: [AuditModule], providers: SERVICES, exports: SERVICES })
export class RetainersCoreModule {}

/** Retainers, their hours ledger, time entries and in-app notifications over GraphQL. */
@Module({
  imports: [RetainersCoreModule],
  providers: [RetainersResolver, TimeEntriesResolver, PortfolioResolver, NotificationsResolver],
})
export class RetainersModule {}
