import { Injectable } from '@nestjs/common';
import { AuditService, diff } from '@vigil/api/audit';
import { badInput, conflict, notFound, Page } from '@vigil/api/core';
import {
  escapeLike,
  keysetPage,
  OrganizationAssignmentEntity,
  OrganizationEntity,
  RefreshTokenEntity,
  TenantDb,
  uniqueViolation,
  UserEntity,
} from '@vigil/api/database';
import {
  isProviderRole,
  OrganizationKind,
  OrganizationStatus,
  Role,
  slugify,
} from '@vigil/shared/domain';
import { Brackets, EntityManager, In, IsNull } from 'typeorm';
import {
  CreateClientOrganizationInput,
  UpdateClientOrganizationInput,
} from './dto/organization.types';

export interface OrganizationRow {
  organization: OrganizationEntity;
  userCount: number;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  get(id: string): Promise<OrganizationEntity> {
    return this.db.run((em) => this.getOrFail(em, id));
  }

  /** Client organisations the actor may see, by name, each with its number of users. */
  list(
    filter: { search?: string; status?: OrganizationStatus },
    first?: number | null,
    after?: string | null,
  ): Promise<Page<OrganizationRow>> {
    return this.db.run(async (em) => {
      const qb = em
        .createQueryBuilder(OrganizationEntity, 'o')
        .addSelect(
          '(SELECT count(*) FROM users u WHERE u.organization_id = o.id)::int',
          'user_count',
        )
        .where('o.kind = :kind', { kind: OrganizationKind.CLIENT });
      if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
      if (filter.search?.trim()) {
        const term = `%${escapeLike(filter.search.trim())}%`;
        qb.andWhere(
          new Brackets((w) =>
            w.where('o.name ILIKE :term', { term }).orWhere('o.slug ILIKE :term', { term }),
          ),
        );
      }
      const page = await keysetPage(qb, {
        sort: 'o.name',
        id: 'o.id',
        direction: 'ASC',
        first: first ?? null,
        after: after ?? null,
      });
      return {
        items: page.items.map((organization, i) => ({
          organization,
          userCount: Number(page.raw[i]?.['user_count'] ?? 0),
        })),
        hasNextPage: page.hasNextPage,
        totalCount: page.totalCount,
      };
    });
  }

  countUsers(organizationId: string): Promise<number> {
    return this.db.run((em) => em.countBy(UserEntity, { organizationId }));
  }

  create(input: CreateClientOrganizationInput): Promise<OrganizationEntity> {
    const actor = this.db.actor();
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw badInput('input.slug', 'could not be made from the name; give one');
    return this.db.run(async (em) => {
      const org = await this.saveUnique(
        em,
        em.create(OrganizationEntity, {
          kind: OrganizationKind.CLIENT,
          name: input.name.trim(),
          slug,
          timeZone: input.timeZone,
          country: input.country,
          sector: input.sector.trim(),
          status: OrganizationStatus.ACTIVE,
        }),
      );
      await this.audit.record(em, actor, {
        organizationId: org.id,
        action: 'organization.created',
        targetType: 'Organization',
        targetId: org.id,
        changes: {
          name: org.name,
          slug: org.slug,
          timeZone: org.timeZone,
          country: org.country,
          sector: org.sector,
        },
      });
      return org;
    });
  }

  update(input: UpdateClientOrganizationInput): Promise<OrganizationEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const org = await this.clientOrFail(em, input.id);
      if (input.expectedVersion !== undefined && input.expectedVersion !== org.version) {
        throw conflict(
          'input.expectedVersion',
          `someone else changed this organisation (now version ${org.version}); reload and try again`,
        );
      }
      const { id: _id, expectedVersion: _v, ...patch } = input;
      const changes = diff(org, patch);
      if (!Object.keys(changes).length) return org;
      Object.assign(org, patch);
      const saved = await this.saveUnique(em, org);
      await this.audit.record(em, actor, {
        organizationId: org.id,
        action: 'organization.updated',
        targetType: 'Organization',
        targetId: org.id,
        changes,
      });
      return saved;
    });
  }

  /** Offboarding keeps every record but closes the door: its people can no longer sign in. */
  offboard(id: string, reason: string | undefined): Promise<OrganizationEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const org = await this.clientOrFail(em, id);
      if (org.status === OrganizationStatus.OFFBOARDED)
        throw badInput('id', 'this organisation is already offboarded');
      org.status = OrganizationStatus.OFFBOARDED;
      org.offboardedAt = new Date();
      const saved = await em.save(org);
      const users = await em.find(UserEntity, {
        where: { organizationId: id },
        select: { id: true },
      });
      if (users.length) {
        await em.update(
          RefreshTokenEntity,
          { userId: In(users.map((u) => u.id)), revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
      }
      await this.audit.record(em, actor, {
        organizationId: id,
        action: 'organization.offboarded',
        targetType: 'Organization',
        targetId: id,
        changes: {
          status: { from: OrganizationStatus.ACTIVE, to: OrganizationStatus.OFFBOARDED },
          ...(reason ? { reason } : {}),
        },
      });
      return saved;
    });
  }

  assign(userId: string, organizationId: string): Promise<OrganizationEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const org = await this.clientOrFail(em, organizationId);
      const user = await em.findOneBy(UserEntity, { id: userId });
      if (!user) throw notFound('User');
      if (!isProviderRole(user.role))
        throw badInput('userId', 'only provider staff are assigned to client organisations');
      if (user.role === Role.PROVIDER_ADMIN)
        throw badInput('userId', 'provider admins already see every client organisation');
      const existing = await em.findOneBy(OrganizationAssignmentEntity, { userId, organizationId });
      if (existing) return org;
      await em.insert(OrganizationAssignmentEntity, {
        userId,
        organizationId,
        assignedById: actor.userId,
      });
      await this.audit.record(em, actor, {
        organizationId,
        action: 'organization.user_assigned',
        targetType: 'User',
        targetId: userId,
      });
      return org;
    });
  }

  unassign(userId: string, organizationId: string): Promise<OrganizationEntity> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const org = await this.clientOrFail(em, organizationId);
      const result = await em.delete(OrganizationAssignmentEntity, { userId, organizationId });
      if (!result.affected) throw notFound('Assignment');
      await this.audit.record(em, actor, {
        organizationId,
        action: 'organization.user_unassigned',
        targetType: 'User',
        targetId: userId,
      });
      return org;
    });
  }

  /** Client organisations a provider user is assigned to. */
  assignedTo(userId: string): Promise<OrganizationEntity[]> {
    return this.db.run(async (em) => {
      const rows = await em.find(OrganizationAssignmentEntity, {
        where: { userId },
        select: { organizationId: true },
      });
      if (!rows.length) return [];
      return em.find(OrganizationEntity, {
        where: { id: In(rows.map((r) => r.organizationId)) },
        order: { name: 'ASC' },
      });
    });
  }

  private async getOrFail(em: EntityManager, id: string): Promise<OrganizationEntity> {
    const org = await em.findOneBy(OrganizationEntity, { id });
    if (!org) throw notFound('Organisation');
    return org;
  }

  private async clientOrFail(em: EntityManager, id: string): Promise<OrganizationEntity> {
    const org = await this.getOrFail(em, id);
    if (org.kind !== OrganizationKind.CLIENT)
      throw badInput('id', 'the provider organisation cannot be changed here');
    return org;
  }

  private async saveUnique(
    em: EntityManager,
    org: OrganizationEntity,
  ): Promise<OrganizationEntity> {
    try {
      // A savepoint keeps the transaction usable when the slug is taken.
      return await em.transaction((inner) => inner.save(org));
    } catch (e) {
      if (uniqueViolation(e) === 'uq_organizations_slug')
        throw conflict('input.slug', `"${org.slug}" is already used by another organisation`);
      throw e;
    }
  }
}
