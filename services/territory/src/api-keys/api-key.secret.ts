import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiKeyPrefixOf } from '@infitah/server-kit';

/**
 * An API key's secret is 32 random bytes: no password, so a slow hash would only slow every request down. It is stored
 * as an HMAC-SHA-256 under a key derived (HKDF) from the service's JWT secret for this use alone: a copy of the table
 * without the service's secret does not let anyone test a guess. Rotating JWT_SECRET therefore retires every API key.
 */
const hashKeys = new Map<string, Buffer>();
function hashKeyOf(secret: string): Buffer {
  let key = hashKeys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, '', 'infitah api key secret', 32));
    if (hashKeys.size >= 16) hashKeys.clear();
    hashKeys.set(secret, key);
  }
  return key;
}

export function hashApiKeySecret(serviceSecret: string, keySecret: string): Buffer {
  return createHmac('sha256', hashKeyOf(serviceSecret)).update(keySecret, 'utf8').digest();
}

/** A fresh secret (`ifk_<prefix>_<random>`, see @infitah/contract's API_KEY_PATTERN) and its public prefix. */
export function newApiKeySecret(): { secret: string; prefix: string } {
  const prefix = randomBytes(6).toString('hex');
  return { secret: `ifk_${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

/** Whether a presented secret is the one whose hash is stored, in constant time. */
export function apiKeySecretMatches(serviceSecret: string, presented: string, storedHash: Buffer): boolean {
  const hash = hashApiKeySecret(serviceSecret, presented);
  return storedHash.length === hash.length && timingSafeEqual(hash, storedHash);
}

export { apiKeyPrefixOf };
