import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PortalNetworkDocument } from '../generated/operations';
import { DateText, InLanguage } from '../components/text';
import { enumLabel, nameOf, pick, useLocale } from '../i18n';
import { Empty, Loaded } from '../states';
import { useQuery } from '../useQuery';
import { LibrarySection } from './Library';

/** The network's home: its figures, members by region, the members (searchable with commitments and proposals). */
export function NetworkPage() {
  const { locale, text } = useLocale();
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  const state = useQuery(PortalNetworkDocument, { search: submitted || null, searching: Boolean(submitted) });
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(search.trim());
  };
  return (
    <>
      <h1>{state.status === 'done' ? nameOf(state.data.network, locale) : text.site}</h1>
      <section aria-labelledby="open-collectivity" className="intro">
        <h2 id="open-collectivity">{text.whatIsOpen}</h2>
        <p>{text.intro}</p>
        <p>{text.introNetwork}</p>
        <p>
          <Link to="/upcoming">{text.upcomingTitle}</Link>
        </p>
      </section>
      <Loaded state={state}>
        {(data) => (
          <>
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
            <section aria-labelledby="regions">
              <h2 id="regions">{text.byRegion}</h2>
              <ul className="list">
                {data.network.membersByRegion.map((entry) => (
                  <li key={entry.region?.id ?? 'unknown'}>
                    {entry.region ? <Link to={`/collectivities/${entry.region.id}`}>{nameOf(entry.region, locale)}</Link> : text.unknownRegion}: <strong>{entry.count}</strong>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </Loaded>
      <section aria-labelledby="members">
        <h2 id="members">{text.members}</h2>
        <form role="search" onSubmit={onSearch}>
          <label>
            {text.search}
            <input type="search" name="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          <button type="submit">{text.searchButton}</button>
        </form>
        {state.status === 'done' && (
          <>
            {submitted && (
              <>
                <h3>{text.commitmentsTitle}</h3>
                {state.data.commitments?.nodes.length ? (
                  <ul className="list" id="commitment-results">
                    {state.data.commitments.nodes.map((commitment) => (
                      <li key={commitment.id}><Link to={`/commitments/${commitment.id}`}><InLanguage value={pick(commitment, 'title', locale)} /></Link></li>
                    ))}
                  </ul>
                ) : (
                  <Empty><span id="commitment-results">{text.noResults}</span></Empty>
                )}
                <h3>{text.proposalsTitle}</h3>
                {state.data.proposals?.nodes.length ? (
                  <ul className="list" id="proposal-results">
                    {state.data.proposals.nodes.map((proposal) => (
                      <li key={proposal.id}>
                        {proposal.collectivity ? <Link to={`/proposals/${proposal.id}`} dir="auto">{proposal.title}</Link> : <bdi>{proposal.title}</bdi>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Empty><span id="proposal-results">{text.noResults}</span></Empty>
                )}
                <h3>{text.members}</h3>
              </>
            )}
            {state.data.collectivities.nodes.length === 0 ? (
              <Empty>{text.noMembers}</Empty>
            ) : (
              <ul className="list">
                {state.data.collectivities.nodes.map((collectivity) => (
                  <li key={collectivity.id}>
                    <Link to={`/collectivities/${collectivity.id}`}>{nameOf(collectivity, locale)}</Link>
                    <div className="meta">
                      {enumLabel('CollectivityKind', collectivity.kind, locale)}
                      {collectivity.membership?.joinedOn && (
                        <>
                          {' · '}
                          {text.memberSince} <DateText value={collectivity.membership.joinedOn} />
                        </>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <LibrarySection search={submitted} />
    </>
  );
}
