import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, badInput, Connection, toConnection } from '@vigil/api/core';
import { AuditLogEntity, escapeLike, keysetPage, TenantDb } from '@vigil/api/database';
import { Role } from '@vigil/shared/domain';
import { AuditEntryType, AuditFilter } from './dto/audit.types';

export const AuditEntryConnection = Connection(AuditEntryType, 'AuditEntry');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly db: TenantDb) {}

  @Allow(Role.PROVIDER_ADMIN, Role.CLIENT_ADMIN)
  @Query(() => AuditEntryConnection, {
    description: 'The audit log, newest first. Client admins see their own organisation’s entries.',
  })
  async auditLog(
    @Args('filter', { nullable: true }) filter?: AuditFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AuditEntryConnection> {
    const f = filter ?? {};
    if (f.from && f.to && f.from >= f.to) throw badInput('filter.to', 'must be after filter.from');
    const page = await this.db.run((em) => {
      const qb = em.createQueryBuilder(AuditLogEntity, 'a');
      if (f.organizationId) qb.andWhere('a.organization_id = :org', { org: f.organizationId });
      if (f.actorUserId) qb.andWhere('a.actor_user_id = :actor', { actor: f.actorUserId });
      if (f.action) {
        if (f.action.endsWith('.'))
          qb.andWhere('a.action LIKE :prefix', {
            prefix: `${escapeLike(f.action)}%`,
          });
        else qb.andWhere('a.action = :action', { action: f.action });
      }
      if (f.from) qb.andWhere('a.created_at >= :from', { from: f.from });
      if (f.to) qb.andWhere('a.created_at < :to', { to: f.to });
      return keysetPage(qb, {
        sort: 'a.createdAt',
        id: 'a.id',
        direction: 'DESC',
        cast: 'timestamptz',
        first,
        after,
      });
    });
    return toConnection(
      page,
      (a) => ({ sort: a.createdAt.toISOString(), id: a.id }),
      AuditEntryType.from,
    );
  }
}
