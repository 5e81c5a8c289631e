import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { Allow, badInput, Connection, pageSize, SignedIn, UuidPipe } from '@vigil/api/core';
import { isCalendarDay, Role } from '@vigil/shared/domain';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PortfolioRow, PortfolioService, PortfolioSort } from './portfolio.service';

registerEnumType(PortfolioSort, { name: 'PortfolioSort' });

@ObjectType('PortfolioItem')
export class PortfolioItemType {
  @Field(() => ID) retainerId!: string;
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field() timeZone!: string;
  @Field() reference!: string;
  @Field() responseTier!: string;
  @Field() status!: string;
  @Field() termStart!: string;
  @Field() termEnd!: string;
  @Field(() => Int) minutesPurchased!: number;
  @Field(() => Int, { description: 'Hours left, in minutes.' }) balanceMinutes!: number;
  @Field(() => Int) usedMinutes!: number;
  @Field(() => Int, { description: 'Minutes used over the last 30 days.' })
  burnedLast30Days!: number;
  @Field(() => String, {
    nullable: true,
    description: 'When the hours run out at the last 30 days’ rate (client’s calendar).',
  })
  projectedExhaustion!: string | null;
  @Field({ description: 'Runs out before the term ends, or the term ends within 30 days.' })
  atRisk!: boolean;
  @Field(() => ID) accountManagerId!: string;

  static from(r: PortfolioRow): PortfolioItemType {
    return Object.assign(new PortfolioItemType(), {
      retainerId: r.retainer_id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      timeZone: r.time_zone,
      reference: r.reference,
      responseTier: r.response_tier,
      status: r.status,
      termStart: r.term_start,
      termEnd: r.term_end,
      minutesPurchased: r.minutes_purchased,
      balanceMinutes: r.balance_minutes,
      usedMinutes: r.used_minutes,
      burnedLast30Days: r.burned_last_30_days,
      projectedExhaustion: r.projected_exhaustion,
      atRisk: r.at_risk,
      accountManagerId: r.account_manager_id,
    });
  }
}

@ObjectType('MonthlyUsage')
export class MonthlyUsageType {
  @Field({ description: 'YYYY-MM in the client’s time zone.' }) month!: string;
  @Field(() => Int) minutes!: number;
}

@InputType()
export class PortfolioFilter {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() atRiskOnly?: boolean;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string;
}

export const PortfolioConnection = Connection(PortfolioItemType, 'Portfolio');
export type PortfolioConnection = InstanceType<typeof PortfolioConnection>;

@Resolver()
export class PortfolioResolver {
  constructor(private readonly service: PortfolioService) {}

  @Allow(Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER)
  @Query(() => PortfolioConnection, {
    description: 'The account manager’s retainers (admins: all), with burn rate and risk.',
  })
  async retainerPortfolio(
    @Args('filter', { nullable: true }) filter?: PortfolioFilter,
    @Args('sort', {
      type: () => PortfolioSort,
      nullable: true,
      defaultValue: PortfolioSort.TERM_END,
    })
    sort: PortfolioSort = PortfolioSort.TERM_END,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<PortfolioConnection> {
    const limit = pageSize(first);
    const offset = after
      ? Number(
          Buffer.from(after, 'base64url')
            .toString('utf8')
            .replace(/^offset:/, ''),
        )
      : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw badInput('after', 'is not a cursor this API issued');
    const { rows, total } = await this.service.page(filter ?? {}, sort, limit, offset);
    const edges = rows.map((r, i) => ({
      cursor: Buffer.from(`offset:${offset + i + 1}`).toString('base64url'),
      node: PortfolioItemType.from(r),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: offset + rows.length < total,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: total,
    };
  }

  @SignedIn()
  @Query(() => [MonthlyUsageType], { description: 'Minutes used per month.' })
  retainerUsage(
    @Args('retainerId', { type: () => ID }, UuidPipe) retainerId: string,
  ): Promise<MonthlyUsageType[]> {
    return this.service.usageByMonth(retainerId);
  }

  @SignedIn()
  @Query(() => String, {
    description: 'CSV statement of the ledger between two calendar days (client’s time zone).',
  })
  retainerStatement(
    @Args('retainerId', { type: () => ID }, UuidPipe) retainerId: string,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<string> {
    if (!isCalendarDay(from)) throw badInput('from', 'must be a date as YYYY-MM-DD');
    if (!isCalendarDay(to)) throw badInput('to', 'must be a date as YYYY-MM-DD');
    return this.service.statement(retainerId, from, to);
  }
}
