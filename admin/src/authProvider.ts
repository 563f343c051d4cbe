import type { AuthProvider } from 'react-admin';
import { ConsoleIdentityDocument, ConsoleLoginDocument } from './generated/operations';
import { currentSession, graphql, TOKEN_KEY } from './graphql';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const data = await graphql(ConsoleLoginDocument, { email: username, password });
    sessionStorage.setItem(TOKEN_KEY, data.login.token);
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
    return { id: data.me.id, fullName: data.me.displayName };
  },
};
