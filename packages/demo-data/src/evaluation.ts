import { DemoIds } from './ids';

export interface DemoActionProgram {
  id: string;
  collectivityId: string;
  titleAr: string;
  titleFr: string;
  status: 'CO_CREATION' | 'CONSULTATION' | 'ADOPTED' | 'IMPLEMENTATION' | 'CLOSED';
  /** ISO-8601 at the precision known. */
  adoptedOn: string | null;
  councilSession: string | null;
  /** Programmes run two years; null while not set. */
  periodStart: string | null;
  periodEnd: string | null;
  published: boolean;
}

export const demoActionPrograms: DemoActionProgram[] = [
  {
    id: DemoIds.programs.tamazgana,
    collectivityId: DemoIds.tamazgana,
    titleAr: 'انفتاح جماعة تمزكانة',
    titleFr: 'Ouverture de la commune de Tamazgana',
    // In preparation at the press kit's date (March 2025): the council is to adopt it at its October 2025 session,
    // after consultations on the draft; nothing says it was adopted.
    status: 'CO_CREATION',
    adoptedOn: null,
    councilSession: null,
    periodStart: null,
    periodEnd: null,
    published: true,
  },
  {
    id: DemoIds.programs.demoCommuneAdopted,
    collectivityId: DemoIds.demoCommune,
    titleAr: 'برنامج عمل الانفتاح 2026–2027 (بيانات تجريبية)',
    titleFr: "Programme d'action d'ouverture 2026–2027 (données de démonstration)",
    // invented, like the commune: an adopted programme, so that the adopted path can be seen and tried
    status: 'ADOPTED',
    adoptedOn: '2025-10',
    councilSession: "دورة أكتوبر 2025 (بيانات تجريبية) — session d'octobre 2025 du conseil (données de démonstration)",
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
    published: true,
  },
  {
    id: DemoIds.programs.demoCommune,
    collectivityId: DemoIds.demoCommune,
    titleAr: 'برنامج عمل الانفتاح (بيانات تجريبية)',
    titleFr: "Programme d'action d'ouverture (données de démonstration)",
    // an unpublished draft beside it (its next programme, not yet dated), seen only by the commune and the network
    status: 'CO_CREATION',
    adoptedOn: null,
    councilSession: null,
    periodStart: null,
    periodEnd: null,
    published: false,
  },
];

export interface DemoCommitment {
  id: string;
  collectivityId: string;
  programId: string;
  titleAr: string;
  titleFr: string;
  problem: string;
  action: string;
  principles: string[];
  leadUnit: string;
  completion: 'NOT_STARTED' | 'LIMITED' | 'SUBSTANTIAL';
  /** Every demo commitment is an illustration (seeded with is_illustrative): the press kit lists none. */
  milestones: Array<{ title: string; dueOn: string | null; doneOn: string | null; weight: number }>;
  indicator: { title: string; unit: string; baseline: number; target: number; measurements: Array<{ measuredOn: string; value: number }> };
  /** The retained demo proposals it came from (participation stores the link). */
  sourceProposalIds: string[];
}

/**
 * Illustrative commitments: the press kit lists none. Tamazgana's belong to its draft (the ideas retained at the
 * workshop of 18 March 2025), with their milestones still ahead and nothing measured; the fictional commune's belong
 * to its adopted programme and show implementation under way.
 */
export const demoCommitments: DemoCommitment[] = [
  {
    id: DemoIds.commitments.tamazganaCouncilMinutes,
    collectivityId: DemoIds.tamazgana,
    programId: DemoIds.programs.tamazgana,
    titleAr: 'نشر محاضر دورات المجلس ومقرراته',
    titleFr: 'Publier les procès-verbaux et délibérations du conseil',
    problem: 'Les citoyens ne connaissent pas les décisions prises en session.',
    action: 'Publier chaque procès-verbal sur le site de la commune et au tableau d’affichage dans le mois qui suit la session.',
    principles: ['TRANSPARENCY', 'ACCESS_TO_INFORMATION'],
    leadUnit: 'Secrétariat du conseil',
    completion: 'NOT_STARTED',
    milestones: [
      { title: 'Modèle de procès-verbal simplifié adopté', dueOn: '2025-12-31', doneOn: null, weight: 1 },
      { title: 'Rubrique « délibérations » ouverte sur le site', dueOn: '2026-03-31', doneOn: null, weight: 2 },
      { title: 'Procès-verbaux de toutes les sessions de 2026 publiés', dueOn: '2026-12-31', doneOn: null, weight: 3 },
    ],
    indicator: { title: 'Sessions dont le procès-verbal est publié dans le mois', unit: '%', baseline: 0, target: 100, measurements: [] },
    sourceProposalIds: [DemoIds.proposals.tamazganaTransparency],
  },
  {
    id: DemoIds.commitments.tamazganaInformationDesk,
    collectivityId: DemoIds.tamazgana,
    programId: DemoIds.programs.tamazgana,
    titleAr: 'إحداث نقطة لاستقبال طلبات الحصول على المعلومات',
    titleFr: 'Ouvrir un point d’accueil des demandes d’accès à l’information',
    problem: 'Les demandes d’information (loi 31-13) n’ont ni interlocuteur ni délai suivi.',
    action: 'Désigner la personne chargée, tenir un registre des demandes et publier les délais de réponse.',
    principles: ['ACCESS_TO_INFORMATION', 'ACCOUNTABILITY'],
    leadUnit: 'Direction des services',
    completion: 'NOT_STARTED',
    milestones: [
      { title: 'Personne chargée désignée', dueOn: '2026-02-28', doneOn: null, weight: 1 },
      { title: 'Registre des demandes tenu et publié', dueOn: '2026-09-30', doneOn: null, weight: 1 },
    ],
    indicator: { title: 'Délai moyen de réponse', unit: 'jours', baseline: 60, target: 20, measurements: [] },
    sourceProposalIds: [DemoIds.proposals.tamazganaAccessToInformation],
  },
  {
    id: DemoIds.commitments.tamazganaBudgetConsultations,
    collectivityId: DemoIds.tamazgana,
    programId: DemoIds.programs.tamazgana,
    titleAr: 'استشارات مواطنة قبل دورة الميزانية',
    titleFr: 'Consultations citoyennes avant la session budgétaire',
    problem: 'Le budget est préparé sans avis des habitants des douars.',
    action: 'Tenir chaque année des réunions de consultation dans les quartiers et douars, avec les jeunes, avant la session budgétaire.',
    principles: ['CITIZEN_PARTICIPATION'],
    leadUnit: 'Instance de l’équité, de l’égalité des chances et de l’approche genre (IEECAG)',
    completion: 'NOT_STARTED',
    milestones: [{ title: 'Première série de consultations tenue', dueOn: '2026-09-15', doneOn: null, weight: 1 }],
    indicator: { title: 'Participants aux consultations', unit: 'personnes', baseline: 0, target: 200, measurements: [] },
    sourceProposalIds: [DemoIds.proposals.tamazganaParticipation],
  },
  {
    id: DemoIds.commitments.demoCommuneRegisterOnline,
    collectivityId: DemoIds.demoCommune,
    programId: DemoIds.programs.demoCommuneAdopted,
    titleAr: 'نشر سجل طلبات الحصول على المعلومات على الإنترنت (بيانات تجريبية)',
    titleFr: 'Publier en ligne le registre des demandes d’accès à l’information (données de démonstration)',
    problem: 'Les habitants ne savent pas quelles informations ont déjà été demandées ni dans quel délai la commune répond.',
    action: 'Tenir le registre des demandes (loi 31-13) et le publier chaque trimestre, avec les délais de réponse.',
    principles: ['ACCESS_TO_INFORMATION', 'TRANSPARENCY'],
    leadUnit: 'Direction des services (fictive)',
    completion: 'LIMITED',
    milestones: [
      { title: 'Registre des demandes ouvert', dueOn: '2026-03-31', doneOn: '2026-03-10', weight: 1 },
      { title: 'Premier registre trimestriel publié', dueOn: '2026-06-30', doneOn: null, weight: 2 },
      { title: 'Registres de 2026 tous publiés', dueOn: '2026-12-31', doneOn: null, weight: 3 },
    ],
    indicator: {
      title: 'Trimestres dont le registre est publié',
      unit: '%',
      baseline: 0,
      target: 100,
      measurements: [{ measuredOn: '2026-06-30', value: 25 }],
    },
    sourceProposalIds: [],
  },
  {
    id: DemoIds.commitments.demoCommuneBudgetSummary,
    collectivityId: DemoIds.demoCommune,
    programId: DemoIds.programs.demoCommuneAdopted,
    titleAr: 'ملخص مبسط للميزانية في متناول المواطنين (بيانات تجريبية)',
    titleFr: 'Un résumé simple du budget pour les citoyens (données de démonstration)',
    problem: 'Le budget communal est publié sous une forme que peu d’habitants savent lire.',
    action: 'Publier chaque année, après la session budgétaire, un résumé du budget en arabe et en français, et le présenter en réunion publique.',
    principles: ['TRANSPARENCY', 'ACCOUNTABILITY'],
    leadUnit: 'Service financier (fictif)',
    completion: 'NOT_STARTED',
    milestones: [{ title: 'Premier résumé publié', dueOn: '2026-12-31', doneOn: null, weight: 1 }],
    indicator: { title: 'Résumés publiés', unit: 'documents', baseline: 0, target: 2, measurements: [] },
    sourceProposalIds: [],
  },
];
