import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from './generated/operations';
import { graphql, type GraphQLErrorBody } from './graphql';

/**
 * What a page knows of its query: still loading, failed (it can retry), answered (a part of the answer that failed
 * can retry too), or the thing asked for does not exist.
 */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'notFound' }
  | { status: 'done'; data: T; retry: () => void };

// a malformed or unknown id is the visitor's wrong address, not a failure worth retrying
const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

/** A root field that failed for another reason than a wrong id: the page cannot say anything true without it. */
const rootFailure = (error: GraphQLErrorBody) => (error.path?.length ?? 1) <= 1 && !NOT_FOUND_CODES.has(error.extensions?.code ?? '');

/**
 * Runs a typed query and re-runs it when its variables change or on retry. A nested field that failed (one subgraph
 * down) leaves the rest of the answer shown; a failed root field or a failed request is an error with a retry.
 */
export function useQuery<T, V>(document: TypedDocumentString<T, V>, variables: V): QueryState<T> {
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; attempt: number; state: QueryState<T> } | null>(null);
  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);
  useEffect(() => {
    let current = true;
    const settle = (state: QueryState<T>) => {
      if (current) setAnswer({ key, attempt, state });
    };
    graphql(document, JSON.parse(key) as V).then(
      (result) => {
        const errors = result.errors ?? [];
        if (result.data && !errors.some(rootFailure)) settle({ status: 'done', data: result.data, retry });
        else if (errors.length > 0 && errors.every((error) => NOT_FOUND_CODES.has(error.extensions?.code ?? ''))) settle({ status: 'notFound' });
        else settle({ status: 'error', retry });
      },
      () => settle({ status: 'error', retry }),
    );
    return () => {
      current = false;
    };
  }, [document, key, attempt, retry]);
  // an answer to earlier variables (or an earlier attempt) is never shown as this one's
  if (!answer || answer.key !== key || answer.attempt !== attempt) return { status: 'loading' };
  return answer.state;
}
