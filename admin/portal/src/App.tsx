import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from './graphql';
import { CATEGORY_LABELS, moroccoDate, PRINCIPLE_LABELS, textFor, type Locale, type Text } from './i18n';
import { LibraryPage, LibrarySection } from './Library';
import { OpenDataPage } from './OpenData';

/** Pages live in the hash (#/, #/collectivities/<id>, #/commitments/<id>): every page has a shareable address. */
function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

function useQuery<T>(query: string, variables: Record<string, unknown>, key: string): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    setData(null);
    graphql<T>(query, variables).then((result) => setData(result.data ?? null));
  }, [key]);
  return data;
}

const nameOf = (record: { nameAr: string; nameFr: string }, locale: Locale) => (locale === 'ar' ? record.nameAr : record.nameFr);
const LANGUAGE = (locale: Locale) => (locale === 'ar' ? 'AR' : 'FR');

export function App({ locale }: { locale: Locale }) {
  const text = textFor(locale);
  const route = useRoute();
  const other = locale === 'ar' ? 'fr' : 'ar';
  const [page, id] = route;
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [page, id]);
  return (
    <>
      <a className="skip" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {text.skip}
      </a>
      <header>
        <a href="#/">{text.site}</a>
        <nav aria-label={text.site}>
          <a href={`?locale=${other}${window.location.hash}`} lang={other}>
            {text.language}
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'collectivities' && id ? (
          <CollectivityPage id={id} locale={locale} text={text} />
        ) : page === 'commitments' && id ? (
          <CommitmentPage id={id} locale={locale} text={text} />
        ) : page === 'library' && id ? (
          <LibraryPage id={id} locale={locale} back={text.back} />
        ) : page === 'open-data' ? (
          <OpenDataPage locale={locale} title={text.openData} back={text.back} />
        ) : (
          <NetworkPage locale={locale} text={text} />
        )}
      </main>
      <footer>
        Infitah · {text.site} · <a href="#/open-data">{text.openData}</a>
      </footer>
    </>
  );
}

function NetworkPage({ locale, text }: { locale: Locale; text: Text }) {
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  const data = useQuery<any>(
    `query ($search: String, $searching: Boolean!, $language: Language) { network { nameAr nameFr memberCount participation { eventCount proposalCount } evaluation { programCount commitmentCount }
       membersByRegion { region { id nameAr nameFr } count } }
       collectivities(filter: { search: $search }, first: 100) { totalCount nodes { id nameAr nameFr kind membership { joinedOn } } }
       commitments(filter: { search: $search }, first: 20) @include(if: $searching) { nodes { id title(language: $language) } }
       proposals(filter: { search: $search }, first: 20) @include(if: $searching) { nodes { id title collectivity { id } } } }`,
    { search: submitted || null, searching: Boolean(submitted), language: LANGUAGE(locale) },
    submitted,
  );
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(search.trim());
  };
  return (
    <>
      <h1>{data ? nameOf(data.network, locale) : text.site}</h1>
      {data && (
        <section aria-labelledby="figures">
          <h2 id="figures">{text.figures}</h2>
          <ul className="figures">
            <li><strong>{data.network.memberCount}</strong> {text.memberCount}</li>
            <li><strong>{data.network.participation?.eventCount ?? '—'}</strong> {text.events}</li>
            <li><strong>{data.network.participation?.proposalCount ?? '—'}</strong> {text.proposals}</li>
            <li><strong>{data.network.evaluation?.programCount ?? '—'}</strong> {text.programs}</li>
            <li><strong>{data.network.evaluation?.commitmentCount ?? '—'}</strong> {text.commitments}</li>
          </ul>
        </section>
      )}
      {data && (
        <section aria-labelledby="regions">
          <h2 id="regions">{text.byRegion}</h2>
          <ul className="list">
            {data.network.membersByRegion.map((entry: any) => (
              <li key={entry.region?.id ?? 'unknown'}>
                {entry.region ? <a href={`#/collectivities/${entry.region.id}`}>{nameOf(entry.region, locale)}</a> : text.unknownRegion}: <strong>{entry.count}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="members">
        <h2 id="members">{text.members}</h2>
        <form role="search" onSubmit={onSearch}>
          <label>
            {text.search}
            <input type="search" name="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          <button type="submit">{text.searchButton}</button>
        </form>
        {submitted && data && (
          <>
            <h3>{text.commitmentsTitle}</h3>
            <ul className="list" id="commitment-results">
              {(data.commitments?.nodes ?? []).map((commitment: any) => (
                <li key={commitment.id}><a href={`#/commitments/${commitment.id}`}>{commitment.title}</a></li>
              ))}
            </ul>
            <h3>{text.proposalsTitle}</h3>
            <ul className="list" id="proposal-results">
              {(data.proposals?.nodes ?? []).map((proposal: any) => (
                <li key={proposal.id}><a href={`#/collectivities/${proposal.collectivity?.id}`}>{proposal.title}</a></li>
              ))}
            </ul>
            <h3>{text.members}</h3>
          </>
        )}
        <ul className="list">
          {data?.collectivities.nodes.map((collectivity: any) => (
            <li key={collectivity.id}>
              <a href={`#/collectivities/${collectivity.id}`}>{nameOf(collectivity, locale)}</a>
              <div className="meta">{collectivity.kind} · {collectivity.membership?.joinedOn}</div>
            </li>
          ))}
        </ul>
      </section>
      <LibrarySection locale={locale} search={submitted} />
    </>
  );
}

function CollectivityPage({ id, locale, text }: { id: string; locale: Locale; text: Text }) {
  const [version, setVersion] = useState(0);
  const data = useQuery<any>(
    `query ($id: ID!, $language: Language) { collectivity(id: $id) { id nameAr nameFr
       events(first: 100) { nodes { id kind startsAt startsOn startsAtPrecision endsAt title(language: $language) organizer } }
       currentProgram { id title(language: $language) status adoptedOn councilSession
         commitments { id title(language: $language) progress completion principles } }
       proposals(first: 100) { nodes { id title principle status answer commitment { id title(language: $language) } } } } }`,
    { id, language: LANGUAGE(locale) },
    `${id}:${version}`,
  );
  if (!data) return <p aria-live="polite">…</p>;
  const collectivity = data.collectivity;
  if (!collectivity) return <h1>404</h1>;
  const now = Date.now();
  const openConsultations = collectivity.events.nodes.filter(
    (event: any) => event.kind === 'PUBLIC_CONSULTATION' && new Date(event.startsAt).getTime() <= now && event.endsAt && new Date(event.endsAt).getTime() >= now,
  );
  return (
    <>
      <p><a href="#/">{text.back}</a></p>
      <h1>{nameOf(collectivity, locale)}</h1>
      <section aria-labelledby="timeline">
        <h2 id="timeline">{text.timeline}</h2>
        <ol className="list">
          {collectivity.events.nodes.map((event: any) => (
            <li key={event.id}>
              <strong>{event.title}</strong>
              <div className="meta">
                <time dateTime={event.startsOn}>
                  {event.startsAtPrecision === 'MINUTE' ? moroccoDate(event.startsAt, locale) : event.startsOn}
                </time>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="program">
        <h2 id="program">{text.program}</h2>
        {collectivity.currentProgram ? (
          <>
            <p><strong>{collectivity.currentProgram.title}</strong></p>
            <p className="meta">{collectivity.currentProgram.status} · {collectivity.currentProgram.adoptedOn ?? ''} {collectivity.currentProgram.councilSession ?? ''}</p>
            <h3>{text.commitmentsTitle}</h3>
            <ul className="list">
              {collectivity.currentProgram.commitments.map((commitment: any) => (
                <li key={commitment.id}>
                  <a href={`#/commitments/${commitment.id}`}>{commitment.title}</a>
                  <div className="meta">
                    {commitment.principles.map((principle: string) => PRINCIPLE_LABELS[locale][principle]).join(' · ')} — {text.completion}: {commitment.completion}
                  </div>
                  <div className="bar" role="img" aria-label={`${text.progress} ${commitment.progress}%`}>
                    <span style={{ width: `${commitment.progress}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{text.noProgram}</p>
        )}
      </section>
      <section aria-labelledby="proposals">
        <h2 id="proposals">{text.proposalsTitle}</h2>
        <ul className="list">
          {collectivity.proposals.nodes.map((proposal: any) => (
            <li key={proposal.id}>
              <strong>{proposal.title}</strong>
              <div className="meta">{PRINCIPLE_LABELS[locale][proposal.principle]} · {proposal.status}</div>
              {proposal.answer && <p>{text.answer}: {proposal.answer}</p>}
              {proposal.commitment?.title && (
                <p>
                  {text.becameCommitment}: <a href={`#/commitments/${proposal.commitment.id}`}>{proposal.commitment.title}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
      {openConsultations.map((consultation: any) => (
        <ConsultationForm key={consultation.id} collectivityId={collectivity.id} consultation={consultation} locale={locale} text={text} onSent={() => setVersion(version + 1)} />
      ))}
    </>
  );
}

function ConsultationForm(props: { collectivityId: string; consultation: any; locale: Locale; text: Text; onSent: () => void }) {
  const { text, locale } = props;
  const [fields, setFields] = useState({ principle: 'CITIZEN_PARTICIPATION', title: '', body: '', submitterCategory: 'CITIZEN', consentToPublish: false, contact: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reference, setReference] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await graphql<{ submitProposal: { reference: string } }>(
      'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { reference } }',
      { input: { ...fields, contact: fields.contact || null, collectivityId: props.collectivityId, consultationId: props.consultation.id } },
    );
    if (result.errors?.length) {
      const error = result.errors[0];
      setErrors({ [error.extensions?.field ?? 'form']: error.message.replace(/^[\w.]+: /, '') });
      return;
    }
    setErrors({});
    setReference(result.data!.submitProposal.reference);
  };
  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="error" id={`${name}-error`}>
        {errors[name]}
      </span>
    ) : null;
  return (
    <section aria-labelledby="consultation">
      <h2 id="consultation">{text.consultation}: {props.consultation.title}</h2>
      {reference ? (
        <p role="status">
          {text.thanks} <strong>{reference}</strong>. {text.notPublic}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <h3>{text.takePart}</h3>
          <label>
            {text.principle}
            <select name="principle" value={fields.principle} onChange={(event) => setFields({ ...fields, principle: event.target.value })}>
              {Object.entries(PRINCIPLE_LABELS[locale]).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label>
            {text.title}
            <input name="title" value={fields.title} aria-invalid={Boolean(errors.title)} aria-describedby={errors.title ? 'title-error' : undefined} onChange={(event) => setFields({ ...fields, title: event.target.value })} />
            {fieldError('title')}
          </label>
          <label>
            {text.text}
            <textarea name="body" rows={4} value={fields.body} aria-invalid={Boolean(errors.body)} aria-describedby={errors.body ? 'body-error' : undefined} onChange={(event) => setFields({ ...fields, body: event.target.value })} />
            {fieldError('body')}
          </label>
          <label>
            {text.category}
            <select name="submitterCategory" value={fields.submitterCategory} onChange={(event) => setFields({ ...fields, submitterCategory: event.target.value })}>
              {Object.entries(CATEGORY_LABELS[locale]).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" name="consentToPublish" checked={fields.consentToPublish} onChange={(event) => setFields({ ...fields, consentToPublish: event.target.checked })} />
            {text.consent}
          </label>
          <label>
            {text.contact}
            <input name="contact" value={fields.contact} onChange={(event) => setFields({ ...fields, contact: event.target.value })} />
          </label>
          {fieldError('form')}
          {fieldError('consultationId')}
          <button type="submit">{text.submit}</button>
        </form>
      )}
    </section>
  );
}

function CommitmentPage({ id, locale, text }: { id: string; locale: Locale; text: Text }) {
  const data = useQuery<any>(
    `query ($id: ID!, $language: Language) { commitment(id: $id) { id title(language: $language) problem action principles completion progress
       collectivity { id nameAr nameFr }
       milestones { id title dueOn doneOn weight }
       indicators { id title unit baseline target latest { value measuredOn } measurements { measuredOn value } }
       reviews { verifiedCompletion didItOpenGovernment comment }
       sourceProposals { id title } } }`,
    { id, language: LANGUAGE(locale) },
    id,
  );
  if (!data) return <p aria-live="polite">…</p>;
  const commitment = data.commitment;
  if (!commitment) return <h1>404</h1>;
  return (
    <>
      {commitment.collectivity?.nameAr && (
        <p><a href={`#/collectivities/${commitment.collectivity.id}`}>{nameOf(commitment.collectivity, locale)}</a></p>
      )}
      <h1>{commitment.title}</h1>
      <p>{commitment.problem}</p>
      <p>{commitment.action}</p>
      <p className="meta">{commitment.principles.map((principle: string) => PRINCIPLE_LABELS[locale][principle]).join(' · ')} — {text.completion}: {commitment.completion} — {text.progress}: {commitment.progress}%</p>
      <section aria-labelledby="milestones">
        <h2 id="milestones">{text.milestones}</h2>
        <ul className="list">
          {commitment.milestones.map((milestone: any) => (
            <li key={milestone.id}>
              {milestone.doneOn ? '✓ ' : ''}{milestone.title} <span className="meta">{milestone.dueOn ?? ''}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="indicators">
        <h2 id="indicators">{text.indicators}</h2>
        <table>
          <thead>
            <tr><th scope="col">{text.title}</th><th scope="col">{text.baseline}</th><th scope="col">{text.target}</th><th scope="col">{text.latest}</th></tr>
          </thead>
          <tbody>
            {commitment.indicators.map((indicator: any) => (
              <tr key={indicator.id}>
                <td>{indicator.title}</td>
                <td>{indicator.baseline} {indicator.unit}</td>
                <td>{indicator.target} {indicator.unit}</td>
                <td>{indicator.latest ? `${indicator.latest.value} ${indicator.unit} (${indicator.latest.measuredOn})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {commitment.indicators
        .filter((indicator: any) => indicator.measurements.length > 0)
        .map((indicator: any) => (
          <MeasurementChart key={indicator.id} indicator={indicator} />
        ))}
      {commitment.sourceProposals?.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">{text.proposalsTitle}</h2>
          <ul className="list">
            {commitment.sourceProposals.map((proposal: any) => <li key={proposal.id}>{proposal.title}</li>)}
          </ul>
        </section>
      )}
      {commitment.reviews.length > 0 && (
        <section aria-labelledby="reviews">
          <h2 id="reviews">{text.reviews}</h2>
          {commitment.reviews.map((review: any, index: number) => (
            <p key={index}>{review.verifiedCompletion} · {review.didItOpenGovernment ?? ''} — {review.comment ?? ''}</p>
          ))}
        </section>
      )}
    </>
  );
}

/** Measurements over time, from the baseline towards the target; drawn left to right in either language. */
function MeasurementChart({ indicator }: { indicator: any }) {
  const points = [{ value: indicator.baseline }, ...indicator.measurements];
  const values = [indicator.baseline, indicator.target, ...indicator.measurements.map((measurement: any) => measurement.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (index: number) => 10 + (index * 280) / Math.max(1, points.length - 1);
  const y = (value: number) => 90 - ((value - low) / Math.max(1e-9, high - low)) * 80;
  const path = points.map((point, index) => `${index ? 'L' : 'M'}${x(index)},${y(point.value)}`).join(' ');
  return (
    <figure dir="ltr">
      <svg viewBox="0 0 300 100" width="100%" role="img" aria-label={`${indicator.title}: ${points.map((point) => point.value).join(', ')} → ${indicator.target}`}>
        <line x1="0" x2="300" y1={y(indicator.target)} y2={y(indicator.target)} stroke="#767676" strokeDasharray="4 4" />
        <path d={path} fill="none" stroke="#00574b" strokeWidth="3" />
        {points.map((point, index) => <circle key={index} cx={x(index)} cy={y(point.value)} r="4" fill="#00574b" />)}
      </svg>
      <figcaption className="meta">{indicator.title}</figcaption>
    </figure>
  );
}
