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

/**
 * The template's fields the graph holds, in the template's order. Fields the template has and the graph does not yet
 * (causes of the problem, the objective, relevance to each value, supporting actors by kind, the contact, a
 * milestone's start, deliverable and evidence) slot in here, each one entry, once the schema carries them.
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
    key: 'statusQuo',
    label: { ar: 'الوضع الحالي', fr: 'Situation actuelle' },
    render: (commitment) => text(commitment.statusQuo),
  },
  {
    key: 'action',
    label: { ar: 'وصف الالتزام: الحل المقترح', fr: "Description de l'engagement : la solution proposée" },
    render: (commitment) => text(commitment.action),
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
    key: 'partners',
    label: { ar: 'الشركاء والفاعلون الداعمون', fr: 'Partenaires et acteurs associés' },
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
