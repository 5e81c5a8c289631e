import { createHash, randomBytes } from 'node:crypto';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  role: string;
  /** Session family id. */
  sid: string;
}

/** A random, URL-safe secret (refresh tokens, invitation tokens). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
