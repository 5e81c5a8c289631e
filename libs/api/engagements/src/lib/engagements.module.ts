import { Global, Module } from '@nestjs/common';
import { AuditModule } from '@vigil/api/audit';
import { RetainersCoreModule } from '@vigil/api/retainers';
import { ENGAGEMENT_CHANGES, SlaCoreModule } from '@vigil/api/sla';
import { ActivityResolver } from './activity.resolver';
import { ClientUpdatesService } from './client-updates.service';
import { EngagementAccess } from './engagement-access';
import { EngagementEvents } from './engagement-events';
import { EngagementsResolver } from './engagements.resolver';
import { EngagementsService } from './engagements.service';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';
import { ScopeResolver } from './scope.resolver';
import { ScopeService } from './scope.service';
import { TasksService } from './tasks.service';
import { TimelineService } from './timeline.service';
import { WorkResolver } from './work.resolver';

/**
 * An engagement's live activity, for this library and, as ENGAGEMENT_CHANGES, for the SLA
 * library's mutations (global, since that library cannot import this one).
 */
@Global()
@Module({
  providers: [EngagementEvents, { provide: ENGAGEMENT_CHANGES, useExisting: EngagementEvents }],
  exports: [EngagementEvents, ENGAGEMENT_CHANGES],
})
export class EngagementEventsModule {}

/**
 * Engagements: active incidents from intake to post-incident review, over GraphQL, with live
 * activity for everyone allowed to see it.
 */
@Module({
  imports: [AuditModule, RetainersCoreModule, SlaCoreModule, EngagementEventsModule],
  providers: [
    EngagementAccess,
    EngagementsService,
    TimelineService,
    ClientUpdatesService,
    TasksService,
    EvidenceService,
    ScopeService,
    ReviewService,
    EngagementsResolver,
    WorkResolver,
    EvidenceResolver,
    ScopeResolver,
    ReviewResolver,
    ActivityResolver,
  ],
})
export class EngagementsModule {}
