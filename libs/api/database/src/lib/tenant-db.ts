import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CLS_ACTOR, SYSTEM_ACTOR, unauthenticated } from '@vigil/api/core';
import { isClientRole, Role } from '@vigil/shared/domain';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { translateRaised } from './db-errors';

interface ActorRow {
  id: string;
  organization_id: string;
  role: Role;
  all_organizations: boolean;
  organization_ids: string[];
}

/**
 * Runs work in a transaction that first tells PostgreSQL whose eyes it looks through.
 * Row-level security does the rest: rows of organisations the actor may not see do not exist.
 * Nested calls in the same async chain reuse the open transaction.
 */
@Injectable()
export class TenantDb {
  private readonly current = new AsyncLocalStorage<{
    em: EntityManager;
    actor: Actor;
    afterCommit: (() => Promise<void>)[];
  }>();

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
    if (open) return work(open.em);
    const afterCommit: (() => Promise<void>)[] = [];
    const result = await this.dataSource
      .transaction(async (em) => {
        let applied = actor;
        if (actor.pending) {
          // One statement checks the signed-in person and sets what this transaction may see.
          applied = await verifyAndApplyActor(em, actor);
          if (this.cls.isActive()) this.cls.set(CLS_ACTOR, applied);
        } else {
          await applyActor(em, actor);
        }
        return this.current.run({ em, actor: applied, afterCommit }, () => work(em));
      })
      .catch((e: unknown) => {
        throw translateRaised(e) ?? e;
      });
    for (const hook of afterCommit) await hook().catch(() => undefined);
    return result;
  }

  /**
   * Runs `work` seeing every organisation, inside the open transaction when there is one (then
   * puts the transaction's own actor back): for engine code that must read an engagement's whole
   * state whoever caused the change, such as the SLA clocks after a client answers a request.
   */
  async asSystem<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (!open) return this.run(work, SYSTEM_ACTOR);
    await applyActor(open.em, SYSTEM_ACTOR);
    let result: T;
    try {
      result = await work(open.em);
    } catch (e) {
      // The transaction is failing anyway (and may be aborted): its error is the one to report.
      await applyActor(open.em, open.actor).catch(() => undefined);
      throw e;
    }
    await applyActor(open.em, open.actor);
    return result;
  }

  /**
   * Runs one statement that checks the actor and sets what it may see by itself (a database
   * function such as vigil_approve_time_entries): a single statement is atomic, so this costs one
   * round trip instead of four. Inside an open transaction, it joins that transaction.
   */
  async statement<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const open = this.current.getStore();
    try {
      return (await (open ? open.em : this.dataSource).query(sql, parameters)) as T[];
    } catch (e) {
      throw translateRaised(e) ?? e;
    }
  }

  /**
   * Runs `hook` once the current transaction has committed (at once when there is none): for
   * telling other processes about a change only when they can see it.
   */
  afterCommit(hook: () => Promise<void>): void {
    const open = this.current.getStore();
    if (open) open.afterCommit.push(hook);
    else void hook().catch(() => undefined);
  }
}

/** Sets the transaction-local settings the row-level security policies read. */
export async function applyActor(em: EntityManager, actor: Actor): Promise<void> {
  await em.query(
    `SELECT set_config('app.all_orgs', $1, true), set_config('app.org_ids', $2, true), set_config('app.user_id', $3, true), set_config('app.client', $4, true)`,
    [
      actor.allOrganizations ? 'on' : 'off',
      actor.organizationIds.join(','),
      actor.userId ?? '',
      actor.role !== null && isClientRole(actor.role) ? 'on' : 'off',
    ],
  );
}

const ACTOR_COLUMNS = 'a.id, a.organization_id, a.role, a.all_organizations, a.organization_ids';

function toActor(row: ActorRow, sessionId: string | null): Actor {
  return {
    kind: 'user',
    userId: row.id,
    organizationId: row.organization_id,
    role: row.role,
    organizationIds: row.organization_ids,
    allOrganizations: row.all_organizations,
    sessionId,
  };
}

/**
 * A user's current standing (vigil_actor in the initial migration decides what they may see).
 * Null when the user is gone or deactivated, their organisation offboarded, or the session ended.
 */
export async function loadActor(
  db: Pick<EntityManager, 'query'>,
  userId: string,
  sessionId: string | null,
): Promise<Actor | null> {
  const rows = (await db.query(
    `SELECT ${ACTOR_COLUMNS} FROM vigil_actor($1, $2) a WHERE a.active`,
    [userId, sessionId],
  )) as ActorRow[];
  return rows[0] ? toActor(rows[0], sessionId) : null;
}

/**
 * Checks a pending actor (still active, session not ended, same role and organisation) and sets
 * the transaction's tenant settings, in one statement (vigil_apply_actor).
 */
export async function verifyAndApplyActor(em: EntityManager, claimed: Actor): Promise<Actor> {
  const rows = (await em.query(`SELECT ${ACTOR_COLUMNS} FROM vigil_apply_actor($1, $2, $3, $4) a`, [
    claimed.userId,
    claimed.sessionId,
    claimed.role,
    claimed.organizationId,
  ])) as ActorRow[];
  const row = rows[0];
  if (!row) throw unauthenticated('Your session has ended. Sign in again.');
  return toActor(row, claimed.sessionId);
}
