import { Injectable } from '@nestjs/common';
import { AuditService, diff } from '@vigil/api/audit';
import { badInput, conflict, decodeCursor, notFound, Page, pageSize } from '@vigil/api/core';
import {
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
import { EntityManager, In, IsNull } from 'typeorm';
import {
  OrganizationListFilter,
  OrganizationListRow,
  organizationListSql,
} from './organization-list.sql';
import {
  CreateClientOrganizationInput,
  UpdateClientOrganizationInput,
} from './dto/organization.types';

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
    filter: OrganizationListFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<OrganizationListRow>> {
    const limit = pageSize(first);
    const cursor = after ? decodeCursor(after) : null;
    return this.db.run(async (em) => {
      const { count, page } = organizationListSql(filter, limit, cursor);
      const [totals, rows] = [
        (await em.query(count.sql, count.params)) as { total: number }[],
        (await em.query(page.sql, page.params)) as OrganizationListRow[],
      ];
      return {
        items: rows.slice(0, limit),
        hasNextPage: rows.length > limit,
        totalCount: totals[0]?.total ?? 0,
      };
    });
  }

  /** The number of users of each organisation, in one query. */
  countUsers(organizationIds: string[]): Promise<Map<string, number>> {
    if (!organizationIds.length) return Promise.resolve(new Map());
    return this.db.run(async (em) => {
      const rows = (await em.query(
        `SELECT organization_id AS id, count(*)::int AS n FROM users WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
        [organizationIds],
      )) as { id: string; n: number }[];
      return new Map(rows.map((r) => [r.id, r.n]));
    });
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

  assign(userId: string, organizationId: string, onCall?: boolean): Promise<OrganizationEntity> {
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
      if (existing) {
        if (onCall !== undefined && existing.onCall !== onCall) {
          await em.update(OrganizationAssignmentEntity, { id: existing.id }, { onCall });
          await this.audit.record(em, actor, {
            organizationId,
            action: 'organization.on_call_changed',
            targetType: 'User',
            targetId: userId,
            changes: { onCall: { from: existing.onCall, to: onCall } },
          });
        }
        return org;
      }
      await em.insert(OrganizationAssignmentEntity, {
        userId,
        organizationId,
        assignedById: actor.userId,
        onCall: onCall ?? false,
      });
      await this.audit.record(em, actor, {
        organizationId,
        action: 'organization.user_assigned',
        targetType: 'User',
        targetId: userId,
        changes: { onCall: onCall ?? false },
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
