import { createHash, randomBytes } from 'node:crypto';
import { badUserInput } from '@infitah/server-kit';

/** A token for a link in a mail: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, in hex. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token as a link carries it, or BAD_USER_INPUT naming `token`. */
export function assertToken(token: string): string {
  const trimmed = token.trim();
  if (!/^[A-Za-z0-9_-]{43}$/.test(trimmed)) throw badUserInput('token', 'is not a link this platform sent', { rule: 'invalid' });
  return trimmed;
}
