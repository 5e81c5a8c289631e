import { Injectable } from '@nestjs/common';
import { Actor, badInput, forbidden, notFound, SYSTEM_ACTOR } from '@vigil/api/core';
import {
  EngagementEntity,
  EngagementMemberEntity,
  OrganizationAssignmentEntity,
  TenantDb,
  UserEntity,
  UserStatus,
} from '@vigil/api/database';
export { checkVersion, instant, optionalInstant } from '@vigil/api/core';
import { isCalendarDay, isClientRole, ProviderEngagementRole, Role } from '@vigil/shared/domain';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';

/** Text that must say something once trimmed; returned trimmed. */
export function requiredText(field: string, value: string): string {
  const text = value.trim();
  if (!text) throw badInput(field, 'must not be empty');
  return text;
}

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
export function calendarDay(field: string, value: string): string {
  const text = value.trim();
  if (!isCalendarDay(text)) throw badInput(field, 'must be a date as YYYY-MM-DD');
  return text;
}

/** An update's patch without the fields left out (absent, or null: the column cannot be cleared). */
export function definedOnly<T>(patch: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v != null)) as Partial<T>;
}

export function isClient(actor: Actor): boolean {
  return actor.role !== null && isClientRole(actor.role);
}

/** Provider staff only: client users read their engagements, and answer what they are asked. */
export function requireProvider(actor: Actor): void {
  if (isClient(actor)) throw forbidden('Only the provider’s team can do this.');
}

/**
 * An active person who may work on one client's engagement: provider staff who see that client
 * (admins see every one), or the client's own people. BAD_USER_INPUT on `field` otherwise;
 * `notTheirs` says why a client user of another organisation is refused.
 */
export async function personForClient(
  em: EntityManager,
  organizationId: string,
  userId: string,
  field: string,
  notTheirs: string,
): Promise<UserEntity> {
  const user = await em.findOneBy(UserEntity, { id: userId });
  if (!user || user.status !== UserStatus.ACTIVE)
    throw badInput(field, 'is not an active user you can see');
  if (isClientRole(user.role)) {
    if (user.organizationId !== organizationId) throw badInput(field, notTheirs);
    return user;
  }
  if (user.role !== Role.PROVIDER_ADMIN) {
    const assigned = await em.findOneBy(OrganizationAssignmentEntity, { userId, organizationId });
    if (!assigned) throw badInput(field, `${user.name} is not assigned to this client`);
  }
  return user;
}

/** A row by id that the actor may see, locked until the transaction ends; NOT_FOUND otherwise. */
export async function lockRow<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = await em
    .createQueryBuilder(entity, 'row')
    .where('row.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!row) throw notFound(what);
  return row;
}

async function findRow<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = await em.createQueryBuilder(entity, 'row').where('row.id = :id', { id }).getOne();
  if (!row) throw notFound(what);
  return row;
}

/**
 * One place for "may this person touch this engagement": row-level security hides engagements of
 * clients the actor is not assigned to (not found), and the commander's own acts are checked here.
 */
@Injectable()
export class EngagementAccess {
  constructor(private readonly db: TenantDb) {}

  /** The engagement, locked for the rest of the transaction when `lock`; NOT_FOUND when hidden. */
  engagement(em: EntityManager, id: string, lock = false): Promise<EngagementEntity> {
    return lock
      ? lockRow(em, EngagementEntity, id, 'Engagement')
      : findRow(em, EngagementEntity, id, 'Engagement');
  }

  async commanderId(em: EntityManager, engagementId: string): Promise<string | null> {
    const m = await em.findOneBy(EngagementMemberEntity, {
      engagementId,
      role: ProviderEngagementRole.INCIDENT_COMMANDER,
    });
    return m?.userId ?? null;
  }

  /** The incident commander's acts (publishing to the client, signing off a gate); admins too. */
  async requireCommander(em: EntityManager, actor: Actor, engagementId: string): Promise<void> {
    if (actor.role === Role.PROVIDER_ADMIN) return;
    const commander = await this.commanderId(em, engagementId);
    if (!commander || commander !== actor.userId) {
      throw forbidden('Only the incident commander (or a provider admin) can do this.');
    }
  }

  /**
   * People's names by id, read as the system: a client user may not read provider staff's rows,
   * yet sees who leads their engagement. Only ever called with ids taken from rows the actor was
   * allowed to read; must run outside the request's transaction.
   */
  async names(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
    const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
    if (!wanted.length) return new Map();
    const users = await this.db.run(
      (em) => em.find(UserEntity, { where: { id: In(wanted) }, select: { id: true, name: true } }),
      SYSTEM_ACTOR,
    );
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
