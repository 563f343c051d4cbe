import { fieldLabel, localeOf } from '@infitah/labels';
import { useLocaleState } from 'react-admin';

/** The "Network" pages' words in the console's three languages. */
const WORDS = {
  ar: {
    menu: 'الشبكة',
    contentMenu: 'البرنامج والميثاق',
    title: 'الشبكة: الجهات ومسار الأعضاء',
    byStage: 'الأعضاء حسب المرحلة',
    progress: 'مسار الأعضاء',
    member: 'العضو',
    stage: 'المرحلة',
    since: 'منذ',
    expected: 'المرحلة المنتظرة',
    overdue: 'متأخر',
    onTime: 'في الموعد',
    region: 'الجهة',
    cohort: 'الفوج',
    all: 'الكل',
    csv: 'تصدير CSV',
    rows: 'عضو',
    count: 'الأعضاء',
    previous: 'السابق',
    next: 'التالي',
    loadFailed: 'تعذر التحميل.',
    content: 'برنامج الدعم وميثاق الشبكة',
    programme: 'برنامج الدعم',
    charter: 'الميثاق',
    saved: 'تم الحفظ',
  },
  fr: {
    menu: 'Réseau',
    contentMenu: 'Programme et charte',
    title: 'Le réseau : régions et parcours des membres',
    byStage: 'Membres par étape',
    progress: 'Parcours des membres',
    member: 'Membre',
    stage: 'Étape',
    since: 'Depuis',
    expected: 'Étape attendue',
    overdue: 'En retard',
    onTime: 'Dans les temps',
    region: 'Région',
    cohort: 'Vague',
    all: 'Toutes',
    csv: 'Exporter en CSV',
    rows: 'membres',
    count: 'Membres',
    previous: 'Précédent',
    next: 'Suivant',
    loadFailed: 'Impossible de charger.',
    content: 'Programme d’appui et charte du réseau',
    programme: 'Programme d’appui',
    charter: 'Charte',
    saved: 'Enregistré',
  },
  en: {
    menu: 'Network',
    contentMenu: 'Programme and charter',
    title: 'The network: regions and members’ path',
    byStage: 'Members by stage',
    progress: 'Members’ path',
    member: 'Member',
    stage: 'Stage',
    since: 'Since',
    expected: 'Expected stage',
    overdue: 'Overdue',
    onTime: 'On time',
    region: 'Region',
    cohort: 'Wave',
    all: 'All',
    csv: 'Export as CSV',
    rows: 'members',
    count: 'Members',
    previous: 'Previous',
    next: 'Next',
    loadFailed: 'Could not load.',
    content: 'Support programme and charter',
    programme: 'Support programme',
    charter: 'Charter',
    saved: 'Saved',
  },
} as const;

export type NetworkWords = Record<keyof (typeof WORDS)['en'], string>;

/** The console's language (ar, fr or en) and the network pages' words in it. */
export function useNetworkWords(): { language: 'ar' | 'fr' | 'en'; words: NetworkWords } {
  const [locale] = useLocaleState();
  const language = localeOf(locale);
  return { language, words: WORDS[language] };
}

/** The content forms' field names the shared table does not hold yet, in the console's three languages. */
const FIELDS: Record<string, Record<'ar' | 'fr' | 'en', string>> = {
  launchedOn: { ar: 'تاريخ الانطلاق', fr: 'Lancé en', en: 'Launched in' },
  lead: { ar: 'حامل البرنامج', fr: 'Porteur', en: 'Lead' },
  number: { ar: 'الرقم', fr: 'Numéro', en: 'Number' },
  textAr: { ar: 'النص بالعربية', fr: 'Texte (arabe)', en: 'Text (Arabic)' },
  textFr: { ar: 'النص بالفرنسية', fr: 'Texte (français)', en: 'Text (French)' },
  preamble: { ar: 'الديباجة', fr: 'Préambule', en: 'Preamble' },
  decisionAr: { ar: 'القرار بالعربية', fr: 'Décision (arabe)', en: 'Decision (Arabic)' },
  decisionFr: { ar: 'القرار بالفرنسية', fr: 'Décision (français)', en: 'Decision (French)' },
  purposeAr: { ar: 'موضوع الميثاق بالعربية', fr: 'Objet (arabe)', en: 'Purpose (Arabic)' },
  purposeFr: { ar: 'موضوع الميثاق بالفرنسية', fr: 'Objet (français)', en: 'Purpose (French)' },
  openCollectivityAr: { ar: 'الجماعة المنفتحة بالعربية', fr: 'Collectivité ouverte (arabe)', en: 'Open collectivity (Arabic)' },
  openCollectivityFr: { ar: 'الجماعة المنفتحة بالفرنسية', fr: 'Collectivité ouverte (français)', en: 'Open collectivity (French)' },
  objectives: { ar: 'الأهداف', fr: 'Objectifs', en: 'Objectives' },
  values: { ar: 'القيم', fr: 'Valeurs', en: 'Values' },
  commitments: { ar: 'التزامات الأعضاء', fr: 'Engagements des membres', en: 'Members’ commitments' },
};

/** A content form field's label: this page's words, else the platform's field table. */
export function contentFieldLabel(source: string, language: 'ar' | 'fr' | 'en'): string {
  return FIELDS[source]?.[language] ?? fieldLabel(source, language);
}
