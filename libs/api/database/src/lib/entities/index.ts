import { AuditLogEntity } from './audit-log.entity';
import { InvitationEntity } from './invitation.entity';
import { OrganizationAssignmentEntity } from './organization-assignment.entity';
import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';
import { RetainerEntity } from './retainer.entity';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { TimeEntryEntity } from './time-entry.entity';
import { NotificationEntity } from './notification.entity';
import {
  EngagementEntity,
  EngagementGateCheckEntity,
  EngagementMemberEntity,
  EngagementPhaseChangeEntity,
  EngagementSeverityChangeEntity,
} from './engagement.entity';
import {
  ClientUpdateEntity,
  EngagementTaskEntity,
  TimelineEventAssetEntity,
  TimelineEventEntity,
  TimelineEventIndicatorEntity,
} from './engagement-work.entity';
import {
  CustodyTransferEntity,
  EvidenceItemEntity,
  IndicatorEntity,
} from './engagement-evidence.entity';
import {
  CorrectiveActionEntity,
  PostIncidentReviewEntity,
  ScopeAccountEntity,
  ScopeAssetEntity,
  ScopeDataEntity,
} from './engagement-scope.entity';
import {
  EngagementRegulatoryFactsEntity,
  RegulatoryDeadlineEntity,
  RegulatoryProfileEntity,
  SlaCalendarEntity,
  SlaCycleEntity,
  SlaGoalEntity,
  SlaPolicyEntity,
} from './sla.entity';

export * from './audit-log.entity';
export * from './invitation.entity';
export * from './organization-assignment.entity';
export * from './organization.entity';
export * from './refresh-token.entity';
export * from './user.entity';
export * from './retainer.entity';
export * from './ledger-entry.entity';
export * from './time-entry.entity';
export * from './notification.entity';
export * from './engagement.entity';
export * from './engagement-work.entity';
export * from './engagement-evidence.entity';
export * from './engagement-scope.entity';
export * from './sla.entity';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  OrganizationAssignmentEntity,
  InvitationEntity,
  RefreshTokenEntity,
  AuditLogEntity,
  RetainerEntity,
  LedgerEntryEntity,
  TimeEntryEntity,
  NotificationEntity,
  EngagementEntity,
  EngagementSeverityChangeEntity,
  EngagementPhaseChangeEntity,
  EngagementGateCheckEntity,
  EngagementMemberEntity,
  EngagementTaskEntity,
  TimelineEventEntity,
  TimelineEventIndicatorEntity,
  TimelineEventAssetEntity,
  ClientUpdateEntity,
  IndicatorEntity,
  EvidenceItemEntity,
  CustodyTransferEntity,
  ScopeAssetEntity,
  ScopeAccountEntity,
  ScopeDataEntity,
  PostIncidentReviewEntity,
  CorrectiveActionEntity,
  SlaCalendarEntity,
  SlaPolicyEntity,
  SlaGoalEntity,
  SlaCycleEntity,
  RegulatoryProfileEntity,
  EngagementRegulatoryFactsEntity,
  RegulatoryDeadlineEntity,
];
