import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, instant, SignedIn, UuidPipe } from '@vigil/api/core';
import { PROVIDER_ROLES, Role } from '@vigil/shared/domain';
import {
  RecordResponderEngagedInput,
  ResponseTimeRowType,
  SaveSlaCalendarInput,
  SaveSlaPolicyInput,
  SetWaitingOnClientInput,
  SlaCalendarType,
  SlaComplianceRowType,
  SlaCycleType,
  SlaPolicyType,
} from './dto/sla.types';
import { EngagementSlaService } from './engagement-sla.service';
import { SlaPoliciesService } from './sla-policies.service';
import { ReportRange, SlaReportsService } from './sla-reports.service';

const MANAGERS = [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER];

/** Commitments on engagements, the policies behind them, and whether they were kept. */
@Resolver()
export class SlaResolver {
  constructor(
    private readonly engagements: EngagementSlaService,
    private readonly policies: SlaPoliciesService,
    private readonly reports: SlaReportsService,
  ) {}

  @SignedIn()
  @Query(() => [SlaCycleType], {
    description: 'Every commitment cycle of an engagement, oldest first (clients: their own).',
  })
  async engagementSla(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<SlaCycleType[]> {
    const now = new Date();
    return (await this.engagements.cycles(engagementId)).map((c) => SlaCycleType.from(c, now));
  }

  @SignedIn()
  @Query(() => [SlaCycleType], {
    description:
      'For list badges: per engagement, the commitment to watch first (breached, else soonest due).',
  })
  async slaBadges(
    @Args('engagementIds', { type: () => [ID] }) engagementIds: string[],
  ): Promise<SlaCycleType[]> {
    const ids = engagementIds.map((id) => uuid.transform(id, ENGAGEMENT_IDS) as string);
    const now = new Date();
    return (await this.engagements.badges(ids)).map((c) => SlaCycleType.from(c, now));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => [SlaCycleType], {
    description:
      'Marks the engagement as waiting on the client (clocks stop) or no longer waiting.',
  })
  async setWaitingOnClient(@Args('input') input: SetWaitingOnClientInput): Promise<SlaCycleType[]> {
    await this.engagements.setWaitingOnClient(
      input.engagementId,
      input.waiting,
      input.reason ?? '',
      input.expectedVersion,
    );
    return this.engagementSla(input.engagementId);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => [SlaCycleType], { description: 'Records when the first responder engaged.' })
  async recordResponderEngaged(
    @Args('input') input: RecordResponderEngagedInput,
  ): Promise<SlaCycleType[]> {
    await this.engagements.recordResponderEngaged(
      input.engagementId,
      instant('input.at', input.at),
      input.expectedVersion,
    );
    return this.engagementSla(input.engagementId);
  }

  @Allow(...PROVIDER_ROLES)
  @Query(() => [SlaCalendarType])
  async slaCalendars(): Promise<SlaCalendarType[]> {
    return (await this.policies.calendars()).map((c) => SlaCalendarType.from(c));
  }

  @Allow(...PROVIDER_ROLES)
  @Query(() => [SlaPolicyType], {
    description: 'The default policy first, then one per retainer tier.',
  })
  async slaPolicies(): Promise<SlaPolicyType[]> {
    return (await this.policies.policies()).map((p) => SlaPolicyType.from(p.policy, p.goals));
  }

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => SlaCalendarType)
  async saveSlaCalendar(@Args('input') input: SaveSlaCalendarInput): Promise<SlaCalendarType> {
    return SlaCalendarType.from(
      await this.policies.saveCalendar({
        ...(input.id ? { id: input.id } : {}),
        name: input.name,
        timeZone: input.timeZone ?? null,
        week: input.week ?? null,
        holidays: input.holidays,
        ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
      }),
    );
  }

  @Allow(Role.PROVIDER_ADMIN)
  @Mutation(() => SlaPolicyType)
  async saveSlaPolicy(@Args('input') input: SaveSlaPolicyInput): Promise<SlaPolicyType> {
    const saved = await this.policies.savePolicy({
      ...(input.id ? { id: input.id } : {}),
      name: input.name,
      retainerTier: input.retainerTier ?? null,
      warningShares: input.warningShares,
      escalationDelaysMinutes: input.escalationDelaysMinutes,
      goals: input.goals.map((g) => ({ ...g, calendarId: g.calendarId ?? null })),
      ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
    });
    return SlaPolicyType.from(saved.policy, saved.goals);
  }

  @Allow(...MANAGERS)
  @Query(() => [SlaComplianceRowType], {
    description: 'Share of commitments met per client, month (client’s zone), goal and severity.',
  })
  slaCompliance(
    @Args('fromMonth') fromMonth: string,
    @Args('toMonth') toMonth: string,
    @Args('organizationId', { type: () => ID, nullable: true }, UuidPipe) organizationId?: string,
  ): Promise<SlaComplianceRowType[]> {
    return this.reports.compliance(range(fromMonth, toMonth, organizationId));
  }

  @Allow(...MANAGERS)
  @Query(() => String, { description: 'The compliance report as CSV.' })
  slaComplianceCsv(
    @Args('fromMonth') fromMonth: string,
    @Args('toMonth') toMonth: string,
    @Args('organizationId', { type: () => ID, nullable: true }, UuidPipe) organizationId?: string,
  ): Promise<string> {
    return this.reports.complianceCsv(range(fromMonth, toMonth, organizationId));
  }

  @Allow(...MANAGERS)
  @Query(() => [ResponseTimeRowType], {
    description:
      'Time to acknowledge, contain and recover per severity (mean, median, p90), by declaration month.',
  })
  responseTimes(
    @Args('fromMonth') fromMonth: string,
    @Args('toMonth') toMonth: string,
    @Args('organizationId', { type: () => ID, nullable: true }, UuidPipe) organizationId?: string,
  ): Promise<ResponseTimeRowType[]> {
    return this.reports.responseTimes(range(fromMonth, toMonth, organizationId));
  }

  @Allow(...MANAGERS)
  @Query(() => String, { description: 'Response times as CSV.' })
  responseTimesCsv(
    @Args('fromMonth') fromMonth: string,
    @Args('toMonth') toMonth: string,
    @Args('organizationId', { type: () => ID, nullable: true }, UuidPipe) organizationId?: string,
  ): Promise<string> {
    return this.reports.responseTimesCsv(range(fromMonth, toMonth, organizationId));
  }
}

const uuid = new UuidPipe();
const ENGAGEMENT_IDS = { type: 'body', data: 'engagementIds' } as const;

function range(fromMonth: string, toMonth: string, organizationId?: string): ReportRange {
  return {
    fromMonth,
    toMonth,
    organizationId: organizationId ?? null,
  };
}
