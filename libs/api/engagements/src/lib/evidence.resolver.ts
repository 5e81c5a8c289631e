import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, JSONScalar, SignedIn, UuidPipe } from '@vigil/api/core';
import { PROVIDER_ROLES } from '@vigil/shared/domain';
import {
  AddEvidenceInput,
  AddIndicatorInput,
  EvidenceItemType,
  IndicatorAddedType,
  IndicatorType_,
  TransferCustodyInput,
} from './dto/evidence.types';
import { EvidenceService } from './evidence.service';

/**
 * Indicators of compromise and evidence with its chain of custody: written by provider staff;
 * client users read nothing of them.
 */
@Resolver()
export class EvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @SignedIn()
  @Query(() => [IndicatorType_], { description: 'Indicators of compromise, by type and value.' })
  async indicators(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<IndicatorType_[]> {
    return (await this.service.indicators(engagementId)).map((i) => IndicatorType_.from(i));
  }

  @SignedIn()
  @Query(() => String, { description: 'The indicators as CSV.' })
  indicatorsCsv(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<string> {
    return this.service.indicatorsCsv(engagementId);
  }

  @SignedIn()
  @Query(() => JSONScalar, { description: 'The indicators as a STIX 2.1 bundle.' })
  indicatorsStix(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<unknown> {
    return this.service.indicatorsStix(engagementId);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => IndicatorAddedType, {
    description:
      'Records an indicator, or merges this sighting into the same one already recorded.',
  })
  async addIndicator(@Args('input') input: AddIndicatorInput): Promise<IndicatorAddedType> {
    const { indicator, merged } = await this.service.addIndicator(input);
    return Object.assign(new IndicatorAddedType(), {
      indicator: IndicatorType_.from(indicator),
      merged,
    });
  }

  @SignedIn()
  @Query(() => [EvidenceItemType], { description: 'Evidence, by item number, with its custody.' })
  async evidence(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<EvidenceItemType[]> {
    const { items, custody } = await this.service.evidence(engagementId);
    return items.map((i) => EvidenceItemType.from(i, custody.get(i.id) ?? []));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EvidenceItemType)
  async addEvidence(@Args('input') input: AddEvidenceInput): Promise<EvidenceItemType> {
    return EvidenceItemType.from(await this.service.addEvidence(input), []);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EvidenceItemType, {
    description: 'Hands evidence over: a new line in its chain of custody.',
  })
  async transferEvidence(@Args('input') input: TransferCustodyInput): Promise<EvidenceItemType> {
    const { item, custody } = await this.service.transfer(input);
    return EvidenceItemType.from(item, custody);
  }
}
