import { ExpectedVersionInput, IdInput, InstantInput, TextInput } from '@vigil/api/core';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  EngagementEntity,
  EngagementMemberEntity,
  EngagementPhaseChangeEntity,
  EngagementSeverityChangeEntity,
} from '@vigil/api/database';
import {
  DeclaredVia,
  EngagementPhase,
  engagementMetrics,
  EngagementRole,
  IncidentType,
  isProviderEngagementRole,
  Severity,
} from '@vigil/shared/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';

registerEnumType(IncidentType, { name: 'IncidentType' });
registerEnumType(Severity, { name: 'Severity', description: 'SEV1 is the worst.' });
registerEnumType(EngagementPhase, { name: 'EngagementPhase' });
registerEnumType(EngagementRole, { name: 'EngagementRole' });
registerEnumType(DeclaredVia, { name: 'DeclaredVia' });

@ObjectType('EngagementMetrics', { description: 'Whole minutes; null until both ends are known.' })
export class EngagementMetricsType {
  @Field(() => Int, { nullable: true, description: 'Detected − first malicious activity.' })
  timeToDetectMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Acknowledged − declared.' })
  timeToAcknowledgeMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Contained − declared.' })
  timeToContainMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Recovered − declared.' })
  timeToRecoverMinutes!: number | null;
}

/** An engagement row with what the lists show beside it. */
export interface EngagementView extends EngagementEntity {
  organizationName: string;
  commanderId: string | null;
  commanderName: string | null;
}

@ObjectType('Engagement')
export class EngagementType {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field(() => ID, { nullable: true, description: 'Null: billed separately.' })
  retainerId!: string | null;
  @Field({ description: 'IR-0001: numbered within the client.' }) reference!: string;
  @Field() title!: string;
  @Field(() => IncidentType) incidentType!: IncidentType;
  @Field(() => Severity) severity!: Severity;
  @Field(() => EngagementPhase) phase!: EngagementPhase;
  @Field({ description: 'What happened, in words the client reads.' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Internal: null for client users.' })
  internalNotes!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) firstActivityAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) detectedAt!: Date | null;
  @Field(() => GraphQLISODateTime) declaredAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) containedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) recoveredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => DeclaredVia) declaredVia!: DeclaredVia;
  @Field(() => ID, { nullable: true }) commanderId!: string | null;
  @Field(() => String, { nullable: true }) commanderName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastClientUpdateAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the incident commander promised the next client update.',
  })
  nextUpdateDueAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the first responder started hands-on work.',
  })
  responderEngagedAt!: Date | null;
  @Field({ description: 'The team waits on the client: commitments’ clocks are stopped.' })
  waitingOnClient!: boolean;
  @Field(() => String, { nullable: true }) waitingOnClientReason!: string | null;
  @Field(() => EngagementMetricsType) metrics!: EngagementMetricsType;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(e: EngagementView, internal: boolean): EngagementType {
    return Object.assign(new EngagementType(), {
      id: e.id,
      organizationId: e.organizationId,
      organizationName: e.organizationName,
      retainerId: e.retainerId,
      reference: e.reference,
      title: e.title,
      incidentType: e.incidentType,
      severity: e.severity,
      phase: e.phase,
      summary: e.summary,
      internalNotes: internal ? e.internalNotes : null,
      firstActivityAt: e.firstActivityAt,
      detectedAt: e.detectedAt,
      declaredAt: e.declaredAt,
      acknowledgedAt: e.acknowledgedAt,
      containedAt: e.containedAt,
      recoveredAt: e.recoveredAt,
      closedAt: e.closedAt,
      declaredVia: e.declaredVia,
      commanderId: e.commanderId,
      commanderName: e.commanderName,
      lastClientUpdateAt: e.lastClientUpdateAt,
      nextUpdateDueAt: e.nextUpdateDueAt,
      responderEngagedAt: e.responderEngagedAt,
      waitingOnClient: e.waitingOnClient,
      waitingOnClientReason: e.waitingOnClientReason,
      metrics: Object.assign(new EngagementMetricsType(), engagementMetrics(e)),
      version: e.version,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType('EngagementMember')
export class EngagementMemberType {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field(() => EngagementRole) role!: EngagementRole;
  @Field({ description: 'True for provider staff, false for the client’s contacts.' })
  provider!: boolean;

  static from(m: EngagementMemberEntity, name: string): EngagementMemberType {
    return Object.assign(new EngagementMemberType(), {
      id: m.id,
      userId: m.userId,
      name,
      role: m.role,
      provider: isProviderEngagementRole(m.role),
    });
  }
}

@ObjectType('GateItem', { description: 'One item of the current phase’s exit checklist.' })
export class GateItemType {
  @Field() key!: string;
  @Field() label!: string;
  @Field({ description: 'Only the incident commander may check it.' }) commanderOnly!: boolean;
  @Field(() => EngagementPhase) phase!: EngagementPhase;
  @Field() checked!: boolean;
  @Field(() => String, { nullable: true }) checkedByName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) checkedAt!: Date | null;
}

@ObjectType('SeverityChange')
export class SeverityChangeType {
  @Field(() => Severity, { nullable: true }) from!: Severity | null;
  @Field(() => Severity) to!: Severity;
  @Field(() => String, { nullable: true, description: 'Internal: null for client users.' })
  reason!: string | null;
  @Field(() => String, { nullable: true }) changedByName!: string | null;
  @Field(() => GraphQLISODateTime) changedAt!: Date;

  static from(
    c: EngagementSeverityChangeEntity,
    name: string | null,
    internal: boolean,
  ): SeverityChangeType {
    return Object.assign(new SeverityChangeType(), {
      from: c.fromSeverity,
      to: c.toSeverity,
      reason: internal ? c.reason : null,
      changedByName: name,
      changedAt: c.changedAt,
    });
  }
}

@ObjectType('PhaseChange')
export class PhaseChangeType {
  @Field(() => EngagementPhase, { nullable: true }) from!: EngagementPhase | null;
  @Field(() => EngagementPhase) to!: EngagementPhase;
  @Field(() => String, { nullable: true, description: 'Why it moved back; internal.' })
  reason!: string | null;
  @Field(() => String, { nullable: true }) changedByName!: string | null;
  @Field(() => GraphQLISODateTime) changedAt!: Date;

  static from(
    c: EngagementPhaseChangeEntity,
    name: string | null,
    internal: boolean,
  ): PhaseChangeType {
    return Object.assign(new PhaseChangeType(), {
      from: c.fromPhase,
      to: c.toPhase,
      reason: internal ? c.reason : null,
      changedByName: name,
      changedAt: c.changedAt,
    });
  }
}

@InputType()
export class DeclareEngagementInput {
  @IdInput({
    optional: true,
    description: 'The client; a client admin declares for their own organisation.',
  })
  organizationId?: string;

  @TextInput({ min: 3, max: 200 }) title!: string;

  @Field(() => IncidentType) @IsEnum(IncidentType) incidentType!: IncidentType;

  @Field(() => Severity) @IsEnum(Severity) severity!: Severity;

  @TextInput({ optional: true, max: 10000 }) summary?: string;

  @IdInput({ optional: true, description: 'Default: the client’s active retainer.' })
  retainerId?: string;

  @InstantInput({ optional: true }) firstActivityAt?: string;

  @InstantInput({ optional: true }) detectedAt?: string;

  @IdInput({
    optional: true,
    description: 'Provider staff only: who leads it (default: the declarer).',
  })
  commanderId?: string;
}

@InputType()
export class UpdateEngagementInput {
  @IdInput() id!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @TextInput({ optional: true, min: 3, max: 200 }) title?: string;
  @Field(() => IncidentType, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentType)
  incidentType?: IncidentType;
  @TextInput({ optional: true, max: 10000 }) summary?: string;
  @TextInput({ optional: true, max: 20000 }) internalNotes?: string;
  @InstantInput({ optional: true, description: 'ISO 8601 with its offset; "" clears it.' })
  firstActivityAt?: string;
  @InstantInput({ optional: true, description: 'ISO 8601 with its offset; "" clears it.' })
  detectedAt?: string;
}

@InputType()
export class ChangeSeverityInput {
  @IdInput() engagementId!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @Field(() => Severity) @IsEnum(Severity) severity!: Severity;
  @TextInput({ min: 3, max: 2000, minMessage: 'must say why, in at least 3 characters' })
  reason!: string;
}

@InputType()
export class SetGateItemInput {
  @IdInput() engagementId!: string;
  @TextInput({ max: 60 }) item!: string;
  @Field() @IsBoolean() checked!: boolean;
}

@InputType()
export class MovePhaseInput {
  @IdInput() engagementId!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @Field(() => EngagementPhase) @IsEnum(EngagementPhase) to!: EngagementPhase;
  @TextInput({ optional: true, max: 2000, description: 'Required when moving back.' })
  reason?: string;
}

@InputType()
export class AddMemberInput {
  @IdInput() engagementId!: string;
  @IdInput() userId!: string;
  @Field(() => EngagementRole) @IsEnum(EngagementRole) role!: EngagementRole;
}

@InputType()
export class EngagementFilter {
  @IdInput({ optional: true }) organizationId?: string;

  @Field(() => [EngagementPhase], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsEnum(EngagementPhase, { each: true })
  phases?: EngagementPhase[];

  @Field(() => [Severity], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(Severity, { each: true })
  severities?: Severity[];

  @Field({ nullable: true, description: 'Only engagements you are on the team of.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true, description: 'Only engagements not closed.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field({ nullable: true, description: 'Only those whose promised client update is overdue.' })
  @IsOptional()
  @IsBoolean()
  updateOverdue?: boolean;

  @TextInput({
    optional: true,
    max: 200,
    description: 'Matches the title, the reference or the client.',
  })
  search?: string;
}

@ObjectType('EngagementCount')
export class EngagementCountType {
  @Field(() => Severity) severity!: Severity;
  @Field(() => EngagementPhase) phase!: EngagementPhase;
  @Field(() => Int) count!: number;
}

@ObjectType('EngagementDashboard', {
  description: 'Open engagements across the clients you may see.',
})
export class EngagementDashboardType {
  @Field(() => [EngagementCountType], { description: 'Open engagements by severity and phase.' })
  open!: EngagementCountType[];
  @Field(() => Int, { description: 'Open engagements whose promised client update is late.' })
  updateOverdue!: number;
  @Field(() => Int, { description: 'Reported by clients and not yet taken by the provider.' })
  unacknowledged!: number;
}
