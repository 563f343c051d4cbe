import type { AuthProvider, TranslateFunction } from 'react-admin';
import { enumLabel } from '@infitah/labels';
import { ConsoleIdentityDocument, ConsoleLoginDocument } from './generated/operations';
import { currentSession, graphql, TOKEN_KEY } from './graphql';

/**
 * Why a sign-in was refused, in the console's language: a throttled try says how long to wait (rounded up to the
 * minute past one minute), wrong credentials say so without the graph's English.
 */
export function signInRefusal(error: unknown, translate: TranslateFunction): Error {
  const { status, body } = (error ?? {}) as { status?: number; body?: { retryAfterSeconds?: number | null } };
  if (status === 429) {
    const seconds = Math.max(1, Math.ceil(Number(body?.retryAfterSeconds) || 1));
    const wait =
      seconds < 60
        ? translate('infitah.auth.seconds', { smart_count: seconds })
        : translate('infitah.auth.minutes', { smart_count: Math.ceil(seconds / 60) });
    return new Error(translate('infitah.auth.rate_limited', { wait }));
  }
  if (status === 401) return new Error(translate('ra.auth.sign_in_error'));
  return error instanceof Error ? error : new Error(translate('ra.notification.http_error'));
}

/**
 * Who is signed in, as the app bar names them: their own name as they wrote it (a proper name is not translated, so
 * it is isolated from the page's direction), then their role in the console's language.
 */
export function identityName(displayName: string, role: string | null | undefined, locale: string): string {
  const name = `\u2068${displayName.trim()}\u2069`;
  return role ? `${name} — ${enumLabel('Role', role, locale)}` : name;
}

/**
 * The console's sign-in against the graph; `translate` words a refused sign-in, and `locale` the identity, in the
 * console's language (a change of language reloads the console).
 */
export const createAuthProvider = (translate: TranslateFunction, locale: string): AuthProvider => ({
  async login({ username, password }: { username: string; password: string }) {
    try {
      const data = await graphql(ConsoleLoginDocument, { email: username, password });
      sessionStorage.setItem(TOKEN_KEY, data.login.token);
    } catch (error) {
      throw signInRefusal(error, translate);
    }
  },
  async logout() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
  async checkAuth() {
    if (!currentSession()) throw new Error('Not signed in');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      throw new Error('Session ended');
    }
  },
  async getPermissions() {
    return currentSession()?.role ?? null;
  },
  async getIdentity() {
    const data = await graphql(ConsoleIdentityDocument);
    if (!data.me) throw new Error('Not signed in');
    return { id: data.me.id, fullName: identityName(data.me.displayName || data.me.email, currentSession()?.role, locale) };
  },
});
