import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvitationEntity } from '@vigil/api/database';
import { InvitationStatus, Role } from '@vigil/shared/domain';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  static from(e: InvitationEntity): InvitationType {
    return Object.assign(new InvitationType(), {
      id: e.id,
      organizationId: e.organizationId,
      email: e.email,
      role: e.role,
      status: e.status,
      expiresAt: e.expiresAt,
      acceptedAt: e.acceptedAt,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('CreatedInvitation')
export class CreatedInvitationType {
  @Field(() => InvitationType)
  invitation!: InvitationType;

  @Field({
    description:
      'The single-use link to send to the invitee. Shown once; e-mail delivery comes later.',
  })
  link!: string;
}

@ObjectType('InvitationPreview', { description: 'What the invitee sees before accepting.' })
export class InvitationPreviewType {
  @Field()
  organizationName!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}
