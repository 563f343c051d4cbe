import { NETWORK_TENANT_ID } from '@infitah/contract';
import { demoRegions } from '@infitah/demo-data';
import { Prng } from './prng';

/**
 * The whole country, generated: Morocco's 12 regions (their real names and codes), 75 prefectures and provinces and
 * 1,503 communes (fictional names, `is_fictional`), all members of the network, and per commune about 10 events
 * with agenda and attendance, 60 proposals, one programme of about 12 commitments with 4 milestones and 2 indicators
 * of 6 measurements each. Deterministic: the same seed gives the same rows, ids included.
 */
export interface NationalScale {
  /** Prefectures and provinces in each region, in region-code order (at most 12 regions). */
  provincesPerRegion: number[];
  /** How many of them are prefectures (the rest are provinces). */
  prefectures: number;
  communes: number;
  eventsPerCommune: [number, number];
  agendaItemsPerEvent: number;
  proposalsPerCommune: [number, number];
  commitmentsPerProgram: [number, number];
  axesPerProgram: number;
  milestonesPerCommitment: number;
  indicatorsPerCommitment: number;
  measurementsPerIndicator: number;
  /** Share of tenant records published (the rest are seen only by their collectivity and the network). */
  publishedShare: number;
  networkTrainings: number;
  /** Communes invited to each network training (about three quarters attend). */
  invitedPerTraining: number;
  libraryEntries: number;
}

/** Prefectures and provinces per region (2015 division), 75 in all. */
export const NATIONAL_SCALE: NationalScale = {
  provincesPerRegion: [8, 8, 9, 7, 5, 9, 8, 5, 6, 4, 4, 2],
  prefectures: 13,
  communes: 1503,
  eventsPerCommune: [8, 12],
  agendaItemsPerEvent: 3,
  proposalsPerCommune: [50, 70],
  commitmentsPerProgram: [10, 14],
  axesPerProgram: 3,
  milestonesPerCommitment: 4,
  indicatorsPerCommitment: 2,
  measurementsPerIndicator: 6,
  publishedShare: 0.8,
  networkTrainings: 24,
  invitedPerTraining: 120,
  libraryEntries: 30,
};

export const NATIONAL_SEED = 'infitah-national-1';
/** Every generated account signs in with it (bench data only). */
export const NATIONAL_PASSWORD = 'infitah-bench';
export const NATIONAL_EMAIL_DOMAIN = 'national.infitah.test';
export const networkAdminEmail = `network@${NATIONAL_EMAIL_DOMAIN}`;
export const communeCode = (index: number) => String(index + 1).padStart(4, '0');
export const communeAccountEmail = (role: 'admin' | 'editor', code: string) => `${role}.c${code}@${NATIONAL_EMAIL_DOMAIN}`;

export type PgType = 'uuid' | 'text' | 'boolean' | 'int' | 'timestamptz' | 'date' | 'numeric' | 'text[]';

/** One table's rows, column by column (what an `unnest` INSERT takes). */
export class TableData {
  readonly values: unknown[][];
  length = 0;

  constructor(
    readonly name: string,
    readonly columns: ReadonlyArray<readonly [string, PgType]>,
  ) {
    this.values = columns.map(() => []);
  }

  add(...row: unknown[]): void {
    if (row.length !== this.columns.length) throw new Error(`${this.name}: ${row.length} values for ${this.columns.length} columns`);
    row.forEach((value, index) => this.values[index].push(value));
    this.length += 1;
  }
}

export interface NationalDataset {
  seed: string;
  /** In loading order: parents before children. */
  tables: TableData[];
  communeIds: string[];
}

// ---------------------------------------------------------------------------------------------- vocabulary

const THEMES: Array<[fr: string, ar: string]> = [
  ['budget participatif', 'الميزانية التشاركية'],
  ["accès à l'information", 'الحق في الحصول على المعلومات'],
  ['transparence des marchés publics', 'شفافية الصفقات العمومية'],
  ['services numériques', 'الخدمات الرقمية'],
  ['participation des jeunes', 'مشاركة الشباب'],
  ['eau et assainissement', 'الماء والتطهير'],
  ['voirie et éclairage', 'الطرق والإنارة'],
  ['environnement et propreté', 'البيئة والنظافة'],
  ['égalité et inclusion', 'المساواة والإدماج'],
  ['suivi des engagements', 'تتبع الالتزامات'],
];

const EVENT_TITLES: Record<string, [fr: string, ar: string]> = {
  INFORMATION_MEETING: ["Réunion d'information : {fr}", 'اجتماع إخباري: {ar}'],
  COMMITTEE_MEETING: ['Réunion du comité de pilotage : {fr}', 'اجتماع لجنة القيادة: {ar}'],
  CO_CREATION_WORKSHOP: ['Atelier de co-création : {fr}', 'ورشة الإنتاج المشترك: {ar}'],
  PUBLIC_CONSULTATION: ['Consultation publique : {fr}', 'استشارة عمومية: {ar}'],
  COUNCIL_SESSION: ['Session du conseil : {fr}', 'دورة المجلس: {ar}'],
  TRAINING: ['Formation des élus : {fr}', 'تكوين المنتخبين: {ar}'],
  NETWORK_MEETING: ['Rencontre du réseau : {fr}', 'لقاء الشبكة: {ar}'],
};
const COMMUNE_EVENT_KINDS: Array<[string, number]> = [
  ['INFORMATION_MEETING', 2],
  ['COMMITTEE_MEETING', 3],
  ['CO_CREATION_WORKSHOP', 2],
  ['PUBLIC_CONSULTATION', 1],
  ['COUNCIL_SESSION', 1],
  ['TRAINING', 1],
];
const AGENDA_KINDS = ['WELCOME', 'PRESENTATION', 'WORKSHOP', 'DISCUSSION', 'OTHER'];
const AGENDA_TITLES: Array<[fr: string, ar: string]> = [
  ['Accueil des participants', 'استقبال المشاركين'],
  ['Présentation de la démarche', 'تقديم المنهجية'],
  ['Travaux en groupes', 'أشغال الورشات'],
  ['Débat et propositions', 'نقاش واقتراحات'],
  ['Synthèse et clôture', 'خلاصات واختتام'],
];
const CATEGORIES = ['COUNCIL_MEMBER', 'IEPEG_MEMBER', 'CIVIL_SOCIETY', 'STAFF', 'CITIZEN', 'STUDENT_RESEARCHER'];
const PRINCIPLES = ['TRANSPARENCY', 'ACCOUNTABILITY', 'ACCESS_TO_INFORMATION', 'CITIZEN_PARTICIPATION', 'DIGITALIZATION'];
const PROPOSAL_ACTIONS_FR = ['Publier', 'Créer', 'Mettre en ligne', 'Organiser', 'Améliorer', 'Ouvrir', 'Simplifier', 'Former sur'];
const PROPOSAL_ACTIONS_AR = ['نشر', 'إحداث', 'وضع رهن الإشارة', 'تنظيم', 'تحسين', 'فتح', 'تبسيط', 'التكوين حول'];
const PROPOSAL_OBJECTS: Array<[fr: string, ar: string]> = [
  ['les procès-verbaux du conseil', 'محاضر دورات المجلس'],
  ["un guichet d'information", 'شباك للمعلومات'],
  ['le budget communal', 'الميزانية الجماعية'],
  ['les données des marchés publics', 'معطيات الصفقات العمومية'],
  ['une consultation des jeunes', 'استشارة للشباب'],
  ["un registre des demandes d'information", 'سجل طلبات الحصول على المعلومات'],
  ['les horaires des services', 'مواعيد عمل المصالح'],
  ['un espace de dialogue avec les associations', 'فضاء للحوار مع الجمعيات'],
  ['le suivi des réclamations', 'تتبع الشكايات'],
  ['les démarches administratives en ligne', 'المساطر الإدارية عبر الإنترنت'],
  ["l'état des routes et de l'éclairage", 'حالة الطرق والإنارة'],
  ['la collecte des déchets', 'جمع النفايات'],
];
const PROPOSAL_STATUSES: Array<[string, number]> = [
  ['SUBMITTED', 30],
  ['UNDER_REVIEW', 20],
  ['RETAINED', 20],
  ['REJECTED', 25],
  ['MERGED', 5],
];
const PROGRAM_STATUSES: Array<[string, number]> = [
  ['CO_CREATION', 10],
  ['CONSULTATION', 10],
  ['ADOPTED', 25],
  ['IMPLEMENTATION', 55],
];
const COMPLETIONS: Array<[string, number]> = [
  ['NO_EVIDENCE', 10],
  ['NOT_STARTED', 25],
  ['LIMITED', 30],
  ['SUBSTANTIAL', 25],
  ['COMPLETE', 10],
];
const LIBRARY_KINDS = ['METHOD', 'TOOL', 'TEMPLATE', 'GOOD_PRACTICE', 'CASE_STUDY'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

// ---------------------------------------------------------------------------------------------- time

const DAY = 24 * 3600 * 1000;
/** "Now" for the generated history: what is before it took place, what is after it is planned. */
export const NATIONAL_REFERENCE_TIME = Date.UTC(2025, 10, 15);
const iso = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => iso(ms).slice(0, 10);
/** A working-hours start in Morocco (UTC+1), on the quarter hour, between two dates. */
function workingTime(random: Prng, fromMs: number, toMs: number): number {
  const day = Math.floor((fromMs + random.next() * (toMs - fromMs)) / DAY) * DAY;
  return day + (8 + random.int(0, 8)) * 3600 * 1000 + random.int(0, 3) * 15 * 60 * 1000;
}
const fill = (template: string, theme: [string, string]) => template.replace('{fr}', theme[0]).replace('{ar}', theme[1]);
const pad = (value: number, width: number) => String(value).padStart(width, '0');

// ---------------------------------------------------------------------------------------------- generator

export function generateNational(scale: NationalScale = NATIONAL_SCALE, options: { seed?: string; passwordHash?: string } = {}): NationalDataset {
  const seed = options.seed ?? NATIONAL_SEED;
  const passwordHash = options.passwordHash ?? '(no password)';
  const random = new Prng(seed);
  const published = () => random.chance(scale.publishedShare);

  const collectivity = new TableData('territory.collectivity', [
    ['id', 'uuid'],
    ['kind', 'text'],
    ['code', 'text'],
    ['name_ar', 'text'],
    ['name_fr', 'text'],
    ['parent_id', 'uuid'],
    ['is_fictional', 'boolean'],
  ]);
  const membership = new TableData('territory.network_membership', [
    ['collectivity_id', 'uuid'],
    ['joined_on', 'text'],
    ['status', 'text'],
  ]);
  const account = new TableData('territory.account', [
    ['id', 'uuid'],
    ['email', 'text'],
    ['display_name', 'text'],
    ['password_hash', 'text'],
    ['role', 'text'],
    ['collectivity_id', 'uuid'],
  ]);

  // -- the territory: regions (real), prefectures and provinces, communes (fictional)
  const regions = demoRegions.slice(0, scale.provincesPerRegion.length);
  for (const region of regions) {
    collectivity.add(region.id, 'REGION', region.code, region.nameAr, region.nameFr, null, false);
    membership.add(region.id, '2023', 'ACTIVE');
  }
  const provinceCount = scale.provincesPerRegion.reduce((sum, count) => sum + count, 0);
  const prefectureIndexes = new Set(random.sample([...Array(provinceCount).keys()], scale.prefectures));
  const provinces: string[] = [];
  let provinceIndex = 0;
  scale.provincesPerRegion.forEach((count, regionIndex) => {
    for (let i = 0; i < count; i += 1, provinceIndex += 1) {
      const id = random.uuid();
      const code = pad(provinceIndex + 1, 3);
      const prefecture = prefectureIndexes.has(provinceIndex);
      collectivity.add(
        id,
        prefecture ? 'PREFECTURE' : 'PROVINCE',
        code,
        `${prefecture ? 'عمالة' : 'إقليم'} ${code} (وهمي)`,
        `${prefecture ? 'Préfecture' : 'Province'} ${code} (fictive)`,
        regions[regionIndex].id,
        true,
      );
      membership.add(id, `2024-${pad(random.int(1, 12), 2)}`, 'ACTIVE');
      provinces.push(id);
    }
  });
  const communeIds: string[] = [];
  for (let index = 0; index < scale.communes; index += 1) {
    const id = random.uuid();
    const code = communeCode(index);
    // communes spread evenly over the provinces, in order
    const parent = provinces[Math.floor((index * provinces.length) / scale.communes)];
    collectivity.add(id, 'COMMUNE', code, `جماعة ${code} (وهمية)`, `Commune ${code} (fictive)`, parent, true);
    const joined = random.weighted<string>([
      ['2023', 1],
      [`2024-${pad(random.int(1, 12), 2)}`, 2],
      [`2025-${pad(random.int(1, 10), 2)}-${pad(random.int(1, 28), 2)}`, 2],
    ]);
    membership.add(id, joined, 'ACTIVE');
    communeIds.push(id);
  }

  account.add(random.uuid(), networkAdminEmail, 'Network administrator (national bench data)', passwordHash, 'NETWORK_ADMIN', null);
  communeIds.forEach((id, index) => {
    const code = communeCode(index);
    account.add(random.uuid(), communeAccountEmail('admin', code), `Administrateur C${code} (fictif)`, passwordHash, 'COLLECTIVITY_ADMIN', id);
    account.add(random.uuid(), communeAccountEmail('editor', code), `Éditeur C${code} (fictif)`, passwordHash, 'COLLECTIVITY_EDITOR', id);
  });

  // -- participation
  const event = new TableData('participation.event', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['kind', 'text'],
    ['organizer', 'text'],
    ['title_ar', 'text'],
    ['title_fr', 'text'],
    ['starts_at', 'timestamptz'],
    ['ends_at', 'timestamptz'],
    ['venue', 'text'],
    ['status', 'text'],
    ['published', 'boolean'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const agendaItem = new TableData('participation.agenda_item', [
    ['collectivity_id', 'uuid'],
    ['event_id', 'uuid'],
    ['id', 'uuid'],
    ['position', 'int'],
    ['starts_at', 'timestamptz'],
    ['ends_at', 'timestamptz'],
    ['title_ar', 'text'],
    ['title_fr', 'text'],
    ['kind', 'text'],
  ]);
  const attendance = new TableData('participation.attendance', [
    ['collectivity_id', 'uuid'],
    ['event_id', 'uuid'],
    ['category', 'text'],
    ['gender', 'text'],
    ['count', 'int'],
  ]);
  const participant = new TableData('participation.event_participant', [
    ['collectivity_id', 'uuid'],
    ['event_id', 'uuid'],
    ['participant_id', 'uuid'],
    ['invited', 'boolean'],
    ['attended', 'boolean'],
  ]);
  const participantAttendance = new TableData('participation.participant_attendance', [
    ['collectivity_id', 'uuid'],
    ['event_id', 'uuid'],
    ['participant_id', 'uuid'],
    ['category', 'text'],
    ['gender', 'text'],
    ['count', 'int'],
    ['is_illustrative', 'boolean'],
  ]);
  const proposal = new TableData('participation.proposal', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['title', 'text'],
    ['body', 'text'],
    ['principle', 'text'],
    ['source', 'text'],
    ['event_id', 'uuid'],
    ['submitter_category', 'text'],
    ['status', 'text'],
    ['supports_count', 'int'],
    ['answer', 'text'],
    ['answered_at', 'timestamptz'],
    ['merged_into_id', 'uuid'],
    ['commitment_id', 'uuid'],
    ['reference', 'text'],
    ['is_illustrative', 'boolean'],
    ['published', 'boolean'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);

  // -- evaluation
  const program = new TableData('evaluation.action_program', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['title_ar', 'text'],
    ['title_fr', 'text'],
    ['status', 'text'],
    ['adopted_on', 'text'],
    ['council_session', 'text'],
    ['period_start', 'date'],
    ['period_end', 'date'],
    ['published', 'boolean'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const axis = new TableData('evaluation.priority_axis', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['program_id', 'uuid'],
    ['position', 'int'],
    ['title_ar', 'text'],
    ['title_fr', 'text'],
    ['principles', 'text[]'],
  ]);
  const commitment = new TableData('evaluation.commitment', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['program_id', 'uuid'],
    ['axis_id', 'uuid'],
    ['title_ar', 'text'],
    ['title_fr', 'text'],
    ['problem', 'text'],
    ['action', 'text'],
    ['principles', 'text[]'],
    ['lead_unit', 'text'],
    ['starts_on', 'date'],
    ['ends_on', 'date'],
    ['completion', 'text'],
    ['is_illustrative', 'boolean'],
    ['published', 'boolean'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const milestone = new TableData('evaluation.milestone', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['commitment_id', 'uuid'],
    ['position', 'int'],
    ['title', 'text'],
    ['due_on', 'date'],
    ['done_on', 'date'],
    ['weight', 'int'],
  ]);
  const indicator = new TableData('evaluation.indicator', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['commitment_id', 'uuid'],
    ['title', 'text'],
    ['unit', 'text'],
    ['baseline', 'numeric'],
    ['target', 'numeric'],
    ['direction', 'text'],
  ]);
  const measurement = new TableData('evaluation.measurement', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['indicator_id', 'uuid'],
    ['measured_on', 'date'],
    ['value', 'numeric'],
  ]);
  const library = new TableData('evaluation.library_entry', [
    ['collectivity_id', 'uuid'],
    ['id', 'uuid'],
    ['kind', 'text'],
    ['title_ar', 'text'],
    ['title_fr', 'text'],
    ['summary_fr', 'text'],
    ['status', 'text'],
    ['published', 'boolean'],
    ['published_at', 'timestamptz'],
    ['is_illustrative', 'boolean'],
  ]);

  const eventsFrom = Date.UTC(2023, 5, 1);
  const eventsTo = Date.UTC(2026, 2, 31);
  const addEvent = (collectivityId: string, kind: string, organizer: 'COLLECTIVITY' | 'NETWORK', isPublished: boolean) => {
    const id = random.uuid();
    const theme = random.pick(THEMES);
    const [fr, ar] = EVENT_TITLES[kind];
    const startsAt = workingTime(random, eventsFrom, eventsTo);
    const endsAt = startsAt + (kind === 'PUBLIC_CONSULTATION' ? 30 * DAY : random.int(2, 4) * 3600 * 1000);
    const status = startsAt < NATIONAL_REFERENCE_TIME ? (random.chance(0.04) ? 'CANCELLED' : 'HELD') : 'PLANNED';
    const created = Math.min(startsAt, NATIONAL_REFERENCE_TIME) - random.int(5, 40) * DAY;
    event.add(collectivityId, id, kind, organizer, fill(ar, theme), fill(fr, theme), iso(startsAt), iso(endsAt), organizer === 'NETWORK' ? 'Rabat' : `Siège de la commune`, status, isPublished, iso(created), iso(created));
    const items = kind === 'PUBLIC_CONSULTATION' ? 1 : scale.agendaItemsPerEvent;
    const slot = Math.floor((endsAt - startsAt) / Math.max(items, 1));
    for (let position = 0; position < items; position += 1) {
      const title = AGENDA_TITLES[Math.min(position === items - 1 && items > 1 ? 4 : position, 4)];
      agendaItem.add(collectivityId, id, random.uuid(), position, iso(startsAt + position * slot), iso(startsAt + (position + 1) * slot), title[1], title[0], AGENDA_KINDS[Math.min(position, AGENDA_KINDS.length - 1)]);
    }
    return { id, kind, startsAt, status };
  };

  // network trainings, attended by communes
  for (let index = 0; index < scale.networkTrainings; index += 1) {
    const training = addEvent(NETWORK_TENANT_ID, index % 6 === 5 ? 'NETWORK_MEETING' : 'TRAINING', 'NETWORK', random.chance(0.9));
    const held = training.status === 'HELD';
    for (const [category, gender] of [['TRAINER_NETWORK', 'FEMALE'], ['TRAINER_NETWORK', 'MALE']]) {
      attendance.add(NETWORK_TENANT_ID, training.id, category, gender, random.int(1, 4));
    }
    const invited = random.sample(communeIds, Math.min(scale.invitedPerTraining, communeIds.length));
    for (const communeId of invited) {
      const attended = held && random.chance(0.75);
      participant.add(NETWORK_TENANT_ID, training.id, communeId, true, attended);
      if (attended) {
        participantAttendance.add(NETWORK_TENANT_ID, training.id, communeId, 'COUNCIL_MEMBER', random.pick(['FEMALE', 'MALE']), random.int(1, 3), true);
        participantAttendance.add(NETWORK_TENANT_ID, training.id, communeId, 'STAFF', random.pick(['FEMALE', 'MALE']), random.int(1, 2), true);
      }
    }
  }

  communeIds.forEach((communeId) => {
    // events
    const events = [];
    const eventCount = random.int(...scale.eventsPerCommune);
    for (let i = 0; i < eventCount; i += 1) {
      const created = addEvent(communeId, random.weighted(COMMUNE_EVENT_KINDS), 'COLLECTIVITY', published());
      events.push(created);
      if (created.status === 'HELD') {
        for (const category of random.sample(CATEGORIES, 2)) {
          for (const gender of ['FEMALE', 'MALE']) {
            attendance.add(communeId, created.id, category, gender, random.chance(0.05) ? null : random.int(0, 60));
          }
        }
      }
    }

    // the programme, its axes and commitments
    const programId = random.uuid();
    const programStatus = random.weighted(PROGRAM_STATUSES);
    const adopted = programStatus === 'ADOPTED' || programStatus === 'IMPLEMENTATION';
    const adoptedMonth = random.int(0, 11);
    const programPublished = published();
    const programCreated = Date.UTC(2024, random.int(0, 11), random.int(1, 28));
    program.add(
      communeId,
      programId,
      'برنامج عمل الجماعة المنفتحة 2025-2026',
      "Programme d'action de la commune ouverte 2025-2026",
      programStatus,
      adopted ? `2025-${pad(adoptedMonth + 1, 2)}-${pad(random.int(1, 28), 2)}` : null,
      adopted ? `Session ordinaire de ${MONTHS_FR[adoptedMonth]} 2025` : null,
      '2025-01-01',
      '2026-12-31',
      programPublished,
      iso(programCreated),
      iso(programCreated),
    );
    const axes: string[] = [];
    for (let position = 0; position < scale.axesPerProgram; position += 1) {
      const theme = THEMES[(position * 3) % THEMES.length];
      const axisId = random.uuid();
      axes.push(axisId);
      axis.add(communeId, axisId, programId, position, `المحور ${position + 1}: ${theme[1]}`, `Axe ${position + 1} : ${theme[0]}`, `{${random.pick(PRINCIPLES)}}`);
    }
    const commitments: string[] = [];
    const commitmentCount = random.int(...scale.commitmentsPerProgram);
    for (let n = 0; n < commitmentCount; n += 1) {
      const id = random.uuid();
      commitments.push(id);
      const theme = random.pick(THEMES);
      const completion = random.weighted(COMPLETIONS);
      const principles = random.sample(PRINCIPLES, random.int(1, 2));
      const startsOn = Date.UTC(2025, random.int(0, 5), 1);
      const endsOn = startsOn + random.int(9, 18) * 30 * DAY;
      const created = programCreated + random.int(1, 60) * DAY;
      commitment.add(
        communeId,
        id,
        programId,
        axes.length ? axes[n % axes.length] : null,
        `الالتزام ${n + 1}: ${theme[1]}`,
        `Engagement ${n + 1} : ${theme[0]}`,
        `Les citoyens demandent plus d'ouverture sur ${theme[0]}.`,
        `Mettre en place un dispositif de ${theme[0]} avec la société civile.`,
        `{${principles.join(',')}}`,
        'Direction générale des services',
        isoDate(startsOn),
        isoDate(endsOn),
        completion,
        true,
        programPublished && random.chance(0.9),
        iso(created),
        iso(created),
      );
      const doneSteps = { NO_EVIDENCE: 0, NOT_STARTED: 0, LIMITED: 1, SUBSTANTIAL: 3, COMPLETE: 4 }[completion] ?? 0;
      for (let position = 0; position < scale.milestonesPerCommitment; position += 1) {
        const due = startsOn + ((position + 1) * (endsOn - startsOn)) / scale.milestonesPerCommitment;
        milestone.add(
          communeId,
          random.uuid(),
          id,
          position,
          `Étape ${position + 1} : ${['préparation', 'concertation', 'mise en œuvre', 'évaluation'][position % 4]}`,
          isoDate(due),
          position < doneSteps ? isoDate(Math.min(due, NATIONAL_REFERENCE_TIME - DAY)) : null,
          random.int(1, 3),
        );
      }
      for (let k = 0; k < scale.indicatorsPerCommitment; k += 1) {
        const indicatorId = random.uuid();
        const increase = k % 2 === 0;
        const baseline = increase ? random.int(0, 40) : random.int(50, 100);
        const target = increase ? baseline + random.int(10, 60) : baseline - random.int(10, 40);
        indicator.add(communeId, indicatorId, id, increase ? `Taux de ${theme[0]} publié` : `Délai moyen de réponse (${theme[0]})`, increase ? '%' : 'jours', baseline, target, increase ? 'INCREASE' : 'DECREASE');
        for (let m = 0; m < scale.measurementsPerIndicator; m += 1) {
          const progress = (m + 1) / scale.measurementsPerIndicator;
          measurement.add(communeId, random.uuid(), indicatorId, `2025-${pad(m * 2 + 1, 2)}-15`, Math.round((baseline + (target - baseline) * progress * random.next()) * 10) / 10);
        }
      }
    }

    // proposals
    const proposals: Array<{ id: string; status: string }> = [];
    const proposalCount = random.int(...scale.proposalsPerCommune);
    const consultation = events.find((candidate) => candidate.kind === 'PUBLIC_CONSULTATION');
    const references = new Set<string>();
    for (let i = 0; i < proposalCount; i += 1) {
      const id = random.uuid();
      let status = random.weighted(PROPOSAL_STATUSES);
      const mergeTargets = proposals.filter((candidate) => candidate.status !== 'MERGED');
      if (status === 'MERGED' && mergeTargets.length === 0) status = 'SUBMITTED';
      const principle = random.pick(PRINCIPLES);
      const object = random.pick(PROPOSAL_OBJECTS);
      const arabic = random.chance(0.5);
      const title = arabic ? `${random.pick(PROPOSAL_ACTIONS_AR)} ${object[1]}` : `${random.pick(PROPOSAL_ACTIONS_FR)} ${object[0]}`;
      const body = arabic
        ? `نقترح ${title} لفائدة ساكنة الجماعة، مع تتبع منتظم ونشر النتائج.`
        : `Nous proposons de ${title.charAt(0).toLowerCase()}${title.slice(1)} pour les habitants, avec un suivi régulier et la publication des résultats.`;
      const source = random.weighted<string>([
        ['EVENT', 6],
        ['CONSULTATION', consultation ? 3 : 0],
        ['ONLINE', 1],
      ]);
      const eventId = source === 'EVENT' && events.length ? random.pick(events).id : source === 'CONSULTATION' ? consultation!.id : null;
      const answered = !['SUBMITTED', 'UNDER_REVIEW'].includes(status);
      const created = Date.UTC(2023, 6, 1) + Math.floor(random.next() * (NATIONAL_REFERENCE_TIME - Date.UTC(2023, 6, 1)));
      let reference = random.hex(12);
      while (references.has(reference)) reference = random.hex(12);
      references.add(reference);
      proposal.add(
        communeId,
        id,
        title,
        body,
        principle,
        source,
        eventId,
        random.pick(CATEGORIES),
        status,
        random.int(0, 120),
        answered ? (status === 'REJECTED' ? 'Hors des compétences de la commune.' : 'Retenue par le comité de pilotage.') : null,
        answered ? iso(Math.min(created + random.int(7, 90) * DAY, NATIONAL_REFERENCE_TIME)) : null,
        status === 'MERGED' ? random.pick(mergeTargets).id : null,
        status === 'RETAINED' && commitments.length ? random.pick(commitments) : null,
        reference,
        true,
        published(),
        iso(created),
        iso(created),
      );
      proposals.push({ id, status });
    }
  });

  for (let index = 0; index < scale.libraryEntries; index += 1) {
    const theme = THEMES[index % THEMES.length];
    const isPublished = index % 6 !== 5;
    library.add(
      NETWORK_TENANT_ID,
      random.uuid(),
      LIBRARY_KINDS[index % LIBRARY_KINDS.length],
      `دليل عملي ${index + 1}: ${theme[1]}`,
      `Guide pratique ${index + 1} : ${theme[0]}`,
      `Méthode illustrative pour ${theme[0]}.`,
      isPublished ? 'PUBLISHED' : 'DRAFT',
      isPublished,
      isPublished ? iso(NATIONAL_REFERENCE_TIME - index * 7 * DAY) : null,
      true,
    );
  }

  return {
    seed,
    communeIds,
    tables: [
      collectivity,
      membership,
      account,
      event,
      agendaItem,
      attendance,
      participant,
      participantAttendance,
      program,
      axis,
      commitment,
      milestone,
      indicator,
      measurement,
      proposal,
      library,
    ],
  };
}
