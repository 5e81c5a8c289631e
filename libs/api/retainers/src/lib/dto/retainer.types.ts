import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { LedgerEntryEntity, RetainerEntity } from '@vigil/api/database';
import { LedgerEntryKind, OveragePolicy, RetainerStatus } from '@vigil/shared/domain';
import {
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  NotEquals,
} from 'class-validator';

registerEnumType(RetainerStatus, { name: 'RetainerStatus' });
registerEnumType(OveragePolicy, { name: 'OveragePolicy' });
registerEnumType(LedgerEntryKind, { name: 'LedgerEntryKind' });

@ObjectType('Retainer')
export class RetainerType {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field() reference!: string;
  @Field({ description: 'First day of the term (YYYY-MM-DD, client time zone).' })
  termStart!: string;
  @Field({ description: 'Last day of the term (YYYY-MM-DD, client time zone).' }) termEnd!: string;
  @Field(() => Int) minutesPurchased!: number;
  @Field(() => Int, { description: 'The sum of the ledger.' }) balanceMinutes!: number;
  @Field(() => Int, { description: 'Minutes approved past a zero balance.' })
  overageMinutes!: number;
  @Field(() => Int) hourlyRateCents!: number;
  @Field(() => Int) overageRateCents!: number;
  @Field() currency!: string;
  @Field(() => OveragePolicy) overagePolicy!: OveragePolicy;
  @Field(() => Int, { nullable: true, description: 'Null: nothing rolls over.' })
  rolloverMaxMinutes!: number | null;
  @Field() responseTier!: string;
  @Field(() => [Int]) alertThresholds!: number[];
  @Field(() => ID) accountManagerId!: string;
  @Field(() => RetainerStatus) status!: RetainerStatus;
  @Field(() => String, { nullable: true, description: 'Internal: null for client users.' }) notes!:
    string | null;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: RetainerEntity, showNotes: boolean): RetainerType {
    return Object.assign(new RetainerType(), {
      id: e.id,
      organizationId: e.organizationId,
      reference: e.reference,
      termStart: e.termStart,
      termEnd: e.termEnd,
      minutesPurchased: e.minutesPurchased,
      balanceMinutes: e.balanceMinutes,
      overageMinutes: e.overageMinutes,
      hourlyRateCents: e.hourlyRateCents,
      overageRateCents: e.overageRateCents,
      currency: e.currency,
      overagePolicy: e.overagePolicy,
      rolloverMaxMinutes: e.rolloverMaxMinutes,
      responseTier: e.responseTier,
      alertThresholds: e.alertThresholds,
      accountManagerId: e.accountManagerId,
      status: e.status,
      notes: showNotes ? e.notes : null,
      version: e.version,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('LedgerEntry')
export class LedgerEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) retainerId!: string;
  @Field(() => LedgerEntryKind) kind!: LedgerEntryKind;
  @Field(() => Int, { description: 'Signed: credits positive, debits negative.' }) minutes!: number;
  @Field(() => Int) balanceAfter!: number;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) referenceType!: string | null;
  @Field(() => ID, { nullable: true }) referenceId!: string | null;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: LedgerEntryEntity): LedgerEntryType {
    return Object.assign(new LedgerEntryType(), e);
  }
}

const DATE = { message: 'must be a date as YYYY-MM-DD' };

@InputType()
export class CreateRetainerInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) organizationId!: string;
  @Field() @IsString() @Length(1, 40, { message: 'must be 1 to 40 characters' }) reference!: string;
  @Field()
  @IsISO8601({ strict: true }, DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  termStart!: string;
  @Field()
  @IsISO8601({ strict: true }, DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  termEnd!: string;
  @Field(() => Int, { description: 'Hours purchased, in minutes (quarter hours).' })
  @IsInt({ message: 'must be whole minutes' })
  @Min(0, { message: 'must not be negative' })
  @Max(1_000_000, { message: 'is too large' })
  minutesPurchased!: number;
  @Field(() => Int)
  @IsInt({ message: 'must be whole cents' })
  @Min(0, { message: 'must not be negative' })
  hourlyRateCents!: number;
  @Field(() => Int)
  @IsInt({ message: 'must be whole cents' })
  @Min(0, { message: 'must not be negative' })
  overageRateCents!: number;
  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR or USD' })
  currency!: string;
  @Field(() => OveragePolicy)
  @IsEnum(OveragePolicy, { message: 'must be ALLOW or BLOCK' })
  overagePolicy!: OveragePolicy;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be whole minutes' })
  @Min(0, { message: 'must not be negative' })
  rolloverMaxMinutes?: number;
  @Field()
  @IsString()
  @Length(1, 60, { message: 'must be 1 to 60 characters' })
  responseTier!: string;
  @Field(() => [Int], {
    nullable: true,
    description: 'Percentages used that raise an alert; default 75, 90, 100.',
  })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true, message: 'must be whole percentages' })
  @Min(1, { each: true, message: 'must be between 1 and 200' })
  @Max(200, { each: true, message: 'must be between 1 and 200' })
  alertThresholds?: number[];
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  accountManagerId?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be at most 10,000 characters' })
  notes?: string;
}

@InputType()
export class LedgerCreditInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) retainerId!: string;
  @Field(() => Int, { description: 'Minutes; positive for a top-up, signed for an adjustment.' })
  @IsInt({ message: 'must be whole minutes' })
  @NotEquals(0, { message: 'must not be zero' })
  @Min(-1_000_000, { message: 'is too large' })
  @Max(1_000_000, { message: 'is too large' })
  minutes!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  reason?: string;
}

@InputType()
export class UpdateRetainerInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id!: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  expectedVersion?: number;
  @Field({ nullable: true, description: 'Moving it moves the reminders and the expiry.' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  termEnd?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: 'must be 1 to 60 characters' })
  responseTier?: string;
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true, message: 'must be whole percentages' })
  @Min(1, { each: true, message: 'must be between 1 and 200' })
  @Max(200, { each: true, message: 'must be between 1 and 200' })
  alertThresholds?: number[];
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be at most 10,000 characters' })
  notes?: string;
}
