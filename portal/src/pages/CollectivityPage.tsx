import { Link, useParams } from 'react-router';
import { DateText, formatPercent, InLanguage } from '../components/text';
import { PortalCollectivityDocument } from '../generated/operations';
import { enumLabel, nameOf, pick, PRINCIPLE_LABELS, splitBilingual, STATUS_LABELS, useLocale } from '../i18n';
import { Empty, Loaded, LoadError, NotFoundPage } from '../states';
import { useQuery } from '../useQuery';
import { ConsultationForm } from './ConsultationForm';
import { FollowForm } from './FollowForm';

/** A collectivity's page: its co-creation timeline, its programme, its proposals and, while one is open, a consultation. */
export function CollectivityPage() {
  const { locale, text } = useLocale();
  const { id = '' } = useParams();
  const state = useQuery(PortalCollectivityDocument, { id });
  return (
    <Loaded state={state}>
      {({ collectivity }, retry) => {
        if (!collectivity) return <NotFoundPage />;
        const now = Date.now();
        // null when the subgraph that holds them did not answer: said, with a retry, rather than shown as empty
        const events = collectivity.events?.nodes;
        const proposals = collectivity.proposals?.nodes;
        const openConsultations = (events ?? []).filter(
          (event) =>
            event.kind === 'PUBLIC_CONSULTATION' && event.status !== 'CANCELLED' && new Date(event.startsAt).getTime() <= now && event.endsAt && new Date(event.endsAt).getTime() >= now,
        );
        const program = collectivity.currentProgram;
        return (
          <>
            <p className="crumbs"><Link to="/">{text.back}</Link></p>
            <h1>{nameOf(collectivity, locale)}</h1>
            <section aria-labelledby="timeline">
              <h2 id="timeline">{text.timeline}</h2>
              {!events ? (
                <LoadError retry={retry} />
              ) : events.length === 0 ? (
                <Empty>{text.noEvents}</Empty>
              ) : (
                <ol className="list">
                  {events.map((event) => (
                    <li key={event.id}>
                      <Link to={`/events/${event.id}`}>
                        <InLanguage value={pick(event, 'title', locale)} />
                      </Link>
                      <div className="meta">
                        <DateText value={event.startsAt} precision={event.startsAtPrecision} /> · {enumLabel('EventKind', event.kind, locale)} · {enumLabel('EventStatus', event.status, locale)}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="program">
              <h2 id="program">{text.program}</h2>
              {program ? (
                <>
                  <p>
                    <strong><InLanguage value={pick(program, 'title', locale)} /></strong>
                  </p>
                  <p className="meta">
                    {enumLabel('ProgramStatus', program.status, locale)}
                    {program.adoptedOn && (
                      <>
                        {' · '}
                        <DateText value={program.adoptedOn} />
                      </>
                    )}
                    {program.councilSessionEvent ? (
                      <>
                        {' · '}
                        <Link to={`/events/${program.councilSessionEvent.id}`}>
                          <InLanguage value={pick(program.councilSessionEvent, 'title', locale)} />
                        </Link>
                      </>
                    ) : (
                      program.councilSession && (
                        <>
                          {' · '}
                          <InLanguage value={splitBilingual(program.councilSession, locale)} />
                        </>
                      )
                    )}
                  </p>
                  <p>
                    <Link to={`/programs/${program.id}/print`}>{text.printable}</Link>
                  </p>
                  <h3>{text.commitmentsTitle}</h3>
                  {program.commitments.length === 0 ? (
                    <Empty>{text.noCommitments}</Empty>
                  ) : (
                    <ul className="list">
                      {program.commitments.map((commitment) => (
                        <li key={commitment.id}>
                          <Link to={`/commitments/${commitment.id}`}>
                            <InLanguage value={pick(commitment, 'title', locale)} />
                          </Link>
                          <div className="meta">
                            {commitment.principles.map((principle) => PRINCIPLE_LABELS[locale][principle]).join(' · ')} — {text.completion}: {enumLabel('CompletionLevel', commitment.completion, locale)}
                          </div>
                          <div className="bar" role="img" aria-label={`${text.progress} ${formatPercent(commitment.progress, locale)}`}>
                            <span style={{ width: `${commitment.progress}%` }} />
                          </div>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              ) : (
                <Empty>{text.noProgram}</Empty>
              )}
            </section>
            <section aria-labelledby="proposals">
              <h2 id="proposals">{text.proposalsTitle}</h2>
              {!proposals ? (
                <LoadError retry={retry} />
              ) : proposals.length === 0 ? (
                <Empty>{text.noProposals}</Empty>
              ) : (
                <ul className="list">
                  {proposals.map((proposal) => (
                    <li key={proposal.id}>
                      <Link to={`/proposals/${proposal.id}`} dir="auto">{proposal.title}</Link>
                      <div className="meta">{PRINCIPLE_LABELS[locale][proposal.principle]} · {STATUS_LABELS[locale][proposal.status]}</div>
                      {proposal.answer && (
                        <div className="answer">
                          <span className="meta">{text.answer}</span>
                          <p dir="auto">{proposal.answer}</p>
                        </div>
                      )}
                      {proposal.commitment && (
                        <p>
                          {text.becameCommitment}:{' '}
                          <Link to={`/commitments/${proposal.commitment.id}`}>
                            <InLanguage value={pick(proposal.commitment, 'title', locale)} />
                          </Link>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {openConsultations.map((consultation) => (
              <ConsultationForm key={consultation.id} collectivityId={collectivity.id} consultation={{ id: consultation.id, title: pick(consultation, 'title', locale) }} />
            ))}
            <FollowForm collectivityId={collectivity.id} />
          </>
        );
      }}
    </Loaded>
  );
}
