import { DemoIds, regionId } from './ids';

export type DemoCollectivityKind = 'REGION' | 'PREFECTURE' | 'PROVINCE' | 'COMMUNE';

export interface DemoCollectivity {
  id: string;
  kind: DemoCollectivityKind;
  code: string | null;
  nameAr: string;
  nameFr: string;
  parentId: string | null;
  /** ISO-8601 at the precision known: "2023", "2024-12". */
  joinedOn: string;
  isFictional: boolean;
}

/** The network as the press kit describes it (../shared/domain.md). */
export const demoNetwork = {
  id: DemoIds.network,
  nameAr: 'الشبكة المغربية للجماعات الترابية المنفتحة',
  nameFr: 'Réseau marocain des collectivités territoriales ouvertes',
  foundedOn: '2022-10-21',
  website: 'https://ctouvertes.collectivites-territoriales.gov.ma',
};

/**
 * When the demo data stands: the press kit's date. What it reports as done is recorded as done, what it announces
 * (consultations on the draft, the October 2025 council session, the adoption) as planned. The fictional commune and
 * every record flagged illustrative are invented; the fictional commune's timeline runs past that date, to show the
 * adopted path.
 */
export const demoDataNote = {
  asOf: '2025-03',
  noteAr:
    'بيانات العرض كما هي في تاريخ الملف الصحفي (مارس 2025): ما أعلنه الملف (الاستشارات حول المسودة، دورة أكتوبر 2025، المصادقة على البرنامج) مسجل كمبرمج. الجماعة النموذجية وكل سجل موسوم بالتوضيحي بيانات وهمية.',
  noteFr:
    "Données de démonstration à la date du dossier de presse (mars 2025) : ce qu'il annonce (consultations sur le projet, session d'octobre 2025, adoption du programme) y figure comme prévu. La commune Exemple et tout enregistrement marqué illustratif sont fictifs.",
};

/** Morocco's 12 regions (2015 division), official codes and names; members since the first phase, 2023. */
const REGIONS: Array<[number, string, string]> = [
  [1, 'Tanger-Tétouan-Al Hoceïma', 'جهة طنجة تطوان الحسيمة'],
  [2, "L'Oriental", 'جهة الشرق'],
  [3, 'Fès-Meknès', 'جهة فاس مكناس'],
  [4, 'Rabat-Salé-Kénitra', 'جهة الرباط سلا القنيطرة'],
  [5, 'Béni Mellal-Khénifra', 'جهة بني ملال خنيفرة'],
  [6, 'Casablanca-Settat', 'جهة الدار البيضاء سطات'],
  [7, 'Marrakech-Safi', 'جهة مراكش آسفي'],
  [8, 'Drâa-Tafilalet', 'جهة درعة تافيلالت'],
  [9, 'Souss-Massa', 'جهة سوس ماسة'],
  [10, 'Guelmim-Oued Noun', 'جهة كلميم واد نون'],
  [11, 'Laâyoune-Sakia El Hamra', 'جهة العيون الساقية الحمراء'],
  [12, 'Dakhla-Oued Ed-Dahab', 'جهة الداخلة وادي الذهب'],
];

export const demoRegions: DemoCollectivity[] = REGIONS.map(([code, nameFr, nameAr]) => ({
  id: regionId(code),
  kind: 'REGION',
  code: String(code).padStart(2, '0'),
  nameAr,
  nameFr,
  parentId: null,
  joinedOn: '2023',
  isFictional: false,
}));

export const demoCollectivities: DemoCollectivity[] = [
  ...demoRegions,
  {
    id: DemoIds.tamazgana,
    kind: 'COMMUNE',
    code: null,
    nameAr: 'جماعة تمزكانة',
    nameFr: 'Commune de Tamazgana',
    // The press kit does not name its province: left unknown rather than invented.
    parentId: null,
    joinedOn: '2024-12',
    isFictional: false,
  },
  {
    id: DemoIds.demoCommune,
    kind: 'COMMUNE',
    code: null,
    nameAr: 'جماعة النموذج (بيانات تجريبية وهمية)',
    nameFr: 'Commune Exemple (données de démonstration fictives)',
    parentId: null,
    joinedOn: '2025-01',
    isFictional: true,
  },
];
