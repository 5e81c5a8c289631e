import { EngagementEntity } from '@vigil/api/database';

/**
 * Tells the pages open on an engagement that it changed (its commitments, waiting on the client,
 * its regulatory side), once the transaction commits: they reload what they show, and the
 * engagement's new version. The engagements library provides it (its live activity), which this
 * library cannot import, since that one imports this one.
 */
export interface EngagementChanges {
  engagementChanged(e: EngagementEntity): void;
}

export const ENGAGEMENT_CHANGES = Symbol.for('vigil.engagement-changes');
