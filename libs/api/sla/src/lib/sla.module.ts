import { Module } from '@nestjs/common';
import { AuditModule } from '@vigil/api/audit';
import { RetainersCoreModule } from '@vigil/api/retainers';
import { EngagementSlaService } from './engagement-sla.service';
import { RegulatoryResolver } from './regulatory.resolver';
import { RegulatoryService } from './regulatory.service';
import { SlaAlarmsService } from './sla-alarms.service';
import { SlaClockService } from './sla-clock.service';
import { SlaPoliciesService } from './sla-policies.service';
import { SlaReportsService } from './sla-reports.service';
import { SlaResolver } from './sla.resolver';

const CORE = [SlaAlarmsService, SlaClockService];

/** The SLA clocks and alarms without GraphQL: for the engagements library and the worker. */
@Module({ imports: [RetainersCoreModule], providers: CORE, exports: CORE })
export class SlaCoreModule {}

/** SLA policies, engagement commitments, regulatory deadlines and reports over GraphQL. */
@Module({
  imports: [AuditModule, SlaCoreModule],
  providers: [
    EngagementSlaService,
    SlaPoliciesService,
    SlaReportsService,
    RegulatoryService,
    SlaResolver,
    RegulatoryResolver,
  ],
})
export class SlaModule {}
