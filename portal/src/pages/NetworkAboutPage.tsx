import { enumLabel, formatDate } from '@infitah/labels';
import { RegionMap } from '@infitah/region-map';
import { PortalNetworkAboutDocument, type PortalNetworkAboutQuery } from '../generated/operations';
import { nameOf, useLocale, type Locale } from '../i18n';
import { networkWords } from '../network-text';
import { Empty, Loaded } from '../states';
import { useQuery } from '../useQuery';
import { ReportedComposition } from './ReportedComposition';

type Network = PortalNetworkAboutQuery['network'];
type Bilingual = { textAr: string; textFr: string };

const textOf = (item: Bilingual, locale: Locale) => (locale === 'ar' ? item.textAr : item.textFr);
const pick = (ar: string, fr: string, locale: Locale) => (locale === 'ar' ? ar : fr);

/**
 * The network page (#/network): its members (reported beside counted), the support programme and its axes, the charter,
 * where the members stand on the path, and the map of the regions.
 */
export function NetworkAboutPage() {
  const { locale } = useLocale();
  const words = networkWords(locale);
  const state = useQuery(PortalNetworkAboutDocument, {});
  return (
    <>
      <h1>{words.title}</h1>
      <Loaded state={state}>{(data) => <NetworkAbout network={data.network} />}</Loaded>
    </>
  );
}

function NetworkAbout({ network }: { network: Network }) {
  const { locale } = useLocale();
  const words = networkWords(locale);
  const programme = network.supportProgramme;
  const charter = network.charter;
  return (
    <>
      <section aria-labelledby="composition">
        <h2 id="composition">{words.composition}</h2>
        <ReportedComposition composition={network.reportedComposition} memberCount={network.memberCount} />
        {network.demoData && (
          <p className="demo-note" data-testid="demo-note">
            <strong>{words.demo} · {formatDate(network.demoData.asOf, locale)}</strong> — {pick(network.demoData.noteAr, network.demoData.noteFr, locale)}
          </p>
        )}
      </section>
      <section aria-labelledby="programme">
        <h2 id="programme">{words.programme}</h2>
        {programme ? (
          <>
            <h3>{nameOf(programme, locale)}</h3>
            <p>
              {words.launched} {formatDate(programme.launchedOn, locale)}
            </p>
            <p>{pick(programme.descriptionAr, programme.descriptionFr, locale)}</p>
            <h3 id="partners">{words.partners}</h3>
            <ul className="list" aria-labelledby="partners">
              {programme.partners.map((partner) => (
                <li key={partner.nameFr}>
                  {nameOf(partner, locale)}
                  {partner.lead && <span className="meta"> · {words.lead}</span>}
                </li>
              ))}
            </ul>
            <h3 id="axes">{words.axes}</h3>
            <ol className="list axes" aria-labelledby="axes">
              {programme.axes.map((axis) => (
                <li key={axis.number}>
                  <strong>
                    {words.axis} {axis.number} · {pick(axis.titleAr, axis.titleFr, locale)}
                  </strong>
                  <p>{pick(axis.descriptionAr, axis.descriptionFr, locale)}</p>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <Empty>{words.noContent}</Empty>
        )}
      </section>
      <section aria-labelledby="charter">
        <h2 id="charter">{words.charter}</h2>
        {charter ? (
          <>
            <h3>{words.preamble}</h3>
            {charter.preamble.map((recital, index) => (
              <p key={index}>{textOf(recital, locale)}</p>
            ))}
            <p>{pick(charter.decisionAr, charter.decisionFr, locale)}</p>
            <h3>{words.purpose}</h3>
            <p>{pick(charter.purposeAr, charter.purposeFr, locale)}</p>
            <h3>{words.openCollectivity}</h3>
            <p>{pick(charter.openCollectivityAr, charter.openCollectivityFr, locale)}</p>
            <CharterList title={words.objectives} items={charter.objectives} id="charter-objectives" />
            <CharterList title={words.values} items={charter.values} id="charter-values" />
            <CharterList title={words.commitments} items={charter.commitments} id="charter-commitments" />
          </>
        ) : (
          <Empty>{words.noContent}</Empty>
        )}
      </section>
      <section aria-labelledby="stages">
        <h2 id="stages">{words.stages}</h2>
        <table className="stages">
          <thead>
            <tr>
              <th scope="col">{words.stage}</th>
              <th scope="col">{words.count}</th>
            </tr>
          </thead>
          <tbody>
            {network.membersByStage.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{enumLabel('MemberStage', row.stage, locale)}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="map">
        <h2 id="map">{words.regions}</h2>
        <RegionMap rows={network.byRegion} locale={locale} />
      </section>
    </>
  );
}

function CharterList({ title, items, id }: { title: string; items: readonly Bilingual[]; id: string }) {
  const { locale } = useLocale();
  return (
    <>
      <h3 id={id}>{title}</h3>
      <ol className="list" aria-labelledby={id}>
        {items.map((item, index) => (
          <li key={index}>{textOf(item, locale)}</li>
        ))}
      </ol>
    </>
  );
}
