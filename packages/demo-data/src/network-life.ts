import { NETWORK_TENANT_ID } from '@infitah/server-kit';
import { DemoIds } from './ids';
import { demoRegions } from './territory';

const uuid = (index: number) => `0000000c-0000-4000-8000-${String(index).padStart(12, '0')}`;

/** The network's waves of members (../shared/domain.md): 66 founding members in 2023, 66 more in 2024, then a wave of 102. */
export const DemoCohortIds = {
  founding2023: uuid(1),
  year2024: uuid(2),
  december2024: uuid(3),
} as const;

export interface DemoCohort {
  id: string;
  labelAr: string;
  labelFr: string;
  /** The year or month the wave stands for: "2023", "2024-12". */
  period: string;
  /** The demo collectivities placed in it; the demo data holds only a few of the network's 228 members. */
  memberIds: string[];
}

export const demoCohorts: DemoCohort[] = [
  {
    id: DemoCohortIds.founding2023,
    labelAr: 'الأعضاء المؤسسون 2023',
    labelFr: 'Membres fondateurs 2023',
    period: '2023',
    memberIds: demoRegions.map((region) => region.id),
  },
  { id: DemoCohortIds.year2024, labelAr: 'فوج 2024', labelFr: 'Vague 2024', period: '2024', memberIds: [] },
  {
    id: DemoCohortIds.december2024,
    labelAr: 'فوج دجنبر 2024',
    labelFr: 'Vague de décembre 2024',
    period: '2024-12',
    // the fictional commune is placed in Tamazgana's wave, to show a member not yet trained
    memberIds: [DemoIds.tamazgana, DemoIds.demoCommune],
  },
];

export type DemoOnboardingStepKind = 'INFORMATION_MEETING' | 'TRAINING' | 'FOCAL_POINT_NAMED' | 'COMMITTEE_FORMED' | 'PROGRAMME_STARTED';

export interface DemoOnboardingStep {
  collectivityId: string;
  step: DemoOnboardingStepKind;
  /** ISO-8601 at the precision known. */
  completedOn: string;
}

/**
 * Tamazgana's steps as the press kit dates them: the communication and training meeting of 11 February 2025 (held
 * under the support programme), then on 7 March 2025 the kickoff and a meeting of the monitoring committee (the press
 * kit says it met that day, not when it was formed: it was formed by then); its focal point presented
 * the membership at the workshop of 18 March 2025, so it was named in March at the latest. The fictional
 * commune's steps are made up, like the commune.
 */
export const demoOnboardingSteps: DemoOnboardingStep[] = [
  { collectivityId: DemoIds.tamazgana, step: 'INFORMATION_MEETING', completedOn: '2025-02-11' },
  { collectivityId: DemoIds.tamazgana, step: 'TRAINING', completedOn: '2025-02-11' },
  { collectivityId: DemoIds.tamazgana, step: 'FOCAL_POINT_NAMED', completedOn: '2025-03' },
  { collectivityId: DemoIds.tamazgana, step: 'COMMITTEE_FORMED', completedOn: '2025-03-07' },
  { collectivityId: DemoIds.tamazgana, step: 'PROGRAMME_STARTED', completedOn: '2025-03-07' },
  { collectivityId: DemoIds.demoCommune, step: 'INFORMATION_MEETING', completedOn: '2025-01' },
  { collectivityId: DemoIds.demoCommune, step: 'FOCAL_POINT_NAMED', completedOn: '2025-02' },
];

export interface DemoParticipantCount {
  eventTenantId: string;
  eventId: string;
  collectivityId: string;
  category: 'COUNCIL_MEMBER' | 'IEPEG_MEMBER' | 'STAFF';
  gender: 'FEMALE' | 'MALE';
  count: number;
}

/**
 * Illustrative: the press kit says Tamazgana took part in the training of 11 February 2025 but gives no
 * numbers. Seeded with `is_illustrative` set.
 */
export const demoTrainingAttendance: DemoParticipantCount[] = (
  [
    ['COUNCIL_MEMBER', 'FEMALE', 1],
    ['COUNCIL_MEMBER', 'MALE', 2],
    ['IEPEG_MEMBER', 'FEMALE', 1],
    ['STAFF', 'FEMALE', 1],
    ['STAFF', 'MALE', 1],
  ] as const
).map(([category, gender, count]) => ({
  eventTenantId: NETWORK_TENANT_ID,
  eventId: DemoIds.events.networkTraining,
  collectivityId: DemoIds.tamazgana,
  category,
  gender,
  count,
}));

export interface DemoTrainingMaterial {
  eventTenantId: string;
  eventId: string;
  title: string;
  url: string;
}

/** The network's public site, the one address the press kit gives. */
export const demoTrainingMaterials: DemoTrainingMaterial[] = [
  {
    eventTenantId: NETWORK_TENANT_ID,
    eventId: DemoIds.events.networkTraining,
    title: 'الموقع الإلكتروني للشبكة المغربية للجماعات الترابية المنفتحة',
    url: 'https://ctouvertes.collectivites-territoriales.gov.ma',
  },
];
