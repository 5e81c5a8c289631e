import { Module } from '@nestjs/common';
import { AuditModule } from '@vigil/api/audit';
import { NotificationsService } from './notifications.service';
import { PortfolioResolver } from './portfolio.resolver';
import { PortfolioService } from './portfolio.service';
import { RetainersResolver } from './retainers.resolver';
import { RetainersService } from './retainers.service';
import { TimeEntriesResolver } from './time-entries.resolver';
import { TimeEntriesService } from './time-entries.service';

/** Retainers, their hours ledger, time entries and in-app notifications. */
@Module({
  imports: [AuditModule],
  providers: [
    RetainersService,
    TimeEntriesService,
    NotificationsService,
    PortfolioService,
    RetainersResolver,
    TimeEntriesResolver,
    PortfolioResolver,
  ],
  exports: [RetainersService, TimeEntriesService, NotificationsService],
})
export class RetainersModule {}
