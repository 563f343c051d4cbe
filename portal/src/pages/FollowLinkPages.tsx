import { followWord, type FollowWord } from '@infitah/labels';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PortalConfirmFollowDocument, PortalUnfollowDocument } from '../generated/operations';
import { useLocale } from '../i18n';
import { useQuery, type QueryState } from '../useQuery';

/** What a link of a follower's mail did: running, failed (with a retry), refused, or done. */
function Outcome<T>({ state, title, running, refused, children }: {
  state: QueryState<T>;
  title: FollowWord;
  running: FollowWord;
  refused: FollowWord;
  children: (data: T) => ReactNode;
}) {
  const { locale, text } = useLocale();
  const words = (word: FollowWord) => followWord(word, locale);
  return (
    <article aria-labelledby="follow-link-title">
      <h1 id="follow-link-title">{words(title)}</h1>
      {state.status === 'loading' && (
        <p className="state" role="status" aria-live="polite">{words(running)}</p>
      )}
      {state.status === 'error' && (
        <div className="state load-error" role="alert">
          <p>{words('networkError')}</p>
          <button type="button" onClick={state.retry}>{words('retry')}</button>
        </div>
      )}
      {state.status === 'notFound' && (
        <p role="alert" id="follow-link-outcome">{words(refused)}</p>
      )}
      {state.status === 'done' && children(state.data)}
      <p><Link to="/">{text.back}</Link></p>
    </article>
  );
}

/** `#/follow/confirm/<token>`: the link of the confirmation mail confirms the follow as the page opens. */
export function FollowConfirmPage() {
  const { locale } = useLocale();
  const { token = '' } = useParams();
  const state = useQuery(PortalConfirmFollowDocument, { token });
  return (
    <Outcome state={state} title="confirmTitle" running="confirming" refused="confirmInvalid">
      {({ confirmFollow }) => (
        <>
          <p role="status" id="follow-link-outcome">{followWord('confirmed', locale)}</p>
          <p><Link to={`/collectivities/${confirmFollow.collectivityId}`}>{followWord('seeCollectivity', locale)}</Link></p>
        </>
      )}
    </Outcome>
  );
}

/** `#/unfollow/<token>`: one click from any follower mail stops the follow and deletes the address. */
export function UnfollowPage() {
  const { locale } = useLocale();
  const { token = '' } = useParams();
  const state = useQuery(PortalUnfollowDocument, { token });
  return (
    <Outcome state={state} title="unfollowTitle" running="unfollowing" refused="alreadyUnfollowed">
      {({ unfollow }) => (
        <p role="status" id="follow-link-outcome">{followWord(unfollow ? 'unfollowed' : 'alreadyUnfollowed', locale)}</p>
      )}
    </Outcome>
  );
}
