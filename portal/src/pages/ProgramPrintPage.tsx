import { Link, useParams } from 'react-router';
import { TEMPLATE_PARTS, TemplateFields } from '../components/template';
import { DateText, formatNumber, InLanguage, TableScroll } from '../components/text';
import { PortalProgramDocument } from '../generated/operations';
import { enumLabel, nameOf, pick, splitBilingual, useLocale, type Locale } from '../i18n';
import { Empty, Loaded, NotFoundPage } from '../states';
import { useQuery } from '../useQuery';

const WORDS: Record<Locale, Record<string, string>> = {
  ar: {
    document: 'برنامج عمل الانفتاح — نموذج OGP المحلي',
    collectivity: 'الجماعة الترابية',
    period: 'مدة البرنامج',
    status: 'المرحلة',
    adoptedOn: 'تاريخ المصادقة',
    councilSession: 'دورة المجلس',
    axes: 'المحاور ذات الأولوية',
    noAxes: 'لم تُحدد المحاور بعد.',
    commitments: 'الالتزامات',
    commitment: 'الالتزام',
    milestone: 'المرحلة',
    deliverable: 'المُخرَج',
    startsOn: 'البداية',
    dueOn: 'التاريخ المرتقب',
    evidence: 'دليل الإنجاز',
    doneOn: 'تاريخ الإنجاز',
    weight: 'الوزن',
    indicator: 'المؤشر',
    unit: 'الوحدة',
    baseline: 'القيمة الأساسية',
    target: 'الهدف',
    latest: 'آخر قياس',
    notAdopted: 'لم تتم المصادقة عليه بعد',
  },
  fr: {
    document: "Programme d'action d'ouverture — modèle OGP Local",
    collectivity: 'Collectivité territoriale',
    period: 'Période du programme',
    status: 'Étape',
    adoptedOn: "Date d'adoption",
    councilSession: 'Session du conseil',
    axes: 'Axes prioritaires',
    noAxes: "Les axes prioritaires ne sont pas encore définis.",
    commitments: 'Engagements',
    commitment: 'Engagement',
    milestone: 'Jalon',
    deliverable: 'Livrable',
    startsOn: 'Début',
    dueOn: 'Échéance',
    evidence: 'Preuve',
    doneOn: 'Réalisé le',
    weight: 'Poids',
    indicator: 'Indicateur',
    unit: 'Unité',
    baseline: 'Valeur de référence',
    target: 'Cible',
    latest: 'Dernière mesure',
    notAdopted: 'pas encore adopté',
  },
};

/**
 * A programme as one document (`#/programs/<id>/print`), in the OGP Local template's order: the programme, its
 * priority axes, then each commitment with every template field, its milestones and its indicators. In the reader's
 * language; the print style sheet makes it a clean A4 document from the browser's Print.
 */
export function ProgramPrintPage() {
  const { locale, text } = useLocale();
  const words = WORDS[locale];
  const { id = '' } = useParams();
  const state = useQuery(PortalProgramDocument, { id });
  return (
    <Loaded state={state}>
      {({ actionProgram: program }) => {
        if (!program) return <NotFoundPage />;
        const title = pick(program, 'title', locale);
        return (
          <article className="print-document">
            <p className="crumbs no-print">
              {program.collectivity && <Link to={`/collectivities/${program.collectivity.id}`}>{nameOf(program.collectivity, locale)}</Link>}{' '}
              <button type="button" onClick={() => window.print()}>{text.print}</button>
            </p>
            <p className="meta">{words.document}</p>
            <h1 lang={title.lang} dir="auto">{title.text}</h1>
            <dl className="template" id="program-facts">
              <div className="template-field">
                <dt>{words.collectivity}</dt>
                <dd>{program.collectivity ? nameOf(program.collectivity, locale) : text.noneStated}</dd>
              </div>
              <div className="template-field">
                <dt>{words.period}</dt>
                <dd>{program.periodStart || program.periodEnd ? <><DateText value={program.periodStart} /> – <DateText value={program.periodEnd} /></> : text.noneStated}</dd>
              </div>
              <div className="template-field">
                <dt>{words.status}</dt>
                <dd>{enumLabel('ProgramStatus', program.status, locale)}</dd>
              </div>
              <div className="template-field">
                <dt>{words.adoptedOn}</dt>
                <dd>{program.adoptedOn ? <DateText value={program.adoptedOn} /> : words.notAdopted}</dd>
              </div>
              <div className="template-field">
                <dt>{words.councilSession}</dt>
                <dd>
                  {program.councilSessionEvent ? (
                    <>
                      <InLanguage value={pick(program.councilSessionEvent, 'title', locale)} /> (
                      <DateText value={program.councilSessionEvent.startsAt} precision={program.councilSessionEvent.startsAtPrecision} />)
                    </>
                  ) : program.councilSession ? (
                    <InLanguage value={splitBilingual(program.councilSession, locale)} />
                  ) : (
                    text.noneStated
                  )}
                </dd>
              </div>
            </dl>
            <section aria-labelledby="axes">
              <h2 id="axes">{words.axes}</h2>
              {program.priorityAxes.length === 0 ? (
                <Empty>{words.noAxes}</Empty>
              ) : (
                <ol>
                  {program.priorityAxes.map((axis) => (
                    <li key={axis.id}>
                      <InLanguage value={pick(axis, 'title', locale)} />
                      {axis.principles.length > 0 && <span className="meta"> — {axis.principles.map((principle) => enumLabel('OpennessPrinciple', principle, locale)).join(' · ')}</span>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="commitments">
              <h2 id="commitments">{words.commitments}</h2>
              {program.commitments.length === 0 ? (
                <Empty>{text.noCommitments}</Empty>
              ) : (
                program.commitments.map((commitment, index) => {
                  const commitmentTitle = pick(commitment, 'title', locale);
                  return (
                    <section key={commitment.id} className="commitment" aria-labelledby={`commitment-${commitment.id}`}>
                      <h3 id={`commitment-${commitment.id}`}>
                        {words.commitment} {formatNumber(index + 1, locale)}:{' '}
                        <bdi lang={commitmentTitle.lang}>{commitmentTitle.text}</bdi>
                      </h3>
                      <TemplateFields commitment={commitment} locale={locale} noneStated={text.noneStated} />
                      <h4>{TEMPLATE_PARTS.milestones[locale]}</h4>
                      {commitment.milestones.length === 0 ? (
                        <Empty>{text.noMilestones}</Empty>
                      ) : (
                        <TableScroll label={TEMPLATE_PARTS.milestones[locale]}>
                          <table>
                            <thead>
                              <tr>
                                <th scope="col">{words.milestone}</th>
                                <th scope="col">{words.deliverable}</th>
                                <th scope="col">{words.startsOn}</th>
                                <th scope="col">{words.dueOn}</th>
                                <th scope="col">{words.doneOn}</th>
                                <th scope="col">{words.evidence}</th>
                                <th scope="col">{words.weight}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {commitment.milestones.map((milestone) => (
                                <tr key={milestone.id}>
                                  <td dir="auto">{milestone.title}</td>
                                  <td dir="auto">{milestone.deliverable ?? '—'}</td>
                                  <td>{milestone.startsOn ? <DateText value={milestone.startsOn} /> : '—'}</td>
                                  <td>{milestone.dueOn ? <DateText value={milestone.dueOn} /> : '—'}</td>
                                  <td>{milestone.doneOn ? <DateText value={milestone.doneOn} /> : '—'}</td>
                                  <td dir="auto">{milestone.evidence ?? '—'}</td>
                                  <td>{formatNumber(milestone.weight, locale)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </TableScroll>
                      )}
                      <h4>{TEMPLATE_PARTS.indicators[locale]}</h4>
                      {commitment.indicators.length === 0 ? (
                        <Empty>{text.noIndicators}</Empty>
                      ) : (
                        <TableScroll label={TEMPLATE_PARTS.indicators[locale]}>
                          <table>
                            <thead>
                              <tr>
                                <th scope="col">{words.indicator}</th>
                                <th scope="col">{words.baseline}</th>
                                <th scope="col">{words.target}</th>
                                <th scope="col">{words.latest}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {commitment.indicators.map((indicator) => (
                                <tr key={indicator.id}>
                                  <td dir="auto">{indicator.title}</td>
                                  <td>{formatNumber(indicator.baseline, locale, indicator.unit)}</td>
                                  <td>{formatNumber(indicator.target, locale, indicator.unit)}</td>
                                  <td>
                                    {indicator.latest ? (
                                      <>
                                        {formatNumber(indicator.latest.value, locale, indicator.unit)} (<DateText value={indicator.latest.measuredOn} />)
                                      </>
                                    ) : (
                                      '—'
                                    )}
                                  </td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </TableScroll>
                      )}
                    </section>
                  );
                })
              )}
            </section>
          </article>
        );
      }}
    </Loaded>
  );
}
