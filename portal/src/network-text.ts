import { formatDate } from '@infitah/labels';
import type { Locale } from './i18n';

/** The network page's words and the reported-composition sentence, in Arabic and French. */
const WORDS = {
  fr: {
    link: 'Le réseau et sa charte',
    title: 'Le réseau, son programme d’appui et sa charte',
    composition: 'Ses membres',
    programme: 'Le programme d’appui',
    launched: 'Lancé en',
    partners: 'Partenaires',
    lead: 'porteur',
    axes: 'Ses quatre axes',
    axis: 'Axe',
    charter: 'La charte du réseau',
    preamble: 'Préambule',
    purpose: 'Objet de la charte',
    openCollectivity: 'Qu’est-ce qu’une collectivité ouverte ?',
    objectives: 'Objectifs',
    values: 'Valeurs',
    commitments: 'Engagements des membres',
    stages: 'Où en sont les membres',
    stage: 'Étape',
    count: 'Membres',
    regions: 'Le réseau par région',
    demo: 'Données de démonstration',
    noContent: 'Pas encore renseigné.',
  },
  ar: {
    link: 'الشبكة وميثاقها',
    title: 'الشبكة وبرنامج الدعم وميثاقها',
    composition: 'أعضاؤها',
    programme: 'برنامج الدعم',
    launched: 'انطلق في',
    partners: 'الشركاء',
    lead: 'حامل البرنامج',
    axes: 'محاوره الأربعة',
    axis: 'المحور',
    charter: 'ميثاق الشبكة',
    preamble: 'الديباجة',
    purpose: 'موضوع الميثاق',
    openCollectivity: 'ما هي الجماعة الترابية المنفتحة؟',
    objectives: 'الأهداف',
    values: 'القيم',
    commitments: 'التزامات الأعضاء',
    stages: 'أين وصل الأعضاء',
    stage: 'المرحلة',
    count: 'الأعضاء',
    regions: 'الشبكة حسب الجهات',
    demo: 'بيانات العرض التجريبي',
    noContent: 'لم تُسجل بعد.',
  },
} as const;

export type NetworkWords = Record<keyof (typeof WORDS)['fr'], string>;
export const networkWords = (locale: Locale): NetworkWords => WORDS[locale];

export interface Composition {
  asOf: string;
  sourceAr: string;
  sourceFr: string;
  regions: number;
  prefectureProvinceCouncils: number;
  communes: number;
  total: number;
}

/**
 * "The network reports 228 members (12 regions, 17 prefecture and province councils, 199 communes, as of March 2025,
 * source: …); N are on this platform", in the page's language: the sourced figure beside the one this platform counts.
 */
export function compositionSentence(composition: Composition, onPlatform: number, locale: Locale): { reported: string; detail: string; platform: string } {
  const asOf = formatDate(composition.asOf, locale);
  if (locale === 'ar') {
    return {
      reported: `تعلن الشبكة عن ${composition.total} عضوا`,
      detail: `(${composition.regions} جهة، ${composition.prefectureProvinceCouncils} مجلس عمالة وإقليم، ${composition.communes} جماعة، في ${asOf}؛ المصدر: ${composition.sourceAr})`,
      platform: `منها ${onPlatform} على هذه المنصة.`,
    };
  }
  return {
    reported: `Le réseau déclare ${composition.total} membres`,
    detail: `(${composition.regions} régions, ${composition.prefectureProvinceCouncils} conseils préfectoraux et provinciaux, ${composition.communes} communes, en ${asOf} ; source : ${composition.sourceFr})`,
    platform: `dont ${onPlatform} sur cette plateforme.`,
  };
}
