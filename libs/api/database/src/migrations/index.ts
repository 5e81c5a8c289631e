import { Initial1764230400000 } from './1764230400000-initial';
import { Retainers1764316800000 } from './1764316800000-retainers';

/** Every migration, in order. Listed explicitly so bundled apps carry them. */
export const MIGRATIONS = [Initial1764230400000, Retainers1764316800000];
