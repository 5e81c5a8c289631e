import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Public, toConnection, UuidPipe } from '@vigil/api/core';
import { InvitationStatus, Role } from '@vigil/shared/domain';
import { AcceptInvitationInput, InviteUserInput } from '../dto/user.inputs';
import {
  CreatedInvitationType,
  InvitationPreviewType,
  InvitationType,
} from '../dto/invitation.types';
import { AuthPayload } from '../dto/user.types';
import { InvitationsService } from './invitations.service';
import { HttpContext, withRefreshCookie } from '../auth/refresh-cookie';

export const InvitationConnection = Connection(InvitationType, 'Invitation');
export type InvitationConnection = InstanceType<typeof InvitationConnection>;

@Resolver(() => InvitationType)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Allow(Role.PROVIDER_ADMIN, Role.CLIENT_ADMIN)
  @Mutation(() => CreatedInvitationType, {
    description: 'Invite a person by email; the link works once and expires.',
  })
  async inviteUser(@Args('input') input: InviteUserInput): Promise<CreatedInvitationType> {
    const { invitation, link } = await this.service.invite(
      input.organizationId,
      input.email,
      input.role,
    );
    return { invitation: InvitationType.from(invitation), link };
  }

  @Allow(Role.PROVIDER_ADMIN, Role.CLIENT_ADMIN)
  @Mutation(() => InvitationType)
  async revokeInvitation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<InvitationType> {
    return InvitationType.from(await this.service.revoke(id));
  }

  @Allow(Role.PROVIDER_ADMIN, Role.CLIENT_ADMIN)
  @Query(() => InvitationConnection, {
    description: 'Invitations of one organisation, newest first.',
  })
  async invitations(
    @Args('organizationId', { type: () => ID }, UuidPipe) organizationId: string,
    @Args('status', { type: () => InvitationStatus, nullable: true }) status?: InvitationStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<InvitationConnection> {
    const page = await this.service.list(organizationId, status, first, after);
    return toConnection(
      page,
      (i) => ({ sort: i.createdAt.toISOString(), id: i.id }),
      InvitationType.from,
    );
  }

  @Public()
  @Query(() => InvitationPreviewType, {
    description: 'Who invited this token’s holder to what, before they accept.',
  })
  async invitationPreview(@Args('token') token: string): Promise<InvitationPreviewType> {
    const { invitation, organizationName } = await this.service.preview(token);
    return {
      organizationName,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expiresAt: invitation.expiresAt,
    };
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Accept an invitation: set your name and password, and you are signed in.',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: HttpContext,
  ): Promise<AuthPayload> {
    return withRefreshCookie(ctx, await this.service.accept(input));
  }
}
