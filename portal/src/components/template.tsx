import type { ReactNode } from 'react';
import type { PortalCommitmentTemplateFragment } from '../generated/operations';
import { enumLabel, pick, type Locale } from '../i18n';
import { DateText, formatPercent, InLanguage } from './text';

type Words = Record<Locale, string>;

/**
 * One field of the OGP Local commitment template: its heading in each language and what the commitment says in it
 * (null when the commune has not filled it in). The order of COMMITMENT_TEMPLATE is the template's.
 */
export interface TemplateField {
  key: string;
  label: Words;
  render: (commitment: PortalCommitmentTemplateFragment, locale: Locale) => ReactNode | null;
}

// a block of its own direction: a French text in an Arabic page starts at the left, as French does
const text = (value: string | null | undefined) => (value && value.trim() ? <div dir="auto">{value}</div> : null);

/** Who supports a commitment besides its lead, by the template's kinds. */
const ACTOR_KINDS: Record<string, Words> = {
  GOVERNMENT: { ar: 'القطاع العام', fr: 'Acteurs publics' },
  CIVIL_SOCIETY: { ar: 'المجتمع المدني', fr: 'Société civile' },
  PRIVATE_SECTOR: { ar: 'القطاع الخاص', fr: 'Secteur privé' },
};

/**
 * Every field of the OGP Local commitment template, in the template's order: when and who leads, the problem and its
 * causes, what has been done, the solution, the results expected and how it helps, its relevance to each openness
 * value, who else takes part, whom to contact, and the completion declared. The milestones and indicators follow
 * (TEMPLATE_PARTS).
 */
export const COMMITMENT_TEMPLATE: TemplateField[] = [
  {
    key: 'period',
    label: { ar: 'تاريخ البداية والنهاية', fr: 'Date de début et de fin' },
    render: (commitment) =>
      commitment.startsOn || commitment.endsOn ? (
        <>
          <DateText value={commitment.startsOn} /> – <DateText value={commitment.endsOn} />
        </>
      ) : null,
  },
  {
    key: 'leadUnit',
    label: { ar: 'الجهة المسؤولة عن التنفيذ', fr: 'Structure responsable de la mise en œuvre' },
    render: (commitment) => text(commitment.leadUnit),
  },
  {
    key: 'axis',
    label: { ar: 'المحور ذو الأولوية', fr: 'Axe prioritaire' },
    render: (commitment, locale) => (commitment.axis ? <InLanguage value={pick(commitment.axis, 'title', locale)} /> : null),
  },
  {
    key: 'problem',
    label: { ar: 'الإشكالية المراد معالجتها', fr: 'Problème à résoudre' },
    render: (commitment) => text(commitment.problem),
  },
  {
    key: 'causes',
    label: { ar: 'أسباب الإشكالية', fr: 'Causes du problème' },
    render: (commitment) => text(commitment.causes),
  },
  {
    key: 'statusQuo',
    label: { ar: 'ما تم القيام به إلى حد الآن', fr: "Ce qui a été fait jusqu'ici" },
    render: (commitment) => text(commitment.statusQuo),
  },
  {
    key: 'action',
    label: { ar: 'وصف الالتزام: الحل المقترح', fr: "Description de l'engagement : la solution proposée" },
    render: (commitment) => text(commitment.action),
  },
  {
    key: 'objective',
    label: { ar: 'النتائج المنتظرة', fr: 'Résultats attendus' },
    render: (commitment) => text(commitment.objective),
  },
  {
    key: 'contribution',
    label: { ar: 'مساهمته في حل الإشكالية', fr: 'Contribution à la résolution du problème' },
    render: (commitment) => text(commitment.contribution),
  },
  {
    key: 'principles',
    label: { ar: 'مبادئ الانفتاح المعنية', fr: "Principes d'ouverture servis" },
    render: (commitment, locale) =>
      commitment.principles.length ? commitment.principles.map((principle) => enumLabel('OpennessPrinciple', principle, locale)).join(' · ') : null,
  },
  {
    key: 'relevance',
    label: { ar: 'الصلة بقيم الانفتاح', fr: "Pertinence au regard des valeurs d'ouverture" },
    render: (commitment, locale) =>
      commitment.relevance.length ? (
        <dl className="relevance">
          {commitment.relevance.map((entry) => (
            <div key={entry.principle}>
              <dt>{enumLabel('OpennessPrinciple', entry.principle, locale)}</dt>
              <dd dir="auto">{entry.text}</dd>
            </div>
          ))}
        </dl>
      ) : null,
  },
  {
    key: 'partners',
    label: { ar: 'الشركاء في التنفيذ', fr: 'Partenaires de la mise en œuvre' },
    render: (commitment) =>
      commitment.partners.length ? (
        <ul className="inline-list">
          {commitment.partners.map((partner) => (
            <li key={partner} dir="auto">{partner}</li>
          ))}
        </ul>
      ) : null,
  },
  {
    key: 'supportingActors',
    label: { ar: 'الفاعلون الداعمون', fr: 'Acteurs associés' },
    render: (commitment, locale) =>
      commitment.supportingActors.length ? (
        <ul className="inline-list">
          {commitment.supportingActors.map((actor) => (
            <li key={`${actor.kind}/${actor.name}`}>
              <bdi>{actor.name}</bdi> <span className="meta">({ACTOR_KINDS[actor.kind]?.[locale] ?? ''})</span>
            </li>
          ))}
        </ul>
      ) : null,
  },
  {
    key: 'contact',
    label: { ar: 'جهة الاتصال', fr: 'Contact' },
    render: (commitment) => {
      const contact = commitment.contact;
      const parts = contact ? [contact.name, contact.role].filter((part): part is string => Boolean(part && part.trim())) : [];
      if (!contact || (parts.length === 0 && !contact.email && !contact.phone)) return null;
      return (
        <>
          {parts.length > 0 && <div dir="auto">{parts.join(' — ')}</div>}
          {contact.email && (
            <div>
              <a href={`mailto:${contact.email}`} dir="ltr">{contact.email}</a>
            </div>
          )}
          {contact.phone && (
            <div>
              <bdi dir="ltr">{contact.phone}</bdi>
            </div>
          )}
        </>
      );
    },
  },
  {
    key: 'completion',
    label: { ar: 'مستوى الإنجاز المصرح به', fr: 'Niveau de réalisation déclaré' },
    render: (commitment, locale) => `${enumLabel('CompletionLevel', commitment.completion, locale)} · ${formatPercent(commitment.progress, locale)}`,
  },
];

/** The template's parts after its fields: the milestones, then the indicators. */
export const TEMPLATE_PARTS = {
  milestones: { ar: 'المراحل (المخرجات المنتظرة وتواريخها)', fr: 'Jalons (livrables attendus et échéances)' },
  indicators: { ar: 'مؤشرات التتبع', fr: 'Indicateurs de suivi' },
} satisfies Record<string, Words>;

/** Every field of the template with its heading; an empty one says so rather than disappearing. */
export function TemplateFields({ commitment, locale, noneStated }: { commitment: PortalCommitmentTemplateFragment; locale: Locale; noneStated: string }) {
  return (
    <dl className="template">
      {COMMITMENT_TEMPLATE.map((field) => {
        const value = field.render(commitment, locale);
        return (
          <div key={field.key} className="template-field" data-field={field.key}>
            <dt>{field.label[locale]}</dt>
            <dd>{value ?? <span className="empty">{noneStated}</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
