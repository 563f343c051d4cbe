import { Link, useParams } from 'react-router';
import { DateText, FreeBlock, formatNumber, InLanguage } from '../components/text';
import { TEMPLATE_PARTS, TemplateFields } from '../components/template';
import { PortalCommitmentDocument } from '../generated/operations';
import { enumLabel, nameOf, pick, useLocale } from '../i18n';
import { Empty, Loaded, NotFoundPage } from '../states';
import { useQuery } from '../useQuery';
import { MeasurementChart } from './MeasurementChart';

/**
 * A commitment's page: every field of the OGP Local template labelled, its milestones, each indicator as a chart with
 * its table, the network's published reviews and the proposals it came from, as links.
 */
export function CommitmentPage() {
  const { locale, text } = useLocale();
  const { id = '' } = useParams();
  const state = useQuery(PortalCommitmentDocument, { id });
  return (
    <Loaded state={state}>
      {({ commitment }) => {
        if (!commitment) return <NotFoundPage />;
        const title = pick(commitment, 'title', locale);
        return (
          <>
            <p className="crumbs">
              {commitment.collectivity?.nameAr && <Link to={`/collectivities/${commitment.collectivity.id}`}>{nameOf(commitment.collectivity, locale)}</Link>}
              {commitment.program && (
                <>
                  {' › '}
                  <Link to={`/programs/${commitment.program.id}/print`}>
                    <InLanguage value={pick(commitment.program, 'title', locale)} />
                  </Link>
                </>
              )}
            </p>
            <h1 lang={title.lang} dir="auto">{title.text}</h1>
            <section aria-labelledby="template">
              <h2 id="template">{text.commitmentFields}</h2>
              <TemplateFields commitment={commitment} locale={locale} noneStated={text.noneStated} />
            </section>
            <section aria-labelledby="milestones">
              <h2 id="milestones">{TEMPLATE_PARTS.milestones[locale]}</h2>
              {commitment.milestones.length === 0 ? (
                <Empty>{text.noMilestones}</Empty>
              ) : (
                <ul className="list">
                  {commitment.milestones.map((milestone) => (
                    <li key={milestone.id}>
                      <div dir="auto">{milestone.title}</div>
                      <div className="meta">
                        {milestone.doneOn ? (
                          <>✓ {text.done} <DateText value={milestone.doneOn} /></>
                        ) : milestone.dueOn ? (
                          <>{text.due} <DateText value={milestone.dueOn} /></>
                        ) : (
                          text.pending
                        )}
                        {milestone.startsOn && (
                          <>
                            {' · '}
                            {text.starts} <DateText value={milestone.startsOn} />
                          </>
                        )}
                        {' · '}
                        {text.weight} {formatNumber(milestone.weight, locale)}
                      </div>
                      {milestone.deliverable && (
                        <div className="meta">
                          {text.deliverable}: <bdi>{milestone.deliverable}</bdi>
                        </div>
                      )}
                      {milestone.evidence && (
                        <div className="meta">
                          {text.evidence}: <bdi>{milestone.evidence}</bdi>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="indicators">
              <h2 id="indicators">{TEMPLATE_PARTS.indicators[locale]}</h2>
              {commitment.indicators.length === 0 ? (
                <Empty>{text.noIndicators}</Empty>
              ) : (
                commitment.indicators.map((indicator) => (
                  <div key={indicator.id} className="indicator-block">
                    <MeasurementChart indicator={indicator} />
                    <p className="meta">
                      {text.direction}: {enumLabel('IndicatorDirection', indicator.direction, locale)}
                      {indicator.latest && (
                        <>
                          {' · '}
                          {text.latest}: {formatNumber(indicator.latest.value, locale, indicator.unit)} (<DateText value={indicator.latest.measuredOn} />)
                        </>
                      )}
                    </p>
                  </div>
                ))
              )}
            </section>
            <section aria-labelledby="sources">
              <h2 id="sources">{text.sourceProposals}</h2>
              {!commitment.sourceProposals || commitment.sourceProposals.length === 0 ? (
                <Empty>{text.noProposals}</Empty>
              ) : (
                <ul className="list" id="source-proposals">
                  {commitment.sourceProposals.map((proposal) => (
                    <li key={proposal.id}>
                      <Link to={`/proposals/${proposal.id}`} dir="auto">{proposal.title}</Link>
                      <div className="meta">{enumLabel('ProposalStatus', proposal.status, locale)}</div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {commitment.reviews.length > 0 && (
              <section aria-labelledby="reviews">
                <h2 id="reviews">{text.reviews}</h2>
                {commitment.reviews.map((review, index) => (
                  <div key={index} className="review">
                    <dl>
                      <dt>{text.verifiedCompletion}</dt>
                      <dd>{enumLabel('CompletionLevel', review.verifiedCompletion, locale)}</dd>
                      {review.didItOpenGovernment && (
                        <>
                          <dt>{text.openGovernment}</dt>
                          <dd>{enumLabel('OpenGovernmentEffect', review.didItOpenGovernment, locale)}</dd>
                        </>
                      )}
                      {review.potentialForResults && (
                        <>
                          <dt>{text.potential}</dt>
                          <dd>{enumLabel('PotentialForResults', review.potentialForResults, locale)}</dd>
                        </>
                      )}
                      <dt>{text.date}</dt>
                      <dd><DateText value={review.createdAt} precision="DAY" /></dd>
                    </dl>
                    {review.comment && <FreeBlock>{review.comment}</FreeBlock>}
                  </div>
                ))}
              </section>
            )}
          </>
        );
      }}
    </Loaded>
  );
}
