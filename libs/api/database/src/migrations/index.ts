import { Initial1764230400000 } from './1764230400000-initial';
import { Retainers1764316800000 } from './1764316800000-retainers';
import { TimeDebits1764403200000 } from './1764403200000-time-debits';
import { Engagements1764489600000 } from './1764489600000-engagements';
import { HashedTenantPolicies1764576000000 } from './1764576000000-hashed-tenant-policies';
import { Sla1764662400000 } from './1764662400000-sla';

/** Every migration, in order. Listed explicitly so bundled apps carry them. */
export const MIGRATIONS = [
  Initial1764230400000,
  Retainers1764316800000,
  TimeDebits1764403200000,
  Engagements1764489600000,
  HashedTenantPolicies1764576000000,
  Sla1764662400000,
];
