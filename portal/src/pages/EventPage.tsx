import { Link, useParams } from 'react-router';
import { DateText, formatNumber, FreeBlock, InLanguage, TableScroll } from '../components/text';
import { PortalEventDocument, type AttendeeCategory, type Gender } from '../generated/operations';
import { enumLabel, formatDate, formatTime, nameOf, pick, useLocale } from '../i18n';
import { Empty, Loaded, NotFoundPage } from '../states';
import { useQuery } from '../useQuery';

const GENDERS: Gender[] = ['FEMALE', 'MALE', 'UNSPECIFIED'];

/** An event's page (`#/events/<id>`): when and where, its agenda, its outcome and its attendance by category and gender. */
export function EventPage() {
  const { locale, text } = useLocale();
  const { id = '' } = useParams();
  const state = useQuery(PortalEventDocument, { id });
  return (
    <Loaded state={state}>
      {({ event }) => {
        if (!event) return <NotFoundPage />;
        const title = pick(event, 'title', locale);
        const description = pick(event, 'description', locale);
        // a network event counts the people each collectivity sent: summed here by category and gender
        const attendance: ReadonlyArray<{ category: AttendeeCategory; gender: Gender; count?: number | null }> =
          event.attendance.length > 0
            ? event.attendance
            : Object.values(
                event.collectivityAttendance.reduce<Record<string, { category: AttendeeCategory; gender: Gender; count: number }>>((sums, row) => {
                  const key = `${row.category}/${row.gender}`;
                  sums[key] = { category: row.category, gender: row.gender, count: (sums[key]?.count ?? 0) + row.count };
                  return sums;
                }, {}),
              );
        // attendance as a table: one row per category, a column per gender that was counted
        const categories = [...new Set(attendance.map((row) => row.category))];
        const genders = GENDERS.filter((gender) => attendance.some((row) => row.gender === gender));
        const count = (category: string, gender: Gender) => attendance.find((row) => row.category === category && row.gender === gender);
        // a total of rows none of which was counted is not 0: it is not known
        const totalOf = (rows: typeof attendance) =>
          rows.some((row) => row.count !== null && row.count !== undefined) ? formatNumber(rows.reduce((sum, row) => sum + (row.count ?? 0), 0), locale) : text.notCounted;
        return (
          <>
            <p className="crumbs">
              {event.collectivity ? (
                <Link to={`/collectivities/${event.collectivity.id}`}>{nameOf(event.collectivity, locale)}</Link>
              ) : (
                <Link to="/">{text.networkOrganizer}</Link>
              )}
              {' › '}
              <Link to="/upcoming">{text.upcoming}</Link>
            </p>
            <h1 lang={title.lang} dir="auto">{title.text}</h1>
            <dl id="event-facts">
              <dt>{text.kind}</dt>
              <dd>{enumLabel('EventKind', event.kind, locale)}</dd>
              <dt>{text.when}</dt>
              <dd>
                <DateText value={event.startsAt} precision={event.startsAtPrecision} />
                {event.endsAt &&
                  event.startsAtPrecision === 'MINUTE' &&
                  // the same day ends at a time; a longer event at a date
                  (formatDate(event.endsAt, locale, 'DAY') === formatDate(event.startsAt, locale, 'DAY') ? (
                    <>
                      {' – '}
                      <bdi dir="ltr">{formatTime(event.endsAt, locale)}</bdi>
                    </>
                  ) : (
                    <>
                      {' – '}
                      <DateText value={event.endsAt} />
                    </>
                  ))}
              </dd>
              <dt>{text.status}</dt>
              <dd>{enumLabel('EventStatus', event.status, locale)}</dd>
              <dt>{text.organizer}</dt>
              <dd>{event.collectivity ? nameOf(event.collectivity, locale) : text.networkOrganizer}</dd>
              <dt>{text.venue}</dt>
              <dd dir="auto">{event.venue ?? text.noneStated}</dd>
              {event.onlineUrl && (
                <>
                  <dt>{text.online}</dt>
                  <dd><a href={event.onlineUrl} rel="noopener noreferrer" dir="ltr">{event.onlineUrl}</a></dd>
                </>
              )}
            </dl>
            {description.text && (
              <section aria-labelledby="description">
                <h2 id="description">{text.description}</h2>
                <p lang={description.lang} dir="auto">{description.text}</p>
              </section>
            )}
            <section aria-labelledby="agenda">
              <h2 id="agenda">{text.agenda}</h2>
              {event.agenda.length === 0 ? (
                <Empty>{text.noAgenda}</Empty>
              ) : (
                <TableScroll label={text.agenda}>
                  <table id="agenda-table">
                    <thead>
                      <tr>
                        <th scope="col">{text.time}</th>
                        <th scope="col">{text.item}</th>
                        <th scope="col">{text.speakers}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {event.agenda.map((item) => (
                        <tr key={item.id}>
                          <td className="time"><bdi dir="ltr">{formatTime(item.startsAt, locale)}–{formatTime(item.endsAt, locale)}</bdi></td>
                          <td>
                            <InLanguage value={pick(item, 'title', locale)} />
                            <div className="meta">{enumLabel('AgendaItemKind', item.kind, locale)}</div>
                          </td>
                          <td>
                            {item.speakers.length === 0
                              ? '—'
                              : item.speakers.map((speaker, index) => (
                                  <div key={index}>
                                    {enumLabel('SpeakerRole', speaker.role, locale)}
                                    {speaker.name && <> : <bdi>{speaker.name}</bdi></>}
                                  </div>
                                ))}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              )}
            </section>
            <section aria-labelledby="outcome">
              <h2 id="outcome">{text.outcome}</h2>
              {event.outcome ? <FreeBlock id="event-outcome">{event.outcome}</FreeBlock> : <Empty>{text.noOutcome}</Empty>}
            </section>
            <section aria-labelledby="attendance">
              <h2 id="attendance">{text.attendance}</h2>
              {attendance.length === 0 ? (
                <Empty>{text.noAttendance}</Empty>
              ) : (
                <TableScroll label={text.attendance}>
                  <table id="attendance-table">
                    <thead>
                      <tr>
                        <th scope="col">{text.attendeeCategory}</th>
                        {genders.map((gender) => (
                          <th scope="col" key={gender}>{enumLabel('Gender', gender, locale)}</th>
                        ))}
                        <th scope="col">{text.total}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {categories.map((category) => (
                        <tr key={category}>
                          <th scope="row">{enumLabel('AttendeeCategory', category, locale)}</th>
                          {genders.map((gender) => {
                            const row = count(category, gender);
                            return <td key={gender}>{row ? (row.count === null || row.count === undefined ? text.notCounted : formatNumber(row.count, locale)) : '—'}</td>;
                          })}
                          <td>{totalOf(attendance.filter((row) => row.category === category))}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">{text.total}</th>
                        {genders.map((gender) => (
                          <td key={gender}>{totalOf(attendance.filter((row) => row.gender === gender))}</td>
                        ))}
                        <td>{totalOf(attendance)}</td>
                      </tr>
                    </tfoot>
                  </table>
                </TableScroll>
              )}
            </section>
            {event.attendingCollectivities.length > 0 && (
              <section aria-labelledby="attending">
                <h2 id="attending">{text.attendingCollectivities}</h2>
                <ul className="list">
                  {event.attendingCollectivities.map((collectivity) => (
                    <li key={collectivity.id}><Link to={`/collectivities/${collectivity.id}`}>{nameOf(collectivity, locale)}</Link></li>
                  ))}
                </ul>
              </section>
            )}
          </>
        );
      }}
    </Loaded>
  );
}
