import { Link } from 'react-router';
import { DateText, InLanguage } from '../components/text';
import { PortalUpcomingCountsDocument, PortalUpcomingDocument, type PortalEventSummaryFragment } from '../generated/operations';
import { enumLabel, formatDate, nameOf, pick, useLocale } from '../i18n';
import { Empty, Loaded } from '../states';
import { useQuery } from '../useQuery';

const DAY = 86_400_000;

/** When an event is over: its end, else the end of what is known of its start (the day, the month). */
function endOf(event: PortalEventSummaryFragment): number {
  if (event.endsAt) return Date.parse(event.endsAt);
  const start = Date.parse(event.startsAt);
  return event.startsAtPrecision === 'MONTH' ? start + 31 * DAY : event.startsAtPrecision === 'DAY' ? start + DAY : start;
}

/**
 * What comes next across the network (`#/upcoming`): the public consultations open now, where anyone may send a
 * proposal, then the planned events not over yet, month by month.
 */
export function UpcomingPage() {
  const { text } = useLocale();
  const counts = useQuery(PortalUpcomingCountsDocument, {});
  return (
    <>
      <h1>{text.upcomingTitle}</h1>
      <p>{text.upcomingIntro}</p>
      <Loaded state={counts}>
        {({ planned, consultations }) => (
          <UpcomingLists plannedOffset={Math.max(0, planned.totalCount - PAGE)} consultationsOffset={Math.max(0, consultations.totalCount - PAGE)} />
        )}
      </Loaded>
    </>
  );
}

// the most a list gives at once
const PAGE = 100;

/** The latest page of each list (chronological, so what comes next is there), sorted into open and upcoming. */
function UpcomingLists(offsets: { plannedOffset: number; consultationsOffset: number }) {
  const { locale, text } = useLocale();
  const state = useQuery(PortalUpcomingDocument, offsets);
  return (
    <>
      <Loaded state={state}>
        {({ planned, consultations }) => {
          const now = Date.now();
          const open = consultations.nodes.filter(
            (event) => event.status !== 'CANCELLED' && Date.parse(event.startsAt) <= now && event.endsAt !== null && event.endsAt !== undefined && Date.parse(event.endsAt) >= now,
          );
          const openIds = new Set(open.map((event) => event.id));
          const upcoming = planned.nodes
            .filter((event) => !openIds.has(event.id) && endOf(event) >= now)
            .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
          // a calendar by month, in the reader's language and Morocco's calendar
          const months = new Map<string, PortalEventSummaryFragment[]>();
          for (const event of upcoming) {
            const month = formatDate(event.startsAt, locale, 'MONTH');
            months.set(month, [...(months.get(month) ?? []), event]);
          }
          return (
            <>
              <section aria-labelledby="open-consultations">
                <h2 id="open-consultations">{text.openConsultations}</h2>
                {open.length === 0 ? (
                  <Empty>{text.noOpenConsultations}</Empty>
                ) : (
                  <ul className="list" id="open-consultation-list">
                    {open.map((event) => (
                      <li key={event.id}>
                        <EventLine event={event} />
                        <div className="meta">
                          {text.until} <DateText value={event.endsAt} precision="DAY" />
                          {event.collectivity && (
                            <>
                              {' · '}
                              <Link to={`/collectivities/${event.collectivity.id}`}>{text.takePart}</Link>
                            </>
                          )}
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="upcoming-events">
                <h2 id="upcoming-events">{text.upcomingEvents}</h2>
                {upcoming.length === 0 ? (
                  <Empty>{text.noUpcoming}</Empty>
                ) : (
                  [...months].map(([month, events]) => (
                    <section key={month} aria-label={month} className="month">
                      <h3>{month}</h3>
                      <ul className="list upcoming-list">
                        {events.map((event) => (
                          <li key={event.id}>
                            <EventLine event={event} />
                          </li>
                        ))}
                      </ul>
                    </section>
                  ))
                )}
              </section>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

/** One event in a list: its title as a link to its page, then when, what and who. */
function EventLine({ event }: { event: PortalEventSummaryFragment }) {
  const { locale, text } = useLocale();
  return (
    <>
      <Link to={`/events/${event.id}`}>
        <InLanguage value={pick(event, 'title', locale)} />
      </Link>
      <div className="meta">
        <DateText value={event.startsAt} precision={event.startsAtPrecision} />
        {' · '}
        {enumLabel('EventKind', event.kind, locale)}
        {' · '}
        {event.collectivity ? nameOf(event.collectivity, locale) : text.networkOrganizer}
        {event.venue && (
          <>
            {' · '}
            <bdi>{event.venue}</bdi>
          </>
        )}
      </div>
    </>
  );
}
