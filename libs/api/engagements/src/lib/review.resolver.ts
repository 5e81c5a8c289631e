import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, SignedIn, UuidPipe } from '@vigil/api/core';
import { PostIncidentReviewEntity } from '@vigil/api/database';
import { PROVIDER_ROLES } from '@vigil/shared/domain';
import {
  AddCorrectiveActionInput,
  CorrectiveActionType,
  PostIncidentReviewType,
  SavePostIncidentReviewInput,
  UpdateCorrectiveActionInput,
} from './dto/review.types';
import { EngagementAccess } from './engagement-access';
import { ReviewService } from './review.service';

/** The post-incident review and its corrective actions; client users read it once released. */
@Resolver(() => PostIncidentReviewType)
export class ReviewResolver {
  constructor(
    private readonly service: ReviewService,
    private readonly access: EngagementAccess,
  ) {}

  private async present(review: PostIncidentReviewEntity): Promise<PostIncidentReviewType> {
    return PostIncidentReviewType.from(review, await this.access.names([review.releasedById]));
  }

  @SignedIn()
  @Query(() => PostIncidentReviewType, {
    nullable: true,
    description: 'The post-incident review; null until written (client users: until released).',
  })
  async postIncidentReview(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
  ): Promise<PostIncidentReviewType | null> {
    const review = await this.service.get(engagementId);
    return review ? this.present(review) : null;
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => PostIncidentReviewType, {
    description:
      'Starts the review (leave expectedVersion out) or saves over the version you edited; once released, only the incident commander or an admin changes it.',
  })
  async savePostIncidentReview(
    @Args('input') input: SavePostIncidentReviewInput,
  ): Promise<PostIncidentReviewType> {
    return this.present(await this.service.save(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => PostIncidentReviewType, {
    description:
      'The incident commander (or an admin) releases the review to the client; it needs a root cause.',
  })
  async releasePostIncidentReview(
    @Args('engagementId', { type: () => ID }, UuidPipe) engagementId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<PostIncidentReviewType> {
    return this.present(await this.service.release(engagementId, expectedVersion));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => CorrectiveActionType)
  async addCorrectiveAction(
    @Args('input') input: AddCorrectiveActionInput,
  ): Promise<CorrectiveActionType> {
    return CorrectiveActionType.from(await this.service.addAction(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => CorrectiveActionType, {
    description: 'Edits a corrective action; status DONE records when it was done.',
  })
  async updateCorrectiveAction(
    @Args('input') input: UpdateCorrectiveActionInput,
  ): Promise<CorrectiveActionType> {
    return CorrectiveActionType.from(await this.service.updateAction(input));
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => Boolean)
  removeCorrectiveAction(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.service.removeAction(id);
  }

  @SignedIn()
  @ResolveField(() => [CorrectiveActionType], { description: 'Open ones first, by due date.' })
  async correctiveActions(
    @Parent() review: PostIncidentReviewType,
  ): Promise<CorrectiveActionType[]> {
    return (await this.service.actions(review.engagementId)).map((a) =>
      CorrectiveActionType.from(a),
    );
  }
}
