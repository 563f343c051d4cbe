import { Link, useParams } from 'react-router';
import { DateText, FreeBlock, InLanguage } from '../components/text';
import { PortalProposalDocument } from '../generated/operations';
import { enumLabel, nameOf, pick, useLocale } from '../i18n';
import { Loaded, NotFoundPage } from '../states';
import { useQuery } from '../useQuery';

/** A published proposal: its text, where it stands, the commune's answer and the commitment it became. */
export function ProposalPage() {
  const { locale, text } = useLocale();
  const { id = '' } = useParams();
  const state = useQuery(PortalProposalDocument, { id });
  return (
    <Loaded state={state}>
      {({ proposal }) => {
        if (!proposal) return <NotFoundPage />;
        return (
          <>
            {proposal.collectivity && (
              <p className="crumbs">
                <Link to={`/collectivities/${proposal.collectivity.id}`}>{nameOf(proposal.collectivity, locale)}</Link>
              </p>
            )}
            <p className="meta">{text.proposal}</p>
            <h1 dir="auto">{proposal.title}</h1>
            {proposal.body && <FreeBlock>{proposal.body}</FreeBlock>}
            <dl>
              <dt>{text.principle}</dt>
              <dd>{enumLabel('OpennessPrinciple', proposal.principle, locale)}</dd>
              <dt>{text.status}</dt>
              <dd id="proposal-status">{enumLabel('ProposalStatus', proposal.status, locale)}</dd>
              <dt>{text.receivedOn}</dt>
              <dd><DateText value={proposal.createdAt} precision="DAY" /></dd>
              {proposal.event && (
                <>
                  <dt>{text.collectedAt}</dt>
                  <dd><Link to={`/events/${proposal.event.id}`}><InLanguage value={pick(proposal.event, 'title', locale)} /></Link></dd>
                </>
              )}
              <dt>{text.answer}</dt>
              <dd dir="auto">{proposal.answer ?? text.noAnswerYet}</dd>
              {proposal.answeredAt && (
                <>
                  <dt>{text.answeredOn}</dt>
                  <dd><DateText value={proposal.answeredAt} precision="DAY" /></dd>
                </>
              )}
              {proposal.commitment && (
                <>
                  <dt>{text.becameCommitment}</dt>
                  <dd><Link to={`/commitments/${proposal.commitment.id}`}><InLanguage value={pick(proposal.commitment, 'title', locale)} /></Link></dd>
                </>
              )}
            </dl>
          </>
        );
      }}
    </Loaded>
  );
}
