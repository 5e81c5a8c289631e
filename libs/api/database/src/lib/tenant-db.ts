import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CLS_ACTOR, unauthenticated } from '@vigil/api/core';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs work in a transaction that first tells PostgreSQL whose eyes it looks through.
 * Row-level security does the rest: rows of organisations the actor may not see do not exist.
 * Nested calls in the same async chain reuse the open transaction.
 */
@Injectable()
export class TenantDb {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  /** The actor of the current request or job. */
  actor(): Actor {
    const actor = this.cls.isActive() ? this.cls.get<Actor | undefined>(CLS_ACTOR) : undefined;
    if (!actor) throw unauthenticated();
    return actor;
  }

  async run<T>(work: (em: EntityManager) => Promise<T>, actor: Actor = this.actor()): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open);
    return this.dataSource.transaction(async (em) => {
      await applyActor(em, actor);
      return this.current.run(em, () => work(em));
    });
  }
}

/** Sets the transaction-local settings the row-level security policies read. */
export async function applyActor(em: EntityManager, actor: Actor): Promise<void> {
  await em.query(
    `SELECT set_config('app.all_orgs', $1, true), set_config('app.org_ids', $2, true), set_config('app.user_id', $3, true)`,
    [actor.allOrganizations ? 'on' : 'off', actor.organizationIds.join(','), actor.userId ?? ''],
  );
}
