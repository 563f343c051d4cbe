import type { AuthProvider } from 'react-admin';
import { currentSession, graphql, TOKEN_KEY } from './graphql';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const data = await graphql<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: username, password },
    );
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
    const data = await graphql<{ me: { id: string; displayName: string; email: string } | null }>('{ me { id displayName email } }');
    if (!data.me) throw new Error('Not signed in');
    return { id: data.me.id, fullName: data.me.displayName };
  },
};
