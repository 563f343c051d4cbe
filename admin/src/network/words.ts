import { localeOf } from '@infitah/labels';
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
