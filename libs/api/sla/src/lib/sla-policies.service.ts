import { Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { badInput, notFound } from '@vigil/api/core';
import {
  OrganizationEntity,
  SlaCalendarEntity,
  SlaGoalEntity,
  SlaPolicyEntity,
  TenantDb,
} from '@vigil/api/database';
import {
  calendarProblem,
  escalationDelaysProblem,
  OrganizationKind,
  Severity,
  SlaGoalKind,
  warningSharesProblem,
  type WorkingInterval,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import { checkVersion, requireAdmin, requireStaff } from './sla-access';

export interface CalendarInput {
  id?: string;
  name: string;
  timeZone: string | null;
  week: WorkingInterval[][] | null;
  holidays: string[];
  expectedVersion?: number;
}

export interface GoalInput {
  kind: SlaGoalKind;
  severity: Severity;
  durationMinutes: number;
  calendarId: string | null;
}

export interface PolicyInput {
  id?: string;
  name: string;
  retainerTier: string | null;
  warningShares: number[];
  escalationDelaysMinutes: number[];
  goals: GoalInput[];
  expectedVersion?: number;
}

/** The provider's SLA policies (one per retainer tier, and a default) and their calendars. */
@Injectable()
export class SlaPoliciesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  calendars(): Promise<SlaCalendarEntity[]> {
    requireStaff(this.db.actor());
    return this.db.run((em) => em.find(SlaCalendarEntity, { order: { name: 'ASC' } }));
  }

  policies(): Promise<{ policy: SlaPolicyEntity; goals: SlaGoalEntity[] }[]> {
    requireStaff(this.db.actor());
    return this.db.run(async (em) => {
      const policies = await em.find(SlaPolicyEntity, {
        order: { retainerTier: { direction: 'ASC', nulls: 'FIRST' }, name: 'ASC' },
      });
      const goals = await em.find(SlaGoalEntity, { order: { kind: 'ASC', severity: 'ASC' } });
      return policies.map((policy) => ({
        policy,
        goals: goals.filter((g) => g.policyId === policy.id),
      }));
    });
  }

  saveCalendar(input: CalendarInput): Promise<SlaCalendarEntity> {
    const actor = this.db.actor();
    requireAdmin(actor);
    const name = input.name.trim();
    if (!name) throw badInput('input.name', 'must not be empty');
    const problem = calendarProblem({
      timeZone: input.timeZone ?? 'UTC',
      week: input.week,
      holidays: input.holidays,
    });
    if (problem) throw badInput(`input.${problem.split(/[ :]/)[0] ?? 'week'}`, problem);
    return this.db.run(async (em) => {
      const provider = await providerOf(em);
      let row: SlaCalendarEntity;
      if (input.id) {
        const found = await em.findOne(SlaCalendarEntity, {
          where: { id: input.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!found) throw notFound('Calendar');
        checkVersion(found, input.expectedVersion ?? 0, 'calendar');
        row = found;
      } else row = em.create(SlaCalendarEntity, { organizationId: provider });
      Object.assign(row, {
        name,
        timeZone: input.timeZone?.trim() || null,
        week: input.week,
        holidays: [...new Set(input.holidays)].sort(),
      });
      const saved = await em.save(row);
      await this.audit.record(em, actor, {
        organizationId: provider,
        action: 'sla_calendar.saved',
        targetType: 'SlaCalendar',
        targetId: saved.id,
        changes: { name, timeZone: saved.timeZone, week: saved.week, holidays: saved.holidays },
      });
      return saved;
    });
  }

  /**
   * Saves a policy and its goals. Running cycles keep the goal they started with until the
   * engagement next changes; finished ones keep theirs for good.
   */
  savePolicy(input: PolicyInput): Promise<{ policy: SlaPolicyEntity; goals: SlaGoalEntity[] }> {
    const actor = this.db.actor();
    requireAdmin(actor);
    const name = input.name.trim();
    if (!name) throw badInput('input.name', 'must not be empty');
    const tier = input.retainerTier?.trim() || null;
    const shares = warningSharesProblem(input.warningShares);
    if (shares) throw badInput('input.warningShares', shares);
    const delays = escalationDelaysProblem(input.escalationDelaysMinutes);
    if (delays) throw badInput('input.escalationDelaysMinutes', delays);
    const seen = new Set<string>();
    input.goals.forEach((g, i) => {
      if (
        !Number.isInteger(g.durationMinutes) ||
        g.durationMinutes <= 0 ||
        g.durationMinutes > 525_600
      )
        throw badInput(
          `input.goals[${i}].durationMinutes`,
          'must be a whole number of minutes, 1 to 525600',
        );
      if (g.kind === SlaGoalKind.REGULATORY)
        throw badInput(
          `input.goals[${i}].kind`,
          'regulatory deadlines follow the regulators’ rules, not a policy',
        );
      const key = `${g.kind}:${g.severity}`;
      if (seen.has(key))
        throw badInput(`input.goals[${i}]`, `${g.kind} for ${g.severity} is given twice`);
      seen.add(key);
    });
    return this.db.run(async (em) => {
      const provider = await providerOf(em);
      let row: SlaPolicyEntity;
      if (input.id) {
        const found = await em.findOne(SlaPolicyEntity, {
          where: { id: input.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!found) throw notFound('Policy');
        checkVersion(found, input.expectedVersion ?? 0, 'policy');
        row = found;
      } else row = em.create(SlaPolicyEntity, { organizationId: provider });
      const clash = await em
        .createQueryBuilder(SlaPolicyEntity, 'p')
        .where(
          tier === null ? 'p.retainer_tier IS NULL' : 'lower(p.retainer_tier) = lower(:tier)',
          { tier },
        )
        .andWhere(row.id ? 'p.id <> :id' : 'true', { id: row.id })
        .getOne();
      if (clash)
        throw badInput(
          'input.retainerTier',
          tier === null
            ? `"${clash.name}" is already the default policy`
            : `"${clash.name}" already covers the ${clash.retainerTier ?? tier} tier`,
        );
      const calendarIds = [
        ...new Set(input.goals.map((g) => g.calendarId).filter((c): c is string => !!c)),
      ];
      if (calendarIds.length) {
        const found = await em.count(SlaCalendarEntity, {
          where: calendarIds.map((id) => ({ id })),
        });
        if (found !== calendarIds.length)
          throw badInput('input.goals', 'a goal names a calendar that does not exist');
      }
      Object.assign(row, {
        name,
        retainerTier: tier,
        warningShares: [...input.warningShares],
        escalationDelaysMinutes: [...input.escalationDelaysMinutes],
        // The goals live in their own table: a save is a new version even when only they change.
        updatedAt: new Date(),
      });
      const saved = await em.save(row);
      await em.delete(SlaGoalEntity, { policyId: saved.id });
      if (input.goals.length)
        await em.insert(
          SlaGoalEntity,
          input.goals.map((g) => ({
            organizationId: provider,
            policyId: saved.id,
            kind: g.kind,
            severity: g.severity,
            durationMinutes: g.durationMinutes,
            calendarId: g.calendarId,
          })),
        );
      await this.audit.record(em, actor, {
        organizationId: provider,
        action: 'sla_policy.saved',
        targetType: 'SlaPolicy',
        targetId: saved.id,
        changes: { name, retainerTier: tier, goals: input.goals.length },
      });
      const goals = await em.find(SlaGoalEntity, {
        where: { policyId: saved.id },
        order: { kind: 'ASC', severity: 'ASC' },
      });
      return { policy: saved, goals };
    });
  }
}

async function providerOf(em: EntityManager): Promise<string> {
  const provider = await em.findOneBy(OrganizationEntity, { kind: OrganizationKind.PROVIDER });
  if (!provider) throw notFound('Provider organisation');
  return provider.id;
}
