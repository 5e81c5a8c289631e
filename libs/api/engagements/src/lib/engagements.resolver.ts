import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Connection, SignedIn, toConnection, UuidPipe } from '@vigil/api/core';
import { TenantDb } from '@vigil/api/database';
import { isProviderRole, PHASE_GATES, PROVIDER_ROLES, Role } from '@vigil/shared/domain';
import {
  AddMemberInput,
  ChangeSeverityInput,
  DeclareEngagementInput,
  EngagementCountType,
  EngagementDashboardType,
  EngagementFilter,
  EngagementMemberType,
  EngagementType,
  EngagementView,
  GateItemType,
  MovePhaseInput,
  PhaseChangeType,
  SetGateItemInput,
  SeverityChangeType,
  UpdateEngagementInput,
} from './dto/engagement.types';
import { EngagementAccess } from './engagement-access';
import { EngagementsService } from './engagements.service';

export const EngagementConnection = Connection(EngagementType, 'Engagement');
export type EngagementConnection = InstanceType<typeof EngagementConnection>;

@Resolver(() => EngagementType)
export class EngagementsResolver {
  constructor(
    private readonly service: EngagementsService,
    private readonly access: EngagementAccess,
    private readonly db: TenantDb,
  ) {}

  private internal(): boolean {
    const role = this.db.actor().role;
    return role !== null && isProviderRole(role);
  }

  /** The engagement as its reader may see it, with the incident commander's name. */
  private async present(views: EngagementView[]): Promise<EngagementType[]> {
    const names = await this.access.names(views.map((v) => v.commanderId));
    const internal = this.internal();
    return views.map((v) =>
      EngagementType.from(
        { ...v, commanderName: v.commanderId ? (names.get(v.commanderId) ?? null) : null },
        internal,
      ),
    );
  }

  private async reload(id: string): Promise<EngagementType> {
    const [one] = await this.present([await this.service.get(id)]);
    if (!one) throw new Error('engagement vanished after it was saved');
    return one;
  }

  @SignedIn()
  @Query(() => EngagementConnection, {
    description: 'Engagements you may see, newest declared first.',
  })
  async engagements(
    @Args('filter', { nullable: true }) filter?: EngagementFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<EngagementConnection> {
    const page = await this.service.list(filter ?? {}, first, after);
    const nodes = await this.present(page.items);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return toConnection(
      page,
      (e) => ({ sort: e.declaredAt.toISOString(), id: e.id }),
      (e) => byId.get(e.id) as EngagementType,
    );
  }

  @SignedIn()
  @Query(() => EngagementType)
  async engagement(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<EngagementType> {
    return this.reload(id);
  }

  @Allow(Role.PROVIDER_ADMIN, Role.ACCOUNT_MANAGER)
  @Query(() => EngagementDashboardType)
  async engagementDashboard(): Promise<EngagementDashboardType> {
    const d = await this.service.dashboard();
    return Object.assign(new EngagementDashboardType(), {
      ...d,
      open: d.open.map((c) => Object.assign(new EngagementCountType(), c)),
    });
  }

  @Allow(...PROVIDER_ROLES, Role.CLIENT_ADMIN)
  @Mutation(() => EngagementType, {
    description:
      'Declares an incident: provider staff for a client they are assigned to, or a client admin for their own organisation ("report an incident").',
  })
  async declareEngagement(@Args('input') input: DeclareEngagementInput): Promise<EngagementType> {
    return this.reload((await this.service.declare(input)).id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EngagementType)
  async updateEngagement(@Args('input') input: UpdateEngagementInput): Promise<EngagementType> {
    return this.reload((await this.service.update(input)).id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EngagementType, {
    description: 'Takes a reported incident: acknowledged now; you lead it unless someone does.',
  })
  async acknowledgeEngagement(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<EngagementType> {
    return this.reload((await this.service.acknowledge(id)).id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EngagementType)
  async changeEngagementSeverity(
    @Args('input') input: ChangeSeverityInput,
  ): Promise<EngagementType> {
    return this.reload((await this.service.changeSeverity(input)).id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EngagementType, { description: 'Checks or unchecks an item of the phase gate.' })
  async setGateItem(@Args('input') input: SetGateItemInput): Promise<EngagementType> {
    return this.reload((await this.service.setGateItem(input)).id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EngagementType, {
    description: 'Forward one phase through its gate, or back with a reason.',
  })
  async moveEngagementPhase(@Args('input') input: MovePhaseInput): Promise<EngagementType> {
    return this.reload((await this.service.movePhase(input)).id);
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => EngagementMemberType, {
    description: 'Adds a person in a role; a new incident commander takes over from the old.',
  })
  async addEngagementMember(@Args('input') input: AddMemberInput): Promise<EngagementMemberType> {
    const member = await this.service.addMember(input);
    const names = await this.access.names([member.userId]);
    return EngagementMemberType.from(member, names.get(member.userId) ?? '');
  }

  @Allow(...PROVIDER_ROLES)
  @Mutation(() => Boolean)
  removeEngagementMember(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.service.removeMember(id);
  }

  @SignedIn()
  @ResolveField(() => [EngagementMemberType])
  async members(@Parent() e: EngagementType): Promise<EngagementMemberType[]> {
    const members = await this.service.members(e.id);
    const names = await this.access.names(members.map((m) => m.userId));
    return members.map((m) => EngagementMemberType.from(m, names.get(m.userId) ?? ''));
  }

  @SignedIn()
  @ResolveField(() => [GateItemType], {
    description: 'The current phase’s exit checklist (provider staff; empty for clients).',
  })
  async gate(@Parent() e: EngagementType): Promise<GateItemType[]> {
    if (!this.internal()) return [];
    const checks = new Map((await this.service.gateChecks(e.id)).map((c) => [c.item, c]));
    const names = await this.access.names([...checks.values()].map((c) => c.checkedById));
    return PHASE_GATES[e.phase].map((item) => {
      const check = checks.get(item.key);
      return Object.assign(new GateItemType(), {
        ...item,
        phase: e.phase,
        checked: Boolean(check),
        checkedByName: check ? (names.get(check.checkedById) ?? null) : null,
        checkedAt: check?.checkedAt ?? null,
      });
    });
  }

  @SignedIn()
  @ResolveField(() => [SeverityChangeType])
  async severityHistory(@Parent() e: EngagementType): Promise<SeverityChangeType[]> {
    const rows = await this.service.severityHistory(e.id);
    const names = await this.access.names(rows.map((r) => r.changedById));
    const internal = this.internal();
    return rows.map((r) =>
      SeverityChangeType.from(
        r,
        r.changedById ? (names.get(r.changedById) ?? null) : null,
        internal,
      ),
    );
  }

  @SignedIn()
  @ResolveField(() => [PhaseChangeType])
  async phaseHistory(@Parent() e: EngagementType): Promise<PhaseChangeType[]> {
    const rows = await this.service.phaseHistory(e.id);
    const names = await this.access.names(rows.map((r) => r.changedById));
    const internal = this.internal();
    return rows.map((r) =>
      PhaseChangeType.from(r, r.changedById ? (names.get(r.changedById) ?? null) : null, internal),
    );
  }
}
