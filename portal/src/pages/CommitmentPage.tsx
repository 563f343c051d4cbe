import { Link, useParams } from 'react-router';
import { PortalCommitmentDocument } from '../generated/operations';
import { languageOf, nameOf, PRINCIPLE_LABELS, useLocale } from '../i18n';
import { Empty, Loaded, NotFoundPage } from '../states';
import { useQuery } from '../useQuery';
import { MeasurementChart } from './MeasurementChart';

/** A commitment's page: what it does, its milestones, its indicators and their measurements, reviews and sources. */
export function CommitmentPage() {
  const { locale, text } = useLocale();
  const { id = '' } = useParams();
  const state = useQuery(PortalCommitmentDocument, { id, language: languageOf(locale) });
  return (
    <Loaded state={state}>
      {({ commitment }) => {
        if (!commitment) return <NotFoundPage />;
        return (
          <>
            {commitment.collectivity?.nameAr && (
              <p><Link to={`/collectivities/${commitment.collectivity.id}`}>{nameOf(commitment.collectivity, locale)}</Link></p>
            )}
            <h1>{commitment.title}</h1>
            <p>{commitment.problem}</p>
            <p>{commitment.action}</p>
            <p className="meta">
              {commitment.principles.map((principle) => PRINCIPLE_LABELS[locale][principle]).join(' · ')} — {text.completion}: {commitment.completion} — {text.progress}: {commitment.progress}%
            </p>
            <section aria-labelledby="milestones">
              <h2 id="milestones">{text.milestones}</h2>
              {commitment.milestones.length === 0 ? (
                <Empty>{text.noMilestones}</Empty>
              ) : (
                <ul className="list">
                  {commitment.milestones.map((milestone) => (
                    <li key={milestone.id}>
                      {milestone.doneOn ? '✓ ' : ''}{milestone.title} <span className="meta">{milestone.dueOn ?? ''}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="indicators">
              <h2 id="indicators">{text.indicators}</h2>
              {commitment.indicators.length === 0 ? (
                <Empty>{text.noIndicators}</Empty>
              ) : (
                <div className="table-scroll">
                  <table>
                    <thead>
                      <tr><th scope="col">{text.title}</th><th scope="col">{text.baseline}</th><th scope="col">{text.target}</th><th scope="col">{text.latest}</th></tr>
                    </thead>
                    <tbody>
                      {commitment.indicators.map((indicator) => (
                        <tr key={indicator.id}>
                          <td>{indicator.title}</td>
                          <td>{indicator.baseline} {indicator.unit}</td>
                          <td>{indicator.target} {indicator.unit}</td>
                          <td>{indicator.latest ? `${indicator.latest.value} ${indicator.unit} (${indicator.latest.measuredOn})` : '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            {commitment.indicators
              .filter((indicator) => indicator.measurements.length > 0)
              .map((indicator) => (
                <MeasurementChart key={indicator.id} indicator={indicator} />
              ))}
            {commitment.sourceProposals && commitment.sourceProposals.length > 0 && (
              <section aria-labelledby="sources">
                <h2 id="sources">{text.proposalsTitle}</h2>
                <ul className="list">
                  {commitment.sourceProposals.map((proposal) => <li key={proposal.id}>{proposal.title}</li>)}
                </ul>
              </section>
            )}
            {commitment.reviews.length > 0 && (
              <section aria-labelledby="reviews">
                <h2 id="reviews">{text.reviews}</h2>
                {commitment.reviews.map((review, index) => (
                  <p key={index}>{review.verifiedCompletion} · {review.didItOpenGovernment ?? ''} — {review.comment ?? ''}</p>
                ))}
              </section>
            )}
          </>
        );
      }}
    </Loaded>
  );
}
