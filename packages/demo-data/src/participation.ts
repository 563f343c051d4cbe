import { moroccoTime, NETWORK_TENANT_ID } from '@infitah/server-kit';
import { DemoIds } from './ids';

export interface DemoAgendaItem {
  startsAt: string;
  endsAt: string;
  titleAr: string;
  titleFr: string;
  kind: 'WELCOME' | 'SPEECH' | 'PRESENTATION' | 'WORKSHOP';
  speakers: Array<{ role: 'PRESIDENT' | 'FOCAL_POINT' | 'TRAINER'; name: null }>;
}

export interface DemoEvent {
  id: string;
  /** The network's reserved tenant for a network event. */
  collectivityId: string;
  organizer: 'COLLECTIVITY' | 'NETWORK';
  kind: 'TRAINING' | 'INFORMATION_MEETING' | 'COMMITTEE_MEETING' | 'CO_CREATION_WORKSHOP' | 'PUBLIC_CONSULTATION' | 'COUNCIL_SESSION';
  titleAr: string;
  titleFr: string;
  descriptionAr?: string;
  descriptionFr?: string;
  startsAt: Date;
  startsAtPrecision: 'MINUTE' | 'DAY' | 'MONTH';
  endsAt: Date | null;
  venue: string | null;
  status: 'PLANNED' | 'HELD';
  outcome?: string;
  published: boolean;
  agenda?: DemoAgendaItem[];
  /** Categories present; the press kit gives no numbers, so counts stay unknown. */
  categoriesPresent?: string[];
  attendedBy?: string[];
}

const COMMUNE_HALL = 'قاعة الاجتماعات بجماعة تمزكانة';
const DAY = 24 * 3600 * 1000;

/**
 * Tamazgana's co-creation journey as the press kit tells it at its date, March 2025 (times are Morocco local time):
 * what it reports as done is HELD, what it announces (the consultations on the draft, the October 2025 council
 * session that is to adopt the programme) is PLANNED, with no outcome. Then the training of the support programme it
 * attended, and the fictional commune's events — its public consultation open around every
 * start, so that taking part can always be tried.
 */
export function demoEvents(now = new Date()): DemoEvent[] {
  return [
    {
      id: DemoIds.events.networkTraining,
      collectivityId: NETWORK_TENANT_ID,
      organizer: 'NETWORK',
      kind: 'TRAINING',
      titleAr: 'لقاء تواصلي وتكويني حول برنامج دعم الجماعات الترابية المنفتحة ومنهجية الإعداد المشترك لبرنامج الانفتاح',
      titleFr:
        "Rencontre de communication et de formation sur le programme d'appui aux collectivités territoriales ouvertes et la méthode de co-construction du programme d'ouverture",
      descriptionFr:
        "Tenue dans le cadre du programme d'appui aux collectivités territoriales ouvertes, au profit des collectivités territoriales nouvellement membres du réseau.",
      descriptionAr: 'نُظّم في إطار برنامج دعم الجماعات الترابية المنفتحة لفائدة الجماعات الترابية الملتحقة حديثا بالشبكة المغربية للجماعات الترابية المنفتحة.',
      // the press kit gives the day, not the hour
      startsAt: moroccoTime('2025-02-11T00:00'),
      startsAtPrecision: 'DAY',
      endsAt: null,
      venue: null,
      status: 'HELD',
      published: true,
      attendedBy: [DemoIds.tamazgana],
    },
    {
      id: DemoIds.events.tamazganaKickoff,
      collectivityId: DemoIds.tamazgana,
      organizer: 'COLLECTIVITY',
      kind: 'INFORMATION_MEETING',
      titleAr: 'الاجتماع الإخباري التواصلي لإعطاء الانطلاقة الفعلية لإعداد برنامج «انفتاح جماعة تمزكانة»',
      titleFr: "Réunion d'information : lancement effectif de la préparation du programme « Ouverture de la commune de Tamazgana »",
      startsAt: moroccoTime('2025-03-07T10:30'),
      startsAtPrecision: 'MINUTE',
      endsAt: null,
      venue: COMMUNE_HALL,
      status: 'HELD',
      outcome: "Début effectif de la préparation du programme « Ouverture de la commune de Tamazgana ».",
      published: true,
    },
    {
      id: DemoIds.events.tamazganaCommittee,
      collectivityId: DemoIds.tamazgana,
      organizer: 'COLLECTIVITY',
      kind: 'COMMITTEE_MEETING',
      titleAr: 'اجتماع لجنة تتبع إعداد وتنفيذ وتقييم برنامج انفتاح الجماعة: تحديد مسودة محاور الانفتاح ذات الأولوية',
      titleFr:
        "Réunion du comité de suivi de la préparation, de la mise en œuvre et de l'évaluation du programme d'ouverture de la commune : projet d'axes prioritaires",
      startsAt: moroccoTime('2025-03-07T14:00'),
      startsAtPrecision: 'MINUTE',
      endsAt: null,
      venue: COMMUNE_HALL,
      status: 'HELD',
      outcome: "Le comité de suivi de la préparation, de la mise en œuvre et de l'évaluation du programme d'ouverture s'est réuni et a arrêté le projet d'axes prioritaires d'ouverture.",
      published: true,
    },
    {
      id: DemoIds.events.tamazganaWorkshop,
      collectivityId: DemoIds.tamazgana,
      organizer: 'COLLECTIVITY',
      kind: 'CO_CREATION_WORKSHOP',
      titleAr: 'ورشة الإعداد المشترك: جمع الأفكار والمقترحات',
      titleFr: 'Atelier de co-construction : collecte des idées et propositions',
      startsAt: moroccoTime('2025-03-18T10:30'),
      startsAtPrecision: 'MINUTE',
      endsAt: moroccoTime('2025-03-18T13:30'),
      venue: COMMUNE_HALL,
      status: 'HELD',
      published: true,
      agenda: [
        { startsAt: '2025-03-18T10:30', endsAt: '2025-03-18T10:45', titleAr: 'استقبال المشاركين', titleFr: 'Accueil des participants', kind: 'WELCOME', speakers: [] },
        {
          startsAt: '2025-03-18T10:45',
          endsAt: '2025-03-18T11:15',
          titleAr: 'كلمة افتتاحية لرئيس الجماعة؛ تقديم الانضمام إلى الشبكة من طرف نقطة الارتكاز؛ تقديم منهجية الإعداد المشترك والبرنامج الزمني من طرف المكون',
          titleFr: "Mot d'ouverture du président ; présentation de l'adhésion par le point focal ; méthode de co-construction, atelier et calendrier par le formateur",
          kind: 'SPEECH',
          speakers: [
            { role: 'PRESIDENT', name: null },
            { role: 'FOCAL_POINT', name: null },
            { role: 'TRAINER', name: null },
          ],
        },
        { startsAt: '2025-03-18T11:15', endsAt: '2025-03-18T13:30', titleAr: 'ورشات عمل لجمع الأفكار والمقترحات', titleFr: 'Ateliers de collecte des idées et propositions', kind: 'WORKSHOP', speakers: [] },
      ],
      categoriesPresent: ['COUNCIL_MEMBER', 'IEPEG_MEMBER', 'CIVIL_SOCIETY', 'SCHOOL_DIRECTOR', 'STUDENT_RESEARCHER', 'STAFF'],
    },
    {
      id: DemoIds.events.tamazganaConsultation,
      collectivityId: DemoIds.tamazgana,
      organizer: 'COLLECTIVITY',
      kind: 'PUBLIC_CONSULTATION',
      titleAr: 'استشارات حول مسودة برنامج انفتاح جماعة تمزكانة (مبرمجة قبل المصادقة)',
      titleFr: "Consultations sur le projet de programme d'ouverture de Tamazgana (prévues avant l'adoption)",
      descriptionAr:
        'أعلن الملف الصحفي (مارس 2025) تنظيم استشارات حول المسودة قبل المصادقة عليها في دورة أكتوبر 2025، دون تحديد تاريخها: الشهر المعروض هنا افتراض للعرض التجريبي.',
      descriptionFr:
        "Le dossier de presse (mars 2025) annonce des consultations sur le projet avant son adoption à la session d'octobre 2025, sans en donner la date : le mois affiché ici est une hypothèse de démonstration.",
      // announced without a date: placed in the month before the session, and said so in its description
      startsAt: moroccoTime('2025-09-01T00:00'),
      startsAtPrecision: 'MONTH',
      endsAt: null,
      venue: null,
      status: 'PLANNED',
      published: true,
    },
    {
      id: DemoIds.events.tamazganaCouncilSession,
      collectivityId: DemoIds.tamazgana,
      organizer: 'COLLECTIVITY',
      kind: 'COUNCIL_SESSION',
      titleAr: 'دورة أكتوبر 2025 لمجلس جماعة تمزكانة (المصادقة على برنامج الانفتاح مبرمجة)',
      titleFr: "Session d'octobre 2025 du conseil communal de Tamazgana (adoption du programme d'ouverture prévue)",
      descriptionAr: 'حسب الملف الصحفي (مارس 2025)، سيصادق مجلس الجماعة على برنامج الانفتاح خلال هذه الدورة.',
      descriptionFr: "Selon le dossier de presse (mars 2025), le conseil communal doit adopter le programme d'ouverture à cette session.",
      // the press kit gives the month of the session, not its day; announced, not reported as held
      startsAt: moroccoTime('2025-10-01T00:00'),
      startsAtPrecision: 'MONTH',
      endsAt: null,
      venue: null,
      status: 'PLANNED',
      published: true,
    },
    {
      id: DemoIds.events.demoCommuneInformationMeeting,
      collectivityId: DemoIds.demoCommune,
      organizer: 'COLLECTIVITY',
      kind: 'INFORMATION_MEETING',
      titleAr: 'اجتماع إخباري (بيانات تجريبية)',
      titleFr: "Réunion d'information (données de démonstration)",
      startsAt: moroccoTime('2025-04-10T10:00'),
      startsAtPrecision: 'MINUTE',
      endsAt: moroccoTime('2025-04-10T12:00'),
      venue: null,
      status: 'PLANNED',
      published: false,
    },
    {
      id: DemoIds.events.demoCommuneWorkshop,
      collectivityId: DemoIds.demoCommune,
      organizer: 'COLLECTIVITY',
      kind: 'CO_CREATION_WORKSHOP',
      titleAr: 'ورشة الإعداد المشترك (بيانات تجريبية)',
      titleFr: 'Atelier de co-construction (données de démonstration)',
      startsAt: moroccoTime('2025-05-06T10:00'),
      startsAtPrecision: 'MINUTE',
      endsAt: moroccoTime('2025-05-06T13:00'),
      venue: null,
      status: 'HELD',
      published: true,
    },
    {
      id: DemoIds.events.demoCommuneConsultation,
      collectivityId: DemoIds.demoCommune,
      organizer: 'COLLECTIVITY',
      kind: 'PUBLIC_CONSULTATION',
      titleAr: 'استشارة عمومية حول مشروع برنامج الانفتاح (بيانات تجريبية)',
      titleFr: "Consultation publique sur le projet de programme d'ouverture (données de démonstration)",
      descriptionFr: 'Ouverte en permanence dans la démonstration : chacun peut y déposer une proposition.',
      startsAt: new Date(now.getTime() - DAY),
      startsAtPrecision: 'MINUTE',
      endsAt: new Date(now.getTime() + 30 * DAY),
      venue: null,
      status: 'PLANNED',
      published: true,
    },
  ];
}

export interface DemoOrganisation {
  id: string;
  collectivityId: string;
  nameAr: string;
  nameFr: string;
  field: string;
  partnerStatus: 'NONE' | 'PARTNER';
  published: boolean;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    id: DemoIds.organisations.demoCommuneAssociation,
    collectivityId: DemoIds.demoCommune,
    nameAr: 'جمعية النموذج للتنمية (وهمية)',
    nameFr: 'Association Exemple pour le développement (fictive)',
    field: 'développement local',
    partnerStatus: 'PARTNER',
    published: true,
  },
];

export interface DemoProposal {
  id: string;
  collectivityId: string;
  title: string;
  body: string;
  principle: 'TRANSPARENCY' | 'ACCOUNTABILITY' | 'ACCESS_TO_INFORMATION' | 'CITIZEN_PARTICIPATION' | 'DIGITALIZATION';
  eventId: string | null;
  submitterCategory: string | null;
  status: 'SUBMITTED' | 'UNDER_REVIEW' | 'RETAINED' | 'MERGED' | 'REJECTED';
  answer: string | null;
  mergedIntoId: string | null;
  /** For a retained proposal: the commitment it became (a commitment of evaluation's demo data). */
  commitmentId?: string;
  published: boolean;
}

/** Illustrative proposals, one or more per principle: the press kit does not list the ideas collected. */
export const demoProposals: DemoProposal[] = [
  {
    id: DemoIds.proposals.tamazganaTransparency,
    collectivityId: DemoIds.tamazgana,
    title: 'نشر محاضر دورات المجلس على الموقع الإلكتروني للجماعة',
    body: 'Publier les procès-verbaux des sessions du conseil sur le site de la commune dans le mois qui suit chaque session.',
    principle: 'TRANSPARENCY',
    eventId: DemoIds.events.tamazganaWorkshop,
    submitterCategory: 'CIVIL_SOCIETY',
    status: 'RETAINED',
    answer: "Retenue : elle devient un engagement du programme d'ouverture.",
    mergedIntoId: null,
    commitmentId: DemoIds.commitments.tamazganaCouncilMinutes,
    published: true,
  },
  {
    id: DemoIds.proposals.tamazganaAccountability,
    collectivityId: DemoIds.tamazgana,
    title: 'Rapport annuel public sur l’exécution du budget',
    body: 'Présenter chaque année aux citoyens un rapport simple sur l’exécution du budget communal.',
    principle: 'ACCOUNTABILITY',
    eventId: DemoIds.events.tamazganaWorkshop,
    submitterCategory: 'COUNCIL_MEMBER',
    status: 'UNDER_REVIEW',
    answer: null,
    mergedIntoId: null,
    published: true,
  },
  {
    id: DemoIds.proposals.tamazganaAccessToInformation,
    collectivityId: DemoIds.tamazgana,
    title: 'مكتب لاستقبال طلبات الحصول على المعلومات',
    body: 'Désigner un guichet et une personne chargée des demandes d’accès à l’information (loi 31-13).',
    principle: 'ACCESS_TO_INFORMATION',
    eventId: DemoIds.events.tamazganaWorkshop,
    submitterCategory: 'STUDENT_RESEARCHER',
    status: 'RETAINED',
    answer: 'Retenue : un point d’accueil sera désigné.',
    mergedIntoId: null,
    commitmentId: DemoIds.commitments.tamazganaInformationDesk,
    published: true,
  },
  {
    id: DemoIds.proposals.tamazganaParticipation,
    collectivityId: DemoIds.tamazgana,
    title: 'Consultations citoyennes dans les douars avant chaque session budgétaire',
    body: 'Organiser des réunions de consultation dans les quartiers et douars avant la session budgétaire.',
    principle: 'CITIZEN_PARTICIPATION',
    eventId: DemoIds.events.tamazganaWorkshop,
    submitterCategory: 'IEPEG_MEMBER',
    status: 'RETAINED',
    answer: 'Retenue, avec la proposition voisine sur les jeunes qui y a été fusionnée.',
    mergedIntoId: null,
    commitmentId: DemoIds.commitments.tamazganaBudgetConsultations,
    published: true,
  },
  {
    id: DemoIds.proposals.tamazganaParticipationMerged,
    collectivityId: DemoIds.tamazgana,
    title: 'إشراك الشباب في إعداد الميزانية',
    body: 'Associer les jeunes à la préparation du budget.',
    principle: 'CITIZEN_PARTICIPATION',
    eventId: DemoIds.events.tamazganaWorkshop,
    submitterCategory: 'SCHOOL_DIRECTOR',
    status: 'MERGED',
    answer: 'Fusionnée avec la proposition sur les consultations citoyennes avant la session budgétaire.',
    mergedIntoId: DemoIds.proposals.tamazganaParticipation,
    published: true,
  },
  {
    id: DemoIds.proposals.tamazganaDigitalization,
    collectivityId: DemoIds.tamazgana,
    title: 'Suivi en ligne des demandes de documents administratifs',
    body: 'Permettre de suivre en ligne l’état d’une demande de document administratif.',
    principle: 'DIGITALIZATION',
    eventId: DemoIds.events.tamazganaWorkshop,
    submitterCategory: 'STAFF',
    status: 'SUBMITTED',
    answer: null,
    mergedIntoId: null,
    published: true,
  },
  {
    id: DemoIds.proposals.tamazganaRejected,
    collectivityId: DemoIds.tamazgana,
    title: 'Diffuser en direct toutes les réunions des commissions',
    body: 'Retransmettre en direct toutes les réunions des commissions permanentes.',
    principle: 'TRANSPARENCY',
    eventId: DemoIds.events.tamazganaWorkshop,
    submitterCategory: 'CITIZEN',
    status: 'REJECTED',
    answer: 'Non retenue pour ce programme : les moyens techniques manquent ; les procès-verbaux seront publiés à la place.',
    mergedIntoId: null,
    published: true,
  },
  {
    id: DemoIds.proposals.demoCommuneDraft,
    collectivityId: DemoIds.demoCommune,
    title: 'Proposition en cours d’examen (données de démonstration)',
    body: 'Une proposition non publiée de la commune fictive.',
    principle: 'TRANSPARENCY',
    eventId: DemoIds.events.demoCommuneWorkshop,
    submitterCategory: 'CIVIL_SOCIETY',
    status: 'SUBMITTED',
    answer: null,
    mergedIntoId: null,
    published: false,
  },
];
