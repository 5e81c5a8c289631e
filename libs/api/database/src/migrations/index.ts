import { Initial1764230400000 } from './1764230400000-initial';

/** Every migration, in order. Listed explicitly so bundled apps carry them. */
export const MIGRATIONS = [Initial1764230400000];
