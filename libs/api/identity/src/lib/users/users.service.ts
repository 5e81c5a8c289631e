import { Injectable } from '@nestjs/common';
import { AuditService, diff } from '@vigil/api/audit';
import { Actor, badInput, forbidden, notFound, Page } from '@vigil/api/core';
import {
  escapeLike,
  keysetPage,
  OrganizationEntity,
  RefreshTokenEntity,
  TenantDb,
  UserEntity,
  UserStatus,
} from '@vigil/api/database';
import { isClientRole, isProviderRole, OrganizationKind, Role } from '@vigil/shared/domain';
import { Brackets, EntityManager, IsNull } from 'typeorm';
import { hashPassword, verifyPassword } from '../auth/passwords';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  me(): Promise<UserEntity> {
    const actor = this.db.actor();
    return this.db.run((em) => this.getOrFail(em, actor.userId ?? ''));
  }

  get(id: string): Promise<UserEntity> {
    return this.db.run((em) => this.getOrFail(em, id));
  }

  list(
    organizationId: string,
    search: string | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<UserEntity>> {
    return this.db.run(async (em) => {
      const org = await em.findOneBy(OrganizationEntity, { id: organizationId });
      if (!org) throw notFound('Organisation');
      const qb = em
        .createQueryBuilder(UserEntity, 'u')
        .where('u.organization_id = :organizationId', { organizationId });
      if (search?.trim()) {
        const term = `%${escapeLike(search.trim())}%`;
        qb.andWhere(
          new Brackets((w) =>
            w.where('u.name ILIKE :term', { term }).orWhere('u.email ILIKE :term', { term }),
          ),
        );
      }
      return keysetPage(qb, { sort: 'u.name', id: 'u.id', direction: 'ASC', first, after });
    });
  }

  updateMyProfile(patch: { name?: string; timeZone?: string }): Promise<UserEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const user = await this.getOrFail(em, actor.userId ?? '');
      const changes = diff(user, patch);
      Object.assign(user, patch);
      const saved = await em.save(user);
      await this.audit.record(em, actor, {
        organizationId: user.organizationId,
        action: 'user.profile_updated',
        targetType: 'User',
        targetId: user.id,
        changes,
      });
      return saved;
    });
  }

  changePassword(currentPassword: string, newPassword: string): Promise<UserEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const user = await this.getOrFail(em, actor.userId ?? '');
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw badInput('input.currentPassword', 'is not your current password');
      }
      user.passwordHash = await hashPassword(newPassword);
      const saved = await em.save(user);
      // Every other session ends; this one stays signed in.
      await em
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: new Date() })
        .where('user_id = :userId AND revoked_at IS NULL AND family_id <> :sid', {
          userId: user.id,
          sid: actor.sessionId ?? '00000000-0000-0000-0000-000000000000',
        })
        .execute();
      await this.audit.record(em, actor, {
        organizationId: user.organizationId,
        action: 'user.password_changed',
        targetType: 'User',
        targetId: user.id,
      });
      return saved;
    });
  }

  changeRole(userId: string, role: Role): Promise<UserEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const { user, org } = await this.manageable(em, actor, userId);
      const allowed =
        org.kind === OrganizationKind.PROVIDER ? isProviderRole(role) : isClientRole(role);
      if (!allowed) {
        throw badInput(
          'input.role',
          `${role} cannot be held in ${org.kind === OrganizationKind.PROVIDER ? 'the provider organisation' : 'a client organisation'}`,
        );
      }
      const changes = diff(user, { role });
      user.role = role;
      const saved = await em.save(user);
      await this.audit.record(em, actor, {
        organizationId: user.organizationId,
        action: 'user.role_changed',
        targetType: 'User',
        targetId: user.id,
        changes,
      });
      return saved;
    });
  }

  deactivate(userId: string): Promise<UserEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const { user } = await this.manageable(em, actor, userId);
      if (user.status === UserStatus.DEACTIVATED) return user;
      user.status = UserStatus.DEACTIVATED;
      const saved = await em.save(user);
      await em.update(
        RefreshTokenEntity,
        { userId: user.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await this.audit.record(em, actor, {
        organizationId: user.organizationId,
        action: 'user.deactivated',
        targetType: 'User',
        targetId: user.id,
        changes: { status: { from: UserStatus.ACTIVE, to: UserStatus.DEACTIVATED } },
      });
      return saved;
    });
  }

  private async getOrFail(em: EntityManager, id: string): Promise<UserEntity> {
    const user = await em.findOneBy(UserEntity, { id });
    if (!user) throw notFound('User');
    return user;
  }

  /** Provider admins manage anyone they see; client admins manage their own organisation; nobody manages themselves. */
  private async manageable(
    em: EntityManager,
    actor: Actor,
    userId: string,
  ): Promise<{ user: UserEntity; org: OrganizationEntity }> {
    const user = await this.getOrFail(em, userId);
    const org = await em.findOneByOrFail(OrganizationEntity, { id: user.organizationId });
    if (user.id === actor.userId)
      throw badInput('input.userId', 'you cannot change your own role or deactivate yourself');
    const mayManage =
      actor.role === Role.PROVIDER_ADMIN ||
      (actor.role === Role.CLIENT_ADMIN && user.organizationId === actor.organizationId);
    if (!mayManage)
      throw forbidden('Only an administrator of this organisation can manage its people.');
    return { user, org };
  }
}
