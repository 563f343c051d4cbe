import { DemoIds } from './ids';

export interface DemoLibraryEntry {
  id: string;
  kind: 'METHOD' | 'TOOL' | 'TEMPLATE' | 'GOOD_PRACTICE' | 'CASE_STUDY';
  titleAr: string;
  titleFr: string;
  summaryAr: string;
  summaryFr: string;
  bodyAr: string | null;
  bodyFr: string | null;
  principles: string[];
  links: Array<{ url: string; label: string | null }>;
  /** The collectivity the practice comes from, and the commitments of it the entry documents. */
  collectivityId: string | null;
  commitmentIds: string[];
}

/**
 * Illustrative entries of the network's library, all published. The method follows the steps the network
 * publishes; the template and the register are examples; the good practice documents an illustrative
 * commitment of Tamazgana, not a real one.
 */
export const demoLibraryEntries: DemoLibraryEntry[] = [
  {
    id: DemoIds.library.coCreationMethod,
    kind: 'METHOD',
    titleAr: 'منهجية الإعداد المشترك لبرنامج عمل الانفتاح',
    titleFr: "Méthode de co-construction d'un programme d'action d'ouverture",
    summaryAr:
      'مراحل إعداد برنامج عمل الانفتاح مع المجتمع المدني المحلي: لقاءات إخبارية، تحديد المحاور ذات الأولوية، ورشات الإعداد المشترك، استشارة عمومية، ثم المصادقة في دورة المجلس.',
    summaryFr:
      "Les étapes pour préparer le programme d'action avec la société civile locale : réunions d'information, axes prioritaires, ateliers de co-construction, consultation publique, puis adoption en session du conseil.",
    bodyAr: [
      '1. لقاءات إخبارية للتعريف ببرنامج الدعم وبمنهجية الإعداد المشترك.',
      '2. تحديد المحاور ذات الأولوية مع الهيئة الاستشارية للمجتمع المدني.',
      '3. ورشات الإعداد المشترك واستشارة عبر الإنترنت لجمع الأفكار والمقترحات.',
      '4. لجان التتبع، من المنتخبين والمجتمع المدني، تحول الأفكار إلى مشاريع والتزامات.',
      '5. استشارة عمومية ثانية، حضورية وعن بعد، حول مشروع البرنامج.',
      '6. المصادقة على البرنامج في دورة المجلس (شتنبر أو أكتوبر).',
      '7. التنفيذ، مع إشراك المجتمع المدني في التتبع والتقييم. مدة البرنامج سنتان.',
    ].join('\n\n'),
    bodyFr: [
      "1. Réunions d'information sur le programme d'appui et la méthode de co-construction.",
      "2. Choix des axes prioritaires avec l'instance consultative de la société civile.",
      '3. Ateliers de co-construction et consultation en ligne pour recueillir idées et propositions.',
      '4. Des comités de suivi, élus et société civile, transforment les idées en projets et en engagements.',
      '5. Seconde consultation publique, en présentiel et en ligne, sur le projet de programme.',
      '6. Adoption du programme en session du conseil (septembre ou octobre).',
      '7. Mise en œuvre, avec la société civile dans le suivi et l’évaluation. Le programme dure deux ans.',
    ].join('\n\n'),
    principles: ['CITIZEN_PARTICIPATION', 'TRANSPARENCY'],
    links: [{ url: 'https://ctouvertes.collectivites-territoriales.gov.ma', label: 'Réseau des collectivités territoriales ouvertes' }],
    collectivityId: null,
    commitmentIds: [],
  },
  {
    id: DemoIds.library.commitmentSheetTemplate,
    kind: 'TEMPLATE',
    titleAr: 'نموذج بطاقة الالتزام',
    titleFr: "Modèle de fiche d'engagement",
    summaryAr:
      'بطاقة لوصف كل التزام: المشكلة، الوضع الحالي، الإجراء، مساهمته في حل المشكلة، المبادئ، الجهة المسؤولة، الشركاء، المراحل والمؤشرات.',
    summaryFr:
      'Une fiche pour décrire chaque engagement : problème, situation actuelle, action, contribution à la solution, principes, service responsable, partenaires, jalons et indicateurs.',
    bodyAr: null,
    bodyFr: null,
    principles: ['ACCOUNTABILITY', 'TRANSPARENCY'],
    links: [],
    collectivityId: null,
    commitmentIds: [],
  },
  {
    id: DemoIds.library.tamazganaCouncilMinutesPractice,
    kind: 'GOOD_PRACTICE',
    titleAr: 'نشر محاضر دورات المجلس: تجربة جماعة تمزكانة',
    titleFr: 'Publier les procès-verbaux du conseil : l’expérience de Tamazgana',
    summaryAr: 'مثال توضيحي: نموذج مبسط للمحضر، وركن «المقررات» في موقع الجماعة، ونشر كل محضر في الشهر الموالي للدورة.',
    summaryFr:
      'Exemple illustratif : un modèle de procès-verbal simplifié, une rubrique « délibérations » sur le site de la commune, et chaque procès-verbal publié dans le mois qui suit la session.',
    bodyAr: null,
    bodyFr: null,
    principles: ['TRANSPARENCY', 'ACCESS_TO_INFORMATION'],
    links: [],
    collectivityId: DemoIds.tamazgana,
    commitmentIds: [DemoIds.commitments.tamazganaCouncilMinutes],
  },
  {
    id: DemoIds.library.informationRequestRegister,
    kind: 'TOOL',
    titleAr: 'سجل طلبات الحصول على المعلومات',
    titleFr: "Registre des demandes d'accès à l'information",
    summaryAr: 'أداة لتتبع طلبات الحصول على المعلومات طبقا للقانون 31.13: تاريخ الطلب وموضوعه والجواب وأجله.',
    summaryFr: "Un outil pour suivre les demandes d'accès à l'information (loi 31-13) : date, objet, réponse et délai.",
    bodyAr: null,
    bodyFr: null,
    principles: ['ACCESS_TO_INFORMATION', 'ACCOUNTABILITY'],
    links: [],
    collectivityId: null,
    commitmentIds: [],
  },
];
