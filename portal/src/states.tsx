import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLocale } from './i18n';
import type { QueryState } from './useQuery';

/** While a query runs: said, not a blank or a bare "…". */
export function Loading() {
  const { text } = useLocale();
  return (
    <p className="state" role="status" aria-live="polite">
      {text.loading}
    </p>
  );
}

/** A query that failed: told in the reader's language, with a button that runs it again. */
export function LoadError({ retry }: { retry: () => void }) {
  const { text } = useLocale();
  return (
    <div className="state load-error" role="alert">
      <p>{text.loadFailed}</p>
      <button type="button" onClick={retry}>
        {text.retry}
      </button>
    </div>
  );
}

/** A list with nothing in it yet, said explicitly. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** An address the portal does not know, or a record that does not exist or is not published. */
export function NotFoundPage() {
  const { text } = useLocale();
  return (
    <>
      <h1>{text.notFoundTitle}</h1>
      <p>{text.notFoundBody}</p>
      <p>
        <Link to="/">{text.back}</Link>
      </p>
    </>
  );
}

/** A query's state shown: loading, an error with a retry, the not-found page, or `children` with the data. */
export function Loaded<T>({ state, children }: { state: QueryState<T>; children: (data: T, retry: () => void) => ReactNode }) {
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <LoadError retry={state.retry} />;
    case 'notFound':
      return <NotFoundPage />;
    case 'done':
      return <>{children(state.data, state.retry)}</>;
  }
}
