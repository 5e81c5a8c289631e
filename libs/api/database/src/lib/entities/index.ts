import { AuditLogEntity } from './audit-log.entity';
import { InvitationEntity } from './invitation.entity';
import { OrganizationAssignmentEntity } from './organization-assignment.entity';
import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export * from './audit-log.entity';
export * from './invitation.entity';
export * from './organization-assignment.entity';
export * from './organization.entity';
export * from './refresh-token.entity';
export * from './user.entity';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  OrganizationAssignmentEntity,
  InvitationEntity,
  RefreshTokenEntity,
  AuditLogEntity,
];
