import { Actor, forbidden } from '@vigil/api/core';
import { isProviderRole, Role } from '@vigil/shared/domain';

export { checkVersion } from '@vigil/api/core';

/** Provider staff: consultants, account managers and admins. */
export function requireStaff(actor: Actor): void {
  if (actor.role === null || !isProviderRole(actor.role))
    throw forbidden('Only the provider’s team can do this.');
}

/** Account managers and provider admins: reports, client profiles. */
export function requireManager(actor: Actor): void {
  if (actor.role !== Role.PROVIDER_ADMIN && actor.role !== Role.ACCOUNT_MANAGER)
    throw forbidden('Only account managers and provider admins can do this.');
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== Role.PROVIDER_ADMIN) throw forbidden('Only provider admins can do this.');
}
