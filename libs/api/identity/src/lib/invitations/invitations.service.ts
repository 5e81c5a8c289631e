import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@vigil/api/audit';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  Page,
  systemActorFor,
  VIGIL_CONFIG,
  VigilConfig,
} from '@vigil/api/core';
import {
  InvitationEntity,
  keysetPage,
  OrganizationEntity,
  TenantDb,
  uniqueViolation,
  UserEntity,
} from '@vigil/api/database';
import { ExpireInvitationJobData, JobName, jobIds, QueueName } from '@vigil/api/queue';
import {
  InvitationStatus,
  normalizeEmail,
  OrganizationKind,
  OrganizationStatus,
  Role,
  rolesInvitableBy,
} from '@vigil/shared/domain';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { ActorService } from '../access/actor.service';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/passwords';
import { hashSecret, newSecret } from '../auth/tokens';
import { AuthPayload } from '../dto/user.types';

const EXPIRY_MARGIN_MS = 500;

export class NotDueYetError extends Error {
  constructor(invitationId: string) {
    super(`Invitation ${invitationId} is not due to expire yet`);
  }
}

const STATUS_WORDS: Record<InvitationStatus, string> = {
  [InvitationStatus.PENDING]: 'is pending',
  [InvitationStatus.ACCEPTED]: 'was already accepted',
  [InvitationStatus.REVOKED]: 'was revoked',
  [InvitationStatus.EXPIRED]: 'has expired; ask for a new one',
};

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
    @InjectQueue(QueueName.IDENTITY) private readonly queue: Queue,
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly actors: ActorService,
  ) {}

  async invite(
    organizationId: string,
    rawEmail: string,
    role: Role,
  ): Promise<{ invitation: InvitationEntity; link: string }> {
    const actor = this.db.actor();
    const email = normalizeEmail(rawEmail);
    const token = newSecret();
    const invitation = await this.db.run(async (em) => {
      const org = await em.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org) throw notFound('Organisation');
      if (org.status !== OrganizationStatus.ACTIVE)
        throw badInput('input.organizationId', 'this organisation is offboarded');
      const allowed = rolesInvitableBy(
        actor.role ?? Role.CLIENT_VIEWER,
        org.kind === OrganizationKind.PROVIDER,
      );
      if (actor.role === Role.CLIENT_ADMIN && org.id !== actor.organizationId)
        throw notFound('Organisation');
      if (!allowed.includes(role)) {
        throw badInput(
          'input.role',
          allowed.length
            ? `must be one of ${allowed.join(', ')} here`
            : 'you cannot invite anyone to this organisation',
        );
      }
      if (await this.emailInUse(em, email))
        throw conflict('input.email', 'already belongs to a Vigil account');
      // A new invitation replaces any pending one for the same address.
      const previous = await em.findBy(InvitationEntity, {
        organizationId,
        email,
        status: InvitationStatus.PENDING,
      });
      for (const old of previous) {
        old.status = InvitationStatus.REVOKED;
        old.revokedAt = new Date();
        await em.save(old);
        await this.audit.record(em, actor, {
          organizationId,
          action: 'invitation.revoked',
          targetType: 'Invitation',
          targetId: old.id,
          changes: { reason: 'replaced by a new invitation' },
        });
      }
      const created = await em.save(
        em.create(InvitationEntity, {
          organizationId,
          email,
          role,
          tokenHash: hashSecret(token),
          status: InvitationStatus.PENDING,
          invitedById: actor.userId,
          expiresAt: new Date(Date.now() + this.config.invitationTtlSeconds * 1000),
        }),
      );
      await this.audit.record(em, actor, {
        organizationId,
        action: 'invitation.created',
        targetType: 'Invitation',
        targetId: created.id,
        changes: { email, role },
      });
      return created;
    });
    await this.scheduleExpiry(invitation);
    return {
      invitation,
      link: `${this.config.publicWebUrl}/accept-invitation?token=${encodeURIComponent(token)}`,
    };
  }

  /** Arms the expiry alarm. Failure is logged, not fatal: the worker's sweep re-arms what is missing. */
  async scheduleExpiry(
    invitation: Pick<InvitationEntity, 'id' | 'organizationId' | 'expiresAt'>,
  ): Promise<void> {
    const data: ExpireInvitationJobData = {
      invitationId: invitation.id,
      organizationId: invitation.organizationId,
    };
    try {
      await this.queue.add(JobName.EXPIRE_INVITATION, data, {
        jobId: jobIds.expireInvitation(invitation.id),
        // A little after the instant, so the job never finds the invitation still in its time.
        delay: Math.max(0, invitation.expiresAt.getTime() - Date.now() + EXPIRY_MARGIN_MS),
      });
    } catch (e) {
      this.logger.warn(
        `Could not schedule expiry of invitation ${invitation.id}; the sweep will: ${String(e)}`,
      );
    }
  }

  revoke(id: string): Promise<InvitationEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const invitation = await em.findOneBy(InvitationEntity, { id });
      if (!invitation) throw notFound('Invitation');
      if (actor.role === Role.CLIENT_ADMIN && invitation.organizationId !== actor.organizationId)
        throw notFound('Invitation');
      if (invitation.status !== InvitationStatus.PENDING)
        throw badInput('id', `this invitation ${STATUS_WORDS[invitation.status]}`);
      invitation.status = InvitationStatus.REVOKED;
      invitation.revokedAt = new Date();
      const saved = await em.save(invitation);
      await this.audit.record(em, actor, {
        organizationId: invitation.organizationId,
        action: 'invitation.revoked',
        targetType: 'Invitation',
        targetId: id,
      });
      return saved;
    });
  }

  list(
    organizationId: string,
    status: InvitationStatus | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<InvitationEntity>> {
    return this.db.run(async (em) => {
      const org = await em.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org) throw notFound('Organisation');
      const qb = em
        .createQueryBuilder(InvitationEntity, 'i')
        .where('i.organization_id = :organizationId', { organizationId });
      if (status) qb.andWhere('i.status = :status', { status });
      return keysetPage(qb, {
        sort: 'i.createdAt',
        id: 'i.id',
        direction: 'DESC',
        cast: 'timestamptz',
        first,
        after,
      });
    });
  }

  async preview(
    token: string,
  ): Promise<{ invitation: InvitationEntity; organizationName: string }> {
    const found = await this.findByToken(token);
    return this.db.run(async (em) => {
      const invitation = await em.findOneByOrFail(InvitationEntity, { id: found.id });
      const org = await em.findOneByOrFail(OrganizationEntity, { id: invitation.organizationId });
      return { invitation, organizationName: org.name };
    }, systemActorFor(found.organization_id));
  }

  async accept(input: {
    token: string;
    name: string;
    password: string;
    timeZone?: string;
  }): Promise<AuthPayload> {
    const found = await this.findByToken(input.token);
    const scope = systemActorFor(found.organization_id);
    const passwordHash = await hashPassword(input.password);
    const userId = await this.db.run(async (em) => {
      const invitation = await em.findOne(InvitationEntity, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw notFound('Invitation');
      if (invitation.status !== InvitationStatus.PENDING)
        throw badInput('input.token', `this invitation ${STATUS_WORDS[invitation.status]}`);
      if (invitation.expiresAt.getTime() <= Date.now())
        throw badInput(
          'input.token',
          STATUS_WORDS[InvitationStatus.EXPIRED].replace(/^has/, 'this invitation has'),
        );
      const org = await em.findOneByOrFail(OrganizationEntity, { id: invitation.organizationId });
      if (org.status !== OrganizationStatus.ACTIVE)
        throw badInput('input.token', 'this organisation is no longer active');
      if (await this.emailInUse(em, invitation.email))
        throw conflict('input.token', 'this email already belongs to a Vigil account');
      let user: UserEntity;
      try {
        user = await em.save(
          em.create(UserEntity, {
            organizationId: invitation.organizationId,
            email: invitation.email,
            name: input.name.trim(),
            timeZone: input.timeZone ?? org.timeZone,
            role: invitation.role,
            passwordHash,
          }),
        );
      } catch (e) {
        if (uniqueViolation(e) !== null)
          throw conflict('input.token', 'this email already belongs to a Vigil account');
        throw e;
      }
      invitation.status = InvitationStatus.ACCEPTED;
      invitation.acceptedAt = new Date();
      invitation.acceptedUserId = user.id;
      await em.save(invitation);
      await this.audit.record(
        em,
        { ...scope, userId: user.id, kind: 'user' },
        {
          organizationId: org.id,
          action: 'invitation.accepted',
          targetType: 'Invitation',
          targetId: invitation.id,
          changes: { userId: user.id, role: user.role },
        },
      );
      return user.id;
    }, scope);
    const actor = await this.actors.load(userId, null);
    if (!actor) throw notFound('User');
    return this.db.run((em) => this.auth.startSession(em, actor), actor);
  }

  /**
   * Used by the worker: marks one invitation expired if it is still pending and past its time.
   * Throws NotDueYetError when called early, so the queue retries it later.
   */
  async expire(invitationId: string, organizationId: string): Promise<boolean> {
    const scope = systemActorFor(organizationId);
    return this.db.run(async (em) => {
      const invitation = await em.findOne(InvitationEntity, {
        where: { id: invitationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.status !== InvitationStatus.PENDING) return false;
      if (invitation.expiresAt.getTime() > Date.now()) throw new NotDueYetError(invitationId);
      invitation.status = InvitationStatus.EXPIRED;
      invitation.expiredAt = new Date();
      await em.save(invitation);
      await this.audit.record(em, scope, {
        organizationId,
        action: 'invitation.expired',
        targetType: 'Invitation',
        targetId: invitationId,
      });
      return true;
    }, scope);
  }

  /** The sweep: re-arms every pending invitation's alarm (idempotent by job id) and expires overdue ones. */
  async sweep(actor: Actor): Promise<{ rearmed: number; expired: number }> {
    const pending = await this.db.run(
      (em) =>
        em.find(InvitationEntity, {
          where: { status: InvitationStatus.PENDING },
          select: { id: true, organizationId: true, expiresAt: true },
        }),
      actor,
    );
    let expired = 0;
    for (const invitation of pending) {
      if (invitation.expiresAt.getTime() <= Date.now()) {
        if (await this.expire(invitation.id, invitation.organizationId).catch(() => false))
          expired += 1;
      } else {
        await this.scheduleExpiry(invitation);
      }
    }
    return { rearmed: pending.length - expired, expired };
  }

  private async findByToken(token: string): Promise<{ id: string; organization_id: string }> {
    const rows = (await this.dataSource.query('SELECT * FROM vigil_invitation_by_token_hash($1)', [
      hashSecret(token),
    ])) as { id: string; organization_id: string }[];
    const row = rows[0];
    if (!row) throw notFound('Invitation');
    return row;
  }

  private async emailInUse(em: EntityManager, email: string): Promise<boolean> {
    const rows = (await em.query('SELECT vigil_email_in_use($1) AS used', [email])) as {
      used: boolean;
    }[];
    return rows[0]?.used === true;
  }
}
