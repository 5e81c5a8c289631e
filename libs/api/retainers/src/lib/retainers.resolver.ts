import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, SignedIn, toConnection, UuidPipe } from '@vigil/api/core';
import { TenantDb } from '@vigil/api/database';
import {
  isProviderRole,
  LedgerEntryKind,
  PROVIDER_ROLES,
  Role,
  RetainerStatus,
} from '@vigil/shared/domain';
import {
  CreateRetainerInput,
  LedgerCreditInput,
  LedgerEntryType,
  RetainerType,
  UpdateRetainerInput,
} from './dto/retainer.types';
import { RetainersService } from './retainers.service';

export const RetainerConnection = Connection(RetainerType, 'Retainer');
export type RetainerConnection = InstanceType<typeof RetainerConnection>;
export const LedgerEntryConnection = Connection(LedgerEntryType, 'LedgerEntry');
export type LedgerEntryConnection = InstanceType<typeof LedgerEntryConnection>;

const MANAGERS = [Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER];

@Resolver(() => RetainerType)
export class RetainersResolver {
  constructor(
    private readonly service: RetainersService,
    private readonly db: TenantDb,
  ) {}

  private present = (r: Parameters<typeof RetainerType.from>[0]): RetainerType => {
    const role = this.db.actor().role;
    return RetainerType.from(r, role !== null && isProviderRole(role));
  };

  @SignedIn()
  @Query(() => RetainerConnection, { description: 'Retainers you may see, by term end.' })
  async retainers(
    @Args('organizationId', { type: () => ID, nullable: true }, UuidPipe) organizationId?: string,
    @Args('status', { type: () => RetainerStatus, nullable: true }) status?: RetainerStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<RetainerConnection> {
    const page = await this.service.list({ organizationId, status }, first, after);
    return toConnection(page, (r) => ({ sort: r.termEnd, id: r.id }), this.present);
  }

  @SignedIn()
  @Query(() => RetainerType)
  async retainer(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<RetainerType> {
    return this.present(await this.service.get(id));
  }

  @Allow(...PROVIDER_ROLES)
  @Query(() => LedgerEntryConnection, {
    description: 'The retainer’s ledger, oldest first, with the balance after each entry.',
  })
  async ledger(
    @Args('retainerId', { type: () => ID }, UuidPipe) retainerId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<LedgerEntryConnection> {
    const page = await this.service.ledger(retainerId, first, after);
    return toConnection(page, (l) => ({ sort: l.seq, id: l.id }), LedgerEntryType.from);
  }

  @Allow(...MANAGERS)
  @Mutation(() => RetainerType, { description: 'A new retainer, as a draft.' })
  async createRetainer(@Args('input') input: CreateRetainerInput): Promise<RetainerType> {
    return this.present(await this.service.create(input));
  }

  @Allow(...MANAGERS)
  @Mutation(() => RetainerType, {
    description: 'Draft → active; writes the purchase to the ledger.',
  })
  async activateRetainer(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<RetainerType> {
    return this.present(await this.service.activate(id));
  }

  @Allow(...MANAGERS)
  @Mutation(() => RetainerType, {
    description: 'Change the term end, tier, alert thresholds or notes.',
  })
  async updateRetainer(@Args('input') input: UpdateRetainerInput): Promise<RetainerType> {
    return this.present(await this.service.update(input));
  }

  @Allow(...MANAGERS)
  @Mutation(() => RetainerType, { description: 'Buy more hours for the current term.' })
  async topUpRetainer(@Args('input') input: LedgerCreditInput): Promise<RetainerType> {
    return this.present(
      await this.service.credit(
        LedgerEntryKind.TOP_UP,
        input.retainerId,
        input.minutes,
        input.reason,
      ),
    );
  }

  @Allow(...MANAGERS)
  @Mutation(() => RetainerType, {
    description: 'Correct the balance either way; a reason is required.',
  })
  async adjustRetainer(@Args('input') input: LedgerCreditInput): Promise<RetainerType> {
    return this.present(
      await this.service.credit(
        LedgerEntryKind.ADJUSTMENT,
        input.retainerId,
        input.minutes,
        input.reason,
      ),
    );
  }
}
