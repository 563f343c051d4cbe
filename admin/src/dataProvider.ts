import type { DataProvider } from 'react-admin';
import { graphql } from './graphql';
import { moroccoLocalToIso } from './time';

interface ResourceSpec {
  /** Root list field `{ totalCount nodes }` and single-record field. */
  list: string;
  one?: string;
  fields: string;
  /** Which filter keys the list accepts; `q` maps to `search` where the graph has one. */
  filters: string[];
  create?: { mutation: string; inputType: string; args?: string };
  update?: { mutation: string; inputType: string };
  remove?: string;
  /** Fields of the record that the create/update input accepts. */
  writable: string[];
  /**
   * Lists the update input takes whole, in the same write, when they changed (an event's agenda and attendance, a
   * commitment's milestones): a form is saved by one mutation, all of it or nothing.
   */
  updateParts?: Record<string, (value: any) => unknown>;
}

/** An event's agenda as saveEvent takes it: instants with their zone, titles null when empty. */
const agendaInput = (agenda: Array<Record<string, any>> | null | undefined) =>
  (agenda ?? []).map((item) => ({
    startsAt: moroccoLocalToIso(item.startsAt),
    endsAt: moroccoLocalToIso(item.endsAt),
    titleAr: item.titleAr || null,
    titleFr: item.titleFr || null,
    kind: item.kind,
    speakers: (item.speakers ?? []).map((speaker: Record<string, any>) => ({ role: speaker.role, name: speaker.name ?? null })),
  }));

const attendanceInput = (attendance: Array<Record<string, any>> | null | undefined) =>
  (attendance ?? []).map((row) => ({ category: row.category, gender: row.gender, count: row.count ?? null }));

/** A commitment's milestones as saveCommitment takes them: dates or null, weight 1 by default. */
const milestonesInput = (milestones: Array<Record<string, any>> | null | undefined) =>
  (milestones ?? []).map((milestone) => ({
    title: milestone.title ?? '',
    dueOn: milestone.dueOn || null,
    doneOn: milestone.doneOn || null,
    weight: milestone.weight ?? 1,
  }));

const EVENT_FIELDS = `id kind organizer status title titleAr titleFr description descriptionAr descriptionFr startsAt endsAt startsOn
  startsAtPrecision venue onlineUrl outcome published collectivity { id }
  agenda { id startsAt endsAt startsOn endsOn titleAr titleFr kind speakers { role name } }
  attendance { category gender count }`;

export const RESOURCES: Record<string, ResourceSpec> = {
  events: {
    list: 'events',
    one: 'event',
    fields: EVENT_FIELDS,
    filters: ['collectivityId', 'kind', 'organizer'],
    create: { mutation: 'createEvent', inputType: 'CreateEventInput' },
    // one write: the fields, the agenda and the attendance are stored together or not at all
    update: { mutation: 'saveEvent', inputType: 'SaveEventInput' },
    remove: 'deleteEvent',
    writable: ['kind', 'title', 'titleAr', 'titleFr', 'startsAt', 'endsAt', 'venue', 'onlineUrl', 'descriptionAr', 'descriptionFr', 'status', 'outcome'],
    updateParts: { agenda: agendaInput, attendance: attendanceInput },
  },
  proposals: {
    list: 'proposals',
    one: 'proposal',
    fields: 'id title body principle source status answer supportsCount published citizenSubmitted collectivity { id } commitment { id } mergedInto { id title }',
    filters: ['collectivityId', 'principle', 'status'],
    create: { mutation: 'createProposal', inputType: 'ProposalInput' },
    update: { mutation: 'updateProposal', inputType: 'ProposalInput' },
    remove: 'deleteProposal',
    writable: ['title', 'body', 'principle', 'source', 'supportsCount'],
  },
  organisations: {
    list: 'organisations',
    fields: 'id nameAr nameFr field partnerStatus contactEmail contactPhone published collectivity { id }',
    filters: ['collectivityId', 'q'],
    create: { mutation: 'createOrganisation', inputType: 'OrganisationInput' },
    update: { mutation: 'updateOrganisation', inputType: 'OrganisationInput' },
    remove: 'deleteOrganisation',
    writable: ['nameAr', 'nameFr', 'field', 'contactEmail', 'contactPhone', 'partnerStatus'],
  },
  actionPrograms: {
    list: 'actionPrograms',
    one: 'actionProgram',
    fields: 'id title titleAr titleFr status adoptedOn councilSession periodStart periodEnd published collectivity { id } commitments { id title completion progress }',
    filters: ['collectivityId', 'status'],
    create: { mutation: 'createActionProgram', inputType: 'ActionProgramInput' },
    update: { mutation: 'updateActionProgram', inputType: 'ActionProgramInput' },
    remove: 'deleteActionProgram',
    writable: ['titleAr', 'titleFr', 'periodStart', 'periodEnd'],
  },
  commitments: {
    list: 'commitments',
    one: 'commitment',
    fields: `id title titleAr titleFr problem statusQuo action contribution principles leadUnit partners startsOn endsOn completion progress published
      collectivity { id } program { id title } milestones { id title dueOn doneOn weight } indicators { id title unit baseline target distanceToTarget latest { value measuredOn } }`,
    filters: ['collectivityId', 'programId', 'principle', 'completion'],
    // one write: the fields and the milestones are stored together or not at all
    update: { mutation: 'saveCommitment', inputType: 'SaveCommitmentInput' },
    remove: 'deleteCommitment',
    writable: ['titleAr', 'titleFr', 'problem', 'statusQuo', 'action', 'contribution', 'principles', 'leadUnit', 'partners', 'startsOn', 'endsOn', 'completion'],
    updateParts: { milestones: milestonesInput },
  },
  libraryEntries: {
    list: 'libraryEntries',
    one: 'libraryEntry',
    fields: `id kind status published title titleAr titleFr summaryAr summaryFr bodyAr bodyFr principles links { url label } isIllustrative
      declineReason proposedAt publishedAt createdAt updatedAt collectivity { id } proposedBy { id } commitments { id title }`,
    filters: ['q', 'kind', 'principle', 'collectivityId', 'status'],
    create: { mutation: 'createLibraryEntry', inputType: 'LibraryEntryInput' },
    update: { mutation: 'updateLibraryEntry', inputType: 'LibraryEntryInput' },
    remove: 'deleteLibraryEntry',
    writable: ['kind', 'titleAr', 'titleFr', 'summaryAr', 'summaryFr', 'bodyAr', 'bodyFr', 'principles', 'links', 'collectivityId'],
  },
  collectivities: {
    list: 'collectivities',
    one: 'collectivity',
    fields: 'id kind code nameAr nameFr isFictional parent { id nameFr } membership { joinedOn status } profile { focalPointName contactEmail }',
    filters: ['kind', 'q'],
    create: { mutation: 'createCollectivity', inputType: 'CreateCollectivityInput' },
    update: { mutation: 'updateCollectivity', inputType: 'UpdateCollectivityInput' },
    writable: ['kind', 'nameAr', 'nameFr', 'code'],
  },
  accounts: {
    list: 'accounts',
    fields: 'id email displayName role active lastLoginAt createdAt collectivity { id nameFr }',
    filters: ['collectivityId', 'role'],
    create: { mutation: 'createAccount', inputType: 'CreateAccountInput' },
    writable: ['email', 'displayName', 'password', 'role', 'collectivityId'],
  },
  cohorts: {
    list: 'cohorts',
    one: 'cohort',
    fields: 'id label labelAr labelFr period memberCount progress { step count } training { trainedCount untrainedCount }',
    filters: ['q'],
    create: { mutation: 'createCohort', inputType: 'CohortInput' },
    update: { mutation: 'updateCohort', inputType: 'UpdateCohortInput' },
    remove: 'deleteCohort',
    writable: ['labelAr', 'labelFr', 'period'],
  },
  auditLog: {
    list: 'auditLog',
    fields: 'id occurredAt service actorRole entity entityId action collectivityId',
    filters: ['collectivityId', 'entity'],
    writable: [],
  },
};

function specOf(resource: string): ResourceSpec {
  const spec = RESOURCES[resource];
  if (!spec) throw new Error(`Unknown resource ${resource}`);
  return spec;
}

/** Fields holding an instant, typed in the console as Morocco's wall clock. */
const INSTANTS = new Set(['startsAt', 'endsAt']);

function pick(data: Record<string, unknown>, keys: string[], previous?: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in data)) continue;
    const value = INSTANTS.has(key) ? moroccoLocalToIso(data[key]) : data[key] === '' ? null : data[key];
    if (previous && JSON.stringify(INSTANTS.has(key) ? moroccoLocalToIso(previous[key]) : previous[key]) === JSON.stringify(value)) continue;
    out[key] = value;
  }
  return out;
}

function filterOf(spec: ResourceSpec, filter: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const key of spec.filters) {
    if (filter[key] === undefined || filter[key] === '') continue;
    out[key === 'q' ? 'search' : key] = filter[key];
  }
  return out;
}

const filterType: Record<string, string> = {
  events: 'EventFilter',
  proposals: 'ProposalFilter',
  organisations: 'OrganisationFilter',
  actionPrograms: 'ActionProgramFilter',
  commitments: 'CommitmentFilter',
  libraryEntries: 'LibraryEntryFilter',
  collectivities: 'CollectivityFilter',
  accounts: 'AccountFilter',
  cohorts: 'CohortFilter',
  auditLog: 'AuditLogFilter',
};

/** A data provider over this graph's `{ totalCount nodes }` lists and its named mutations; no introspection. */
export const dataProvider: DataProvider = {
  async getList(resource, params) {
    const spec = specOf(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const data = await graphql(
      `query ($filter: ${filterType[resource]}, $first: Int, $offset: Int) { result: ${spec.list}(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ${spec.fields} } } }`,
      { filter: filterOf(spec, params.filter ?? {}), first: Math.min(perPage, 100), offset: (page - 1) * perPage },
    );
    return { data: data.result.nodes, total: data.result.totalCount };
  },

  async getOne(resource, params) {
    const spec = specOf(resource);
    if (!spec.one) {
      const list = await dataProvider.getList(resource, { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
      const record = list.data.find((row) => row.id === params.id);
      if (!record) throw new Error('Not found');
      return { data: record as any };
    }
    const data = await graphql(`query ($id: ID!) { result: ${spec.one}(id: $id) { ${spec.fields} } }`, { id: params.id });
    if (!data.result) throw new Error('Not found');
    return { data: data.result };
  },

  async getMany(resource, params) {
    const records = await Promise.all(params.ids.map((id) => dataProvider.getOne(resource, { id }).then((result) => result.data).catch(() => null)));
    return { data: records.filter(Boolean) as any[] };
  },

  async getManyReference(resource, params) {
    return dataProvider.getList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }) as any;
  },

  async create(resource, params) {
    const spec = specOf(resource);
    if (!spec.create) throw new Error(`${resource} cannot be created here`);
    const data = await graphql(
      `mutation ($input: ${spec.create.inputType}!) { result: ${spec.create.mutation}(input: $input) { ${spec.fields} } }`,
      { input: pick(params.data, spec.writable) },
    );
    return { data: data.result };
  },

  async update(resource, params) {
    const spec = specOf(resource);
    if (!spec.update) throw new Error(`${resource} cannot be edited here`);
    const input = pick(params.data, spec.writable, params.previousData);
    for (const [key, toInput] of Object.entries(spec.updateParts ?? {})) {
      if (!(key in params.data)) continue;
      const value = toInput(params.data[key]);
      if (JSON.stringify(value) !== JSON.stringify(toInput(params.previousData?.[key]))) input[key] = value;
    }
    await graphql(`mutation ($id: ID!, $input: ${spec.update.inputType}!) { result: ${spec.update.mutation}(id: $id, input: $input) { id } }`, {
      id: params.id,
      input,
    });
    return dataProvider.getOne(resource, { id: params.id });
  },

  async updateMany(resource, params) {
    for (const id of params.ids) await dataProvider.update(resource, { id, data: params.data, previousData: {} as any });
    return { data: params.ids };
  },

  async delete(resource, params) {
    const spec = specOf(resource);
    if (!spec.remove) throw new Error(`${resource} cannot be deleted here`);
    await graphql(`mutation ($id: ID!) { ${spec.remove}(id: $id) }`, { id: params.id });
    return { data: params.previousData as any };
  },

  async deleteMany(resource, params) {
    for (const id of params.ids) await dataProvider.delete(resource, { id, previousData: { id } as any });
    return { data: params.ids };
  },
};
