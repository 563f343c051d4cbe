import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PortalProposalFollowUpDocument } from '../generated/operations';
import { DateText } from '../components/text';
import { enumLabel, useLocale } from '../i18n';
import { Loaded } from '../states';
import { useQuery } from '../useQuery';

/**
 * A citizen follows the proposal they sent: `#/follow-up` asks for the reference of the receipt,
 * `#/follow-up/<reference>` shows where the proposal stands and the commune's answer.
 */
export function FollowUpPage() {
  const { text } = useLocale();
  const { reference = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(reference);
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = typed.trim();
    setMissing(!wanted);
    if (wanted) navigate(`/follow-up/${encodeURIComponent(wanted)}`);
  };
  return (
    <>
      <h1>{text.followUp}</h1>
      <form onSubmit={onSubmit} noValidate>
        <p>{text.followUpIntro}</p>
        <label>
          {text.reference}
          <input
            name="reference"
            value={typed}
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={missing}
            aria-describedby={missing ? 'reference-error' : undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
          {missing && (
            <span className="error" id="reference-error">
              {text.referenceRequired}
            </span>
          )}
        </label>
        <button type="submit">{text.followUpButton}</button>
      </form>
      {reference && <FollowUpResult key={reference} reference={reference} />}
    </>
  );
}

function FollowUpResult({ reference }: { reference: string }) {
  const { locale, text } = useLocale();
  const state = useQuery(PortalProposalFollowUpDocument, { reference });
  return (
    <section aria-labelledby="follow-up-result" id="follow-up">
      <h2 id="follow-up-result" dir="ltr">{reference.trim().toUpperCase()}</h2>
      <Loaded state={state}>
        {({ proposalFollowUp: proposal }) =>
          !proposal ? (
            <p className="empty">{text.unknownReference}</p>
          ) : (
            <>
              <p><strong dir="auto">{proposal.title}</strong></p>
              <dl>
                <dt>{text.status}</dt>
                <dd id="follow-up-status">{enumLabel('ProposalStatus', proposal.status, locale)}</dd>
                <dt>{text.submittedOn}</dt>
                <dd><DateText value={proposal.submittedAt} precision="DAY" /></dd>
                <dt>{text.answer}</dt>
                <dd id="follow-up-answer" dir="auto">{proposal.answer ?? text.noAnswerYet}</dd>
              </dl>
              <p className="meta">{proposal.published ? text.published : text.notPublished}</p>
            </>
          )
        }
      </Loaded>
    </section>
  );
}
