import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@vigil/api/audit';
import { Actor, badInput, notFound } from '@vigil/api/core';
import {
  EngagementEntity,
  EngagementRegulatoryFactsEntity,
  OrganizationEntity,
  RegulatoryDeadlineEntity,
  RegulatoryDeadlineStatus,
  RegulatoryProfileEntity,
  SlaCycleEntity,
  TenantDb,
} from '@vigil/api/database';
import {
  DEFAULT_ESCALATION_DELAYS_MINUTES,
  DEFAULT_WARNING_SHARES,
  ObligationCode,
  OrganizationKind,
  proposeDeadlines,
  RegulatoryFacts,
  RegulatoryRegime,
  SlaCycleState,
  SlaGoalKind,
} from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import { isLive, schedule } from './cycle-state';
import { cancel, SlaClockService, stop } from './sla-clock.service';
import { ENGAGEMENT_CHANGES, EngagementChanges } from './engagement-changes';
import { checkVersion, requireStaff, requireManager } from './sla-access';

/** The facts the team records; the client's time zone comes from its organisation. */
export type FactsInput = Omit<RegulatoryFacts, 'timeZone'>;

/**
 * Regulators' clocks: a client's profile says which regimes may apply, an engagement's facts arm
 * them; Vigil proposes each deadline with its rule, the team confirms or dismisses it, and each
 * confirmed one runs as an SLA cycle until the notification is recorded as submitted.
 */
@Injectable()
export class RegulatoryService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly clock: SlaClockService,
    @Inject(ENGAGEMENT_CHANGES) private readonly changes: EngagementChanges,
  ) {}

  profile(organizationId: string): Promise<RegulatoryProfileEntity | null> {
    return this.db.run(async (em) => {
      const org = await em.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org || org.kind !== OrganizationKind.CLIENT) throw notFound('Client');
      return em.findOneBy(RegulatoryProfileEntity, { organizationId });
    });
  }

  saveProfile(
    organizationId: string,
    regimes: RegulatoryRegime[],
    notes: string,
    expectedVersion: number | null,
  ): Promise<RegulatoryProfileEntity> {
    const actor = this.db.actor();
    requireManager(actor);
    return this.db.run(async (em) => {
      const org = await em.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org || org.kind !== OrganizationKind.CLIENT) throw notFound('Client');
      const current = await em.findOne(RegulatoryProfileEntity, {
        where: { organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (current) checkVersion(current, expectedVersion ?? 0, 'regulatory profile');
      else if (expectedVersion) checkVersion({ version: 0 }, expectedVersion, 'regulatory profile');
      const saved = await em.save(
        Object.assign(current ?? em.create(RegulatoryProfileEntity, { organizationId }), {
          regimes: [...new Set(regimes)],
          notes: notes.trim(),
        }),
      );
      await this.audit.record(em, actor, {
        organizationId,
        action: 'regulatory_profile.saved',
        targetType: 'RegulatoryProfile',
        targetId: saved.id,
        changes: { regimes: saved.regimes },
      });
      return saved;
    });
  }

  /**
   * What the reader may see of an engagement's regulatory side: the deadlines (row-level security
   * leaves clients the confirmed and submitted ones) and, for provider staff, the facts and the
   * client's regimes.
   */
  overview(
    engagementId: string,
    staff: boolean,
  ): Promise<{
    facts: EngagementRegulatoryFactsEntity | null;
    regimes: RegulatoryRegime[];
    deadlines: RegulatoryDeadlineEntity[];
  }> {
    return this.db.run(async (em) => {
      const e = await this.engagement(em, engagementId);
      const deadlines = await em.find(RegulatoryDeadlineEntity, {
        where: { engagementId },
        order: { dueAt: 'ASC', obligation: 'ASC' },
      });
      if (!staff) return { facts: null, regimes: [], deadlines };
      const facts = await em.findOneBy(EngagementRegulatoryFactsEntity, { engagementId });
      const profile = await em.findOneBy(RegulatoryProfileEntity, {
        organizationId: e.organizationId,
      });
      return { facts, regimes: profile?.regimes ?? [], deadlines };
    });
  }

  /** Records the trigger facts and proposes (or moves) the deadlines that follow from them. */
  recordFacts(
    engagementId: string,
    input: FactsInput,
    expectedVersion: number | null,
    now = new Date(),
  ): Promise<EngagementRegulatoryFactsEntity> {
    const actor = this.db.actor();
    requireStaff(actor);
    for (const [field, value] of [
      ['input.awareAt', input.awareAt],
      ['input.majorClassifiedAt', input.majorClassifiedAt],
      ['input.materialityDeterminedAt', input.materialityDeterminedAt],
    ] as const) {
      if (value && value.getTime() > now.getTime() + 60_000)
        throw badInput(field, 'must not be in the future');
    }
    if (
      input.recordsAffected !== null &&
      (!Number.isInteger(input.recordsAffected) || input.recordsAffected < 0)
    )
      throw badInput('input.recordsAffected', 'must be a whole number, 0 or more');
    return this.db.run(async (em) => {
      const e = await this.engagement(em, engagementId, true);
      const current = await em.findOne(EngagementRegulatoryFactsEntity, {
        where: { engagementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (current) checkVersion(current, expectedVersion ?? 0, 'set of regulatory facts');
      const saved = await em.save(
        Object.assign(
          current ??
            em.create(EngagementRegulatoryFactsEntity, {
              organizationId: e.organizationId,
              engagementId,
            }),
          input,
        ),
      );
      await this.propose(em, e, saved, actor);
      await this.audit.record(em, actor, {
        organizationId: e.organizationId,
        action: 'regulatory_facts.recorded',
        targetType: 'Engagement',
        targetId: engagementId,
        changes: { ...input },
      });
      this.changes.engagementChanged(e);
      return saved;
    });
  }

  /** Confirms a proposed deadline (its clock starts) or dismisses it with a reason. */
  decide(
    deadlineId: string,
    confirm: boolean,
    reason: string,
    expectedVersion: number,
  ): Promise<RegulatoryDeadlineEntity> {
    const actor = this.db.actor();
    requireStaff(actor);
    const why = reason.trim();
    if (!confirm && !why) throw badInput('input.reason', 'say why this deadline does not apply');
    return this.db.run(async (em) => {
      const d = await this.deadline(em, deadlineId);
      checkVersion(d, expectedVersion, 'deadline');
      if (d.status === RegulatoryDeadlineStatus.SUBMITTED)
        throw badInput('input.deadlineId', 'this notification was already submitted');
      d.status = confirm ? RegulatoryDeadlineStatus.CONFIRMED : RegulatoryDeadlineStatus.DISMISSED;
      d.decisionReason = why || null;
      d.decidedById = actor.userId;
      d.decidedAt = new Date();
      const saved = await em.save(d);
      await this.syncCycle(em, saved);
      await this.audit.record(em, actor, {
        organizationId: d.organizationId,
        action: confirm ? 'regulatory_deadline.confirmed' : 'regulatory_deadline.dismissed',
        targetType: 'RegulatoryDeadline',
        targetId: d.id,
        changes: { obligation: d.obligation, dueAt: d.dueAt.toISOString(), reason: why || null },
      });
      this.changes.engagementChanged(await this.engagement(em, d.engagementId));
      return saved;
    });
  }

  /** Records when the notification actually went to the regulator; its clock stops there. */
  recordSubmission(
    deadlineId: string,
    submittedAt: Date,
    reference: string,
    expectedVersion: number,
    now = new Date(),
  ): Promise<RegulatoryDeadlineEntity> {
    const actor = this.db.actor();
    requireStaff(actor);
    if (submittedAt.getTime() > now.getTime() + 60_000)
      throw badInput('input.submittedAt', 'must not be in the future');
    return this.db.run(async (em) => {
      const d = await this.deadline(em, deadlineId);
      checkVersion(d, expectedVersion, 'deadline');
      if (d.status === RegulatoryDeadlineStatus.DISMISSED)
        throw badInput('input.deadlineId', 'confirm this deadline before recording its submission');
      d.status = RegulatoryDeadlineStatus.SUBMITTED;
      d.submittedAt = submittedAt;
      d.submittedById = actor.userId;
      d.submissionReference = reference.trim() || null;
      d.decidedAt ??= new Date();
      d.decidedById ??= actor.userId;
      const saved = await em.save(d);
      await this.syncCycle(em, saved);
      // Later notifications of a chain (DORA, NIS2) count from this one's submission.
      const e = await this.engagement(em, d.engagementId);
      const facts = await em.findOneBy(EngagementRegulatoryFactsEntity, {
        engagementId: d.engagementId,
      });
      if (facts) await this.propose(em, e, facts, actor);
      await this.audit.record(em, actor, {
        organizationId: d.organizationId,
        action: 'regulatory_deadline.submitted',
        targetType: 'RegulatoryDeadline',
        targetId: d.id,
        changes: { submittedAt: submittedAt.toISOString(), reference: d.submissionReference },
      });
      this.changes.engagementChanged(e);
      return saved;
    });
  }

  /** Proposes what the profile and facts call for; moves undecided and confirmed ones. */
  private async propose(
    em: EntityManager,
    e: EngagementEntity,
    facts: EngagementRegulatoryFactsEntity,
    actor: Actor,
  ): Promise<void> {
    const org = await em.findOneByOrFail(OrganizationEntity, { id: e.organizationId });
    const profile = await em.findOneBy(RegulatoryProfileEntity, {
      organizationId: e.organizationId,
    });
    const existing = await em.find(RegulatoryDeadlineEntity, { where: { engagementId: e.id } });
    const submitted: Partial<Record<ObligationCode, Date>> = {};
    for (const d of existing)
      if (d.submittedAt) submitted[d.obligation as ObligationCode] = new Date(d.submittedAt);
    const proposals = proposeDeadlines(
      profile?.regimes ?? [],
      { ...facts, timeZone: org.timeZone },
      submitted,
    );
    const proposed = new Set<string>();
    for (const p of proposals) {
      proposed.add(p.obligation);
      const d = existing.find((x) => x.obligation === p.obligation);
      if (
        d &&
        (d.status === RegulatoryDeadlineStatus.SUBMITTED ||
          d.status === RegulatoryDeadlineStatus.DISMISSED)
      )
        continue;
      const row = Object.assign(
        d ??
          em.create(RegulatoryDeadlineEntity, {
            organizationId: e.organizationId,
            engagementId: e.id,
            obligation: p.obligation,
            status: RegulatoryDeadlineStatus.PROPOSED,
          }),
        {
          regime: p.regime,
          title: p.title.slice(0, 200),
          rule: p.rule,
          triggerLabel: p.triggerLabel.slice(0, 200),
          triggerAt: p.triggerAt,
          dueAt: p.dueAt,
        },
      );
      const saved = await em.save(row);
      if (saved.status === RegulatoryDeadlineStatus.CONFIRMED) await this.syncCycle(em, saved);
    }
    // Undecided proposals the facts no longer call for go away with a reason on record.
    for (const d of existing) {
      if (d.status !== RegulatoryDeadlineStatus.PROPOSED || proposed.has(d.obligation)) continue;
      d.status = RegulatoryDeadlineStatus.DISMISSED;
      d.decisionReason = 'No longer follows from the recorded facts';
      d.decidedById = actor.userId;
      d.decidedAt = new Date();
      await em.save(d);
    }
  }

  /** The deadline's cycle: started when confirmed, moved with the deadline, stopped or cancelled. */
  private async syncCycle(em: EntityManager, d: RegulatoryDeadlineEntity): Promise<void> {
    const [cycle] = await em.find(SlaCycleEntity, {
      where: { regulatoryDeadlineId: d.id },
      lock: { mode: 'pessimistic_write' },
    });
    const before = new Map(cycle ? [[cycle.id, cycle.nextAlarmAt]] : []);
    const now = new Date();
    const goalMinutes = Math.max(
      0,
      Math.round((d.dueAt.getTime() - d.triggerAt.getTime()) / 60_000),
    );
    // Counted back from the due instant, so the clock ends exactly when the rule says.
    const startedAt = new Date(d.dueAt.getTime() - goalMinutes * 60_000);
    let c = cycle;
    if (!c) {
      if (
        d.status !== RegulatoryDeadlineStatus.CONFIRMED &&
        d.status !== RegulatoryDeadlineStatus.SUBMITTED
      )
        return;
      const org = await em.findOneByOrFail(OrganizationEntity, { id: d.organizationId });
      c = em.create(SlaCycleEntity, {
        organizationId: d.organizationId,
        engagementId: d.engagementId,
        kind: SlaGoalKind.REGULATORY,
        sequence:
          (await em.count(SlaCycleEntity, {
            where: { engagementId: d.engagementId, kind: SlaGoalKind.REGULATORY },
          })) + 1,
        severity: null,
        policyId: null,
        regulatoryDeadlineId: d.id,
        label: d.title,
        goalMinutes,
        calendar: { timeZone: org.timeZone, week: null, holidays: [] },
        pausable: false,
        state: SlaCycleState.RUNNING,
        startedAt,
        pauses: [],
        dueAt: d.dueAt,
        stoppedAt: null,
        warningShares: [...DEFAULT_WARNING_SHARES],
        warningsSent: [],
        breachedAt: null,
        breachRecordedAt: null,
        escalationDelaysMinutes: [...DEFAULT_ESCALATION_DELAYS_MINUTES],
        escalationsSent: 0,
        nextAlarmAt: null,
        cancelReason: null,
      });
    } else if (isLive(c)) {
      c.label = d.title;
      c.goalMinutes = goalMinutes;
      c.startedAt = startedAt;
    }
    if (isLive(c)) {
      if (d.status === RegulatoryDeadlineStatus.SUBMITTED && d.submittedAt)
        stop(c, d.submittedAt, now);
      else if (d.status === RegulatoryDeadlineStatus.DISMISSED)
        cancel(c, d.decisionReason ?? 'Dismissed', now);
    }
    Object.assign(c, schedule(c));
    const saved = await em.save(c);
    this.clock.rearm([saved], before);
  }

  private async engagement(em: EntityManager, id: string, lock = false): Promise<EngagementEntity> {
    const e = await em.findOne(EngagementEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!e) throw notFound('Engagement');
    return e;
  }

  private async deadline(em: EntityManager, id: string): Promise<RegulatoryDeadlineEntity> {
    const d = await em.findOne(RegulatoryDeadlineEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!d) throw notFound('Deadline');
    return d;
  }
}
