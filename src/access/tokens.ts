// API tokens: shown to the user once, stored only as a salted scrypt hash. A token names its user
// ("dmk_<user-id>_<secret>") so that checking it costs one scrypt, not one per user.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface TokenHash {
  salt: string;
  hash: string;
}

const PREFIX = 'dmk';
const KEY_LENGTH = 32;

export function newToken(userId: number): { token: string } & TokenHash {
  const secret = randomBytes(24).toString('base64url');
  return { token: `${PREFIX}_${userId.toString(36)}_${secret}`, ...hashSecret(secret) };
}

export function hashSecret(secret: string, salt = randomBytes(16).toString('base64url')): TokenHash {
  return { salt, hash: scryptSync(secret, salt, KEY_LENGTH).toString('base64url') };
}

/** The user id a token claims, and its secret; null when it is not shaped like one of ours. */
export function readToken(token: string): { userId: number; secret: string } | null {
  const m = /^dmk_([0-9a-z]{1,12})_([A-Za-z0-9_-]{16,64})$/.exec(token.trim());
  if (!m) return null;
  return { userId: parseInt(m[1]!, 36), secret: m[2]! };
}

export function secretMatches(secret: string, stored: TokenHash): boolean {
  const expected = Buffer.from(stored.hash, 'base64url');
  const actual = scryptSync(secret, stored.salt, KEY_LENGTH);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
