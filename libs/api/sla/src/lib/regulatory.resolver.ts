import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, instant, optionalInstant, SignedIn, UuidPipe } from '@vigil/api/core';
import { TenantDb } from '@vigil/api/database';
import { isProviderRole, PROVIDER_ROLES, Role } from '@vigil/shared/domain';
import {
  DecideRegulatoryDeadlineInput,
  EngagementRegulatoryType,
  RecordRegulatoryFactsInput,
  RecordRegulatorySubmissionInput,
  RegulatoryDeadlineType,
  RegulatoryFactsType,
  RegulatoryProfileType,
  SaveRegulatoryProfileInput,
} from './dto/sla.types';
import { RegulatoryService } from './regulatory.service';

/** Regulatory profiles of clients, and the regulators' deadlines of engagements. */
@Resolver()
export class RegulatoryResolver {
  constructor(
    private readonly regulatory: RegulatoryService,
    private readonly db: TenantDb,
  ) {}

  @Allow(...PROVIDER_ROLES)
  @Query(() => RegulatoryProfileType, { description: 'Which regimes may apply to a client.' })
  async regulatoryProfile(
    @Args('organizationId', { type: () => ID }, UuidPipe) organizationId: string,
  ): Promise<RegulatoryProfileType> {
    return RegulatoryProfileType.from(
      organizationId,
      await this.regulatory.profile(organizationId),
    );
  }

  @Allow(Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER)
  @Mutation(() => RegulatoryProfileType)
  async saveRegulatoryProfile(
    @Args('input') input: SaveRegulatoryProfileInput,
  ): Promise<RegulatoryProfileType> {
    const saved = await this.regulatory.saveProfile(
      input.organizationId,
      input.regimes,
      input.notes ?? '',
      input.expectedVersion || null,
    );
    return RegulatoryProfileType.from(input.organizationId, saved);
  }

  @SignedIn()
  @Query(() => EngagementRegulatoryType, {
    description:
      'The facts, the client’s regimes and the deadlines (clients: confirmed and submitted ones).',
  })
  async engagementRegulatory(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<EngagementRegulatoryType> {
    const staff = isProviderRole(this.db.actor().role ?? Role.CLIENT_VIEWER);
    const { facts, regimes, deadlines } = await this.regulatory.overview(engagementId, staff);
    return Object.assign(new EngagementRegulatoryType(), {
      facts: facts ? RegulatoryFactsType.from(facts) : null,
      regimes,
      deadlines: deadlines.map((d) => RegulatoryDeadlineType.from(d)),
    });
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EngagementRegulatoryType, {
    description: 'Records the trigger facts; Vigil proposes the deadlines that follow.',
  })
  async recordRegulatoryFacts(
    @Args('input') input: RecordRegulatoryFactsInput,
  ): Promise<EngagementRegulatoryType> {
    await this.regulatory.recordFacts(
      input.engagementId,
      {
        awareAt: optionalInstant('input.awareAt', input.awareAt) ?? null,
        personalDataAffected: input.personalDataAffected,
        healthDataAffected: input.healthDataAffected,
        cardDataAffected: input.cardDataAffected,
        recordsAffected: input.recordsAffected ?? null,
        significantIncident: input.significantIncident,
        majorClassifiedAt:
          optionalInstant('input.majorClassifiedAt', input.majorClassifiedAt) ?? null,
        materialityDeterminedAt:
          optionalInstant('input.materialityDeterminedAt', input.materialityDeterminedAt) ?? null,
      },
      input.expectedVersion || null,
    );
    return this.engagementRegulatory(input.engagementId);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => RegulatoryDeadlineType)
  async decideRegulatoryDeadline(
    @Args('input') input: DecideRegulatoryDeadlineInput,
  ): Promise<RegulatoryDeadlineType> {
    return RegulatoryDeadlineType.from(
      await this.regulatory.decide(
        input.deadlineId,
        input.confirm,
        input.reason ?? '',
        input.expectedVersion,
      ),
    );
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => RegulatoryDeadlineType)
  async recordRegulatorySubmission(
    @Args('input') input: RecordRegulatorySubmissionInput,
  ): Promise<RegulatoryDeadlineType> {
    return RegulatoryDeadlineType.from(
      await this.regulatory.recordSubmission(
        input.deadlineId,
        instant('input.submittedAt', input.submittedAt),
        input.reference ?? '',
        input.expectedVersion,
      ),
    );
  }
}
