import { HttpError } from 'react-admin';
import type { TypedDocumentString } from './generated/operations';
import { formatGraphQLError, ruleOfMessage } from '@infitah/labels';
import { consoleLocale, fieldErrorMessage } from './i18n/serverMessages';

export const TOKEN_KEY = 'infitah.token';

interface GraphQLErrorBody {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    rule?: string;
    params?: Record<string, string | number | string[]>;
    problems?: Array<{ field: string; message: string; rule?: string; params?: Record<string, string | number | string[]> }>;
    retryAfterSeconds?: number;
  };
}

/**
 * One request to the unified graph through the gateway, with the session's token. A BAD_USER_INPUT becomes a
 * form error at the field it names; UNAUTHENTICATED a 401 that sends the user back to the login page; RATE_LIMITED a 429
 * whose body holds `retryAfterSeconds`. Only typed documents: every operation is written in a resource's .graphql file
 * and generated into generated/operations.ts, so a change of the schema fails the console's typecheck.
 */
export async function graphql<T, V extends Record<string, unknown>>(
  query: TypedDocumentString<T, V>,
  // the variables may be left out only when the document requires none
  ...[variables]: Record<string, never> extends V ? [variables?: NoInfer<V>] : [variables: NoInfer<V>]
): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: query.toString(), variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorBody[] };
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHENTICATED' || response.status === 401) throw new HttpError(error.message, 401, body);
    if (code === 'BAD_USER_INPUT') {
      const problems = error.extensions?.problems ?? [{ field: error.extensions?.field ?? '', message: error.message, rule: error.extensions?.rule, params: error.extensions?.params }];
      const errors: Record<string, string> = {};
      for (const problem of problems) {
        // `input.agenda.0.endsAt` is the form's `agenda.0.endsAt`: react-admin marks that input, in the console's language
        const field = problem.field.replace(/^(input|filter)\./, '');
        errors[field] ??= fieldErrorMessage(problem);
      }
      // the notification says it too, in the console's language (never the graph's English)
      throw new HttpError(formatGraphQLError(error, consoleLocale()), 400, { errors });
    }
    // too many tries (a throttled sign-in): the body says how long to wait
    if (code === 'RATE_LIMITED') throw new HttpError(error.message, 429, { retryAfterSeconds: error.extensions?.retryAfterSeconds ?? null });
    // a refusal is told in the console's language: react-admin translates these keys where it notifies
    if (code === 'FORBIDDEN') throw new HttpError('ra.notification.not_authorized', 403, body);
    if (code === 'NOT_FOUND') throw new HttpError('ra.notification.item_doesnt_exist', 404, body);
    const stated = error.extensions?.rule || ruleOfMessage(error.message.replace(/^[\w.[\]]+: /, '')) ? formatGraphQLError(error, consoleLocale()) : null;
    throw new HttpError(stated ?? 'ra.notification.http_error', 500, body);
  }
  if (!response.ok) throw new HttpError(`HTTP ${response.status}`, response.status, body);
  return body.data as T;
}

export interface Session {
  sub: string;
  role: 'NETWORK_ADMIN' | 'COLLECTIVITY_ADMIN' | 'COLLECTIVITY_EDITOR';
  collectivityId: string | null;
  exp: number;
}

/** The claims of the session's token (already verified by the server on every request). */
export function currentSession(): Session | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return null;
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as Session;
    return payload.exp * 1000 > Date.now() ? payload : null;
  } catch {
    return null;
  }
}
