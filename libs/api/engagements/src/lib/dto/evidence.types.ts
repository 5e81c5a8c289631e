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
import { CustodyTransferEntity, EvidenceItemEntity, IndicatorEntity } from '@vigil/api/database';
import { IndicatorType, TlpMarking } from '@vigil/shared/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';

registerEnumType(IndicatorType, { name: 'IndicatorType' });
registerEnumType(TlpMarking, { name: 'TlpMarking', description: 'Traffic Light Protocol 2.0.' });

@ObjectType('Indicator', { description: 'An indicator of compromise.' })
export class IndicatorType_ {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field(() => IndicatorType) type!: IndicatorType;
  @Field({ description: 'Normalised: the same indicator always reads the same.' }) value!: string;
  @Field(() => TlpMarking) tlp!: TlpMarking;
  @Field(() => GraphQLISODateTime, { nullable: true }) firstSeen!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSeen!: Date | null;
  @Field() description!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(i: IndicatorEntity): IndicatorType_ {
    return Object.assign(new IndicatorType_(), {
      id: i.id,
      engagementId: i.engagementId,
      type: i.type,
      value: i.value,
      tlp: i.tlp,
      firstSeen: i.firstSeen,
      lastSeen: i.lastSeen,
      description: i.description,
      version: i.version,
      createdAt: i.createdAt,
    });
  }
}

@ObjectType('IndicatorAdded')
export class IndicatorAddedType {
  @Field(() => IndicatorType_) indicator!: IndicatorType_;
  @Field({ description: 'True when it was already recorded and this sighting was merged into it.' })
  merged!: boolean;
}

@InputType()
export class AddIndicatorInput {
  @IdInput() engagementId!: string;
  @Field(() => IndicatorType) @IsEnum(IndicatorType) type!: IndicatorType;
  @TextInput({
    max: 4096,
    description: 'As found; defanged forms such as hxxp://evil[.]com are accepted.',
  })
  value!: string;
  @Field(() => TlpMarking, { nullable: true, description: 'Default TLP:AMBER.' })
  @IsOptional()
  @IsEnum(TlpMarking)
  tlp?: TlpMarking;
  @InstantInput({ optional: true }) firstSeen?: string;
  @InstantInput({ optional: true }) lastSeen?: string;
  @TextInput({ optional: true, max: 5000 }) description?: string;
  @Field(() => [ID], { nullable: true, description: 'Timeline events it was seen in.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ids' })
  timelineEventIds?: string[];
}

@ObjectType('CustodyTransfer')
export class CustodyTransferType {
  @Field(() => ID) id!: string;
  @Field() fromParty!: string;
  @Field() toParty!: string;
  @Field(() => GraphQLISODateTime) transferredAt!: Date;
  @Field() purpose!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;

  static from(t: CustodyTransferEntity): CustodyTransferType {
    return Object.assign(new CustodyTransferType(), {
      id: t.id,
      fromParty: t.fromParty,
      toParty: t.toParty,
      transferredAt: t.transferredAt,
      purpose: t.purpose,
      recordedAt: t.recordedAt,
    });
  }
}

@ObjectType('EvidenceItem')
export class EvidenceItemType {
  @Field(() => ID) id!: string;
  @Field(() => ID) engagementId!: string;
  @Field(() => Int, { description: 'Numbered within the engagement: 1, 2, 3…' })
  itemNumber!: number;
  @Field() description!: string;
  @Field() source!: string;
  @Field() collectedBy!: string;
  @Field(() => GraphQLISODateTime) collectedAt!: Date;
  @Field(() => String, { nullable: true }) sha256!: string | null;
  @Field() storageLocation!: string;
  @Field({ description: 'Who holds it now.' }) custodian!: string;
  @Field(() => [CustodyTransferType], { description: 'Oldest first; it can only grow.' })
  custody!: CustodyTransferType[];
  @Field(() => Int) version!: number;

  static from(e: EvidenceItemEntity, custody: CustodyTransferEntity[]): EvidenceItemType {
    return Object.assign(new EvidenceItemType(), {
      id: e.id,
      engagementId: e.engagementId,
      itemNumber: e.itemNumber,
      description: e.description,
      source: e.source,
      collectedBy: e.collectedBy,
      collectedAt: e.collectedAt,
      sha256: e.sha256,
      storageLocation: e.storageLocation,
      custodian: e.custodian,
      custody: custody.map((t) => CustodyTransferType.from(t)),
      version: e.version,
    });
  }
}

@InputType()
export class AddEvidenceInput {
  @IdInput() engagementId!: string;
  @TextInput({ min: 3, max: 5000 }) description!: string;
  @TextInput({
    min: 1,
    max: 300,
    description: 'Where it was taken from: a host, a mailbox, a cloud tenant.',
  })
  source!: string;
  @TextInput({ min: 1, max: 200 }) collectedBy!: string;
  @InstantInput() collectedAt!: string;
  @TextInput({ optional: true, max: 100, description: '64 hexadecimal characters.' })
  sha256?: string;
  @TextInput({ min: 1, max: 300 }) storageLocation!: string;
}

@InputType()
export class TransferCustodyInput {
  @IdInput() evidenceId!: string;
  @ExpectedVersionInput() expectedVersion!: number;
  @TextInput({ min: 1, max: 200 }) toParty!: string;
  @InstantInput() transferredAt!: string;
  @TextInput({ min: 3, max: 2000, minMessage: 'must say why, in at least 3 characters' })
  purpose!: string;
  @TextInput({ optional: true, max: 300, description: 'Where it is kept now, when that changes.' })
  storageLocation?: string;
}
