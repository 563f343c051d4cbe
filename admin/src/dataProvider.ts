import type {
  CreateParams,
  CreateResult,
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  Identifier,
  RaRecord,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import * as ops from './generated/operations';
import type { TypedDocumentString } from './generated/operations';
import { graphql } from './graphql';
import { moroccoLocalToIso } from './time';

/**
 * One resource as its typed documents (in the resource folder's .graphql, generated into generated/operations.ts):
 * a list `{ totalCount nodes }` and a single record of the resource's fragment, its writes, and which filter and input
 * keys the forms may send. A field renamed in the graph fails `npm run generate` (the documents are validated) or, once
 * the documents follow, the typecheck of every place that reads it.
 */
interface ResourceSpec<Row extends { id: string }, Filter, CreateInput, UpdateInput> {
  list: TypedDocumentString<{ result: { totalCount: number; nodes: Row[] } }, { filter?: Filter | null; first?: number | null; offset?: number | null }>;
  /** No single-record field (organisations, accounts): the record is read from the list. */
  one?: TypedDocumentString<{ result: Row | null }, { id: Identifier }>;
  create?: TypedDocumentString<{ result: Row }, { input: CreateInput }>;
  update?: TypedDocumentString<{ result: { id: string } }, { id: Identifier; input: UpdateInput }>;
  remove?: TypedDocumentString<{ result: boolean }, { id: Identifier }>;
  /** Which filter keys the list accepts; `q` maps to `search` where the graph has one. */
  filters: ReadonlyArray<FilterKey<Filter>>;
  /** Fields of the record that the create/update input accepts. */
  writable: ReadonlyArray<keyof CreateInput | keyof UpdateInput>;
  /**
   * Lists the update input takes whole, in the same write, when they changed (an event's agenda and attendance, a
   * commitment's milestones): a form is saved by one mutation, all of it or nothing.
   */
  updateParts?: { [K in keyof UpdateInput]?: (value: unknown) => unknown };
}

/** A filter's keys as react-admin's filter form names them: the graph's `search` is the list's `q`. */
type FilterKey<Filter> = Exclude<keyof Filter, 'search'> | ('search' extends keyof Filter ? 'q' : never);

/** What the generic data provider sees of a resource: its reads and writes, over react-admin's untyped records. */
interface Resource {
  list(filter: Record<string, unknown>, first: number, offset: number): Promise<{ totalCount: number; nodes: RaRecord[] }>;
  one?: (id: Identifier) => Promise<RaRecord | null>;
  create?: (input: Record<string, unknown>) => Promise<RaRecord>;
  update?: (id: Identifier, input: Record<string, unknown>) => Promise<void>;
  remove?: (id: Identifier) => Promise<void>;
  filters: readonly string[];
  writable: readonly string[];
  updateParts: Partial<Record<string, (value: unknown) => unknown>>;
  /** Keys a create sends beside its input (a commitment's programme), as variables of their own. */
  createWith?: readonly string[];
  /** The record as the forms read it, from the row the graph gives (a commitment's axis as `axisId`). */
  read?: (row: RaRecord) => RaRecord;
  /** The most rows one page asks for, under the graph's cost limit for the resource's fragment (100 unless said). */
  maxPerPage?: number;
}

/**
 * A resource from its typed documents. The form's values reach the graph as the form holds them: the input's keys are
 * checked here (`writable`), its values by the graph, which refuses a wrong one at its field.
 */
function resource<Row extends { id: string }, Filter, CreateInput = Record<never, never>, UpdateInput = Record<never, never>>(
  spec: ResourceSpec<Row, Filter, CreateInput, UpdateInput>,
): Resource {
  const { list, one, create, update, remove } = spec;
  return {
    list: async (filter, first, offset) => (await graphql(list, { filter: filter as Filter, first, offset })).result,
    one: one && (async (id) => (await graphql(one, { id })).result),
    create: create && (async (input) => (await graphql(create, { input: input as CreateInput })).result),
    update: update && (async (id, input) => void (await graphql(update, { id, input: input as UpdateInput }))),
    remove: remove && (async (id) => void (await graphql(remove, { id }))),
    filters: spec.filters as readonly string[],
    writable: spec.writable as readonly string[],
    updateParts: (spec.updateParts ?? {}) as Partial<Record<string, (value: unknown) => unknown>>,
  };
}

/** A form's list rows: the record's rows as the fragment read them, edited (a new row lacks what the graph adds). */
type FormRows<Row> = Array<Partial<Row>> | null | undefined;

type AgendaRow = ops.ConsoleEventFieldsFragment['agenda'][number];

/** An event's agenda as saveEvent takes it: instants with their zone, titles null when empty. */
const agendaInput = (agenda: unknown) =>
  ((agenda ?? []) as NonNullable<FormRows<AgendaRow>>).map((item) => ({
    startsAt: moroccoLocalToIso(item.startsAt),
    endsAt: moroccoLocalToIso(item.endsAt),
    titleAr: item.titleAr || null,
    titleFr: item.titleFr || null,
    kind: item.kind,
    speakers: (item.speakers ?? []).map((speaker) => ({ role: speaker.role, name: speaker.name ?? null })),
  }));

const attendanceInput = (attendance: unknown) =>
  ((attendance ?? []) as NonNullable<FormRows<ops.ConsoleEventFieldsFragment['attendance'][number]>>).map((row) => ({
    category: row.category,
    gender: row.gender,
    count: row.count ?? null,
  }));

/** A commitment's milestones as saveCommitment takes them: dates or null, weight 1 by default. */
const milestonesInput = (milestones: unknown) =>
  ((milestones ?? []) as NonNullable<FormRows<ops.ConsoleCommitmentFieldsFragment['milestones'][number]>>).map((milestone) => ({
    title: milestone.title ?? '',
    startsOn: milestone.startsOn || null,
    dueOn: milestone.dueOn || null,
    deliverable: milestone.deliverable || null,
    evidence: milestone.evidence || null,
    doneOn: milestone.doneOn || null,
    weight: milestone.weight ?? 1,
  }));

/** A commitment's lists and contact as the graph takes them: only the keys of its inputs, blanks as null. */
const relevanceInput = (relevance: unknown) =>
  ((relevance ?? []) as Array<{ principle?: string; text?: string }>).map((row) => ({ principle: row.principle, text: row.text ?? '' }));
const supportingActorsInput = (actors: unknown) =>
  ((actors ?? []) as Array<{ kind?: string; name?: string }>).map((row) => ({ kind: row.kind, name: row.name ?? '' }));
/** No contact and an emptied one read alike (all null: clears it), so an untouched form sends none. */
const contactInput = (contact: unknown) => {
  const { name, role, email, phone } = (contact && typeof contact === 'object' ? contact : {}) as Record<string, string | null | undefined>;
  return { name: name || null, role: role || null, email: email || null, phone: phone || null };
};
const partnersInput = (partners: unknown) =>
  ((partners ?? []) as Array<string | null>).map((name) => (name ?? '').trim()).filter((name) => name !== '');

const commitmentParts = { relevance: relevanceInput, supportingActors: supportingActorsInput, contact: contactInput, partners: partnersInput };

const commitmentResource = resource({
  list: ops.ConsoleCommitmentsDocument,
  one: ops.ConsoleCommitmentDocument,
  // one write: the fields and the milestones are stored together or not at all
  update: ops.ConsoleSaveCommitmentDocument,
  remove: ops.ConsoleDeleteCommitmentDocument,
  filters: ['collectivityId', 'programId', 'principle', 'completion'],
  writable: [
    'titleAr', 'titleFr', 'problem', 'statusQuo', 'action', 'contribution', 'objective', 'causes', 'relevance', 'contact', 'supportingActors',
    'principles', 'leadUnit', 'partners', 'startsOn', 'endsOn', 'axisId', 'completion',
  ],
  updateParts: { milestones: milestonesInput, ...commitmentParts },
});

export const RESOURCES: Record<string, Resource> = {
  events: resource({
    list: ops.ConsoleEventsDocument,
    one: ops.ConsoleEventDocument,
    create: ops.ConsoleCreateEventDocument,
    // one write: the fields, the agenda and the attendance are stored together or not at all
    update: ops.ConsoleSaveEventDocument,
    remove: ops.ConsoleDeleteEventDocument,
    filters: ['collectivityId', 'kind', 'organizer'],
    writable: ['kind', 'title', 'titleAr', 'titleFr', 'startsAt', 'endsAt', 'venue', 'onlineUrl', 'descriptionAr', 'descriptionFr', 'status', 'outcome'],
    updateParts: { agenda: agendaInput, attendance: attendanceInput },
  }),
  proposals: resource({
    list: ops.ConsoleProposalsDocument,
    one: ops.ConsoleProposalDocument,
    create: ops.ConsoleCreateProposalDocument,
    update: ops.ConsoleUpdateProposalDocument,
    remove: ops.ConsoleDeleteProposalDocument,
    filters: ['collectivityId', 'principle', 'status'],
    writable: ['title', 'body', 'principle', 'source', 'supportsCount'],
  }),
  organisations: resource({
    list: ops.ConsoleOrganisationsDocument,
    create: ops.ConsoleCreateOrganisationDocument,
    update: ops.ConsoleUpdateOrganisationDocument,
    remove: ops.ConsoleDeleteOrganisationDocument,
    filters: ['collectivityId', 'q'],
    writable: ['nameAr', 'nameFr', 'field', 'contactEmail', 'contactPhone', 'partnerStatus'],
  }),
  actionPrograms: resource({
    list: ops.ConsoleActionProgramsDocument,
    one: ops.ConsoleActionProgramDocument,
    create: ops.ConsoleCreateActionProgramDocument,
    update: ops.ConsoleUpdateActionProgramDocument,
    remove: ops.ConsoleDeleteActionProgramDocument,
    filters: ['collectivityId', 'status'],
    writable: ['titleAr', 'titleFr', 'periodStart', 'periodEnd'],
  }),
  commitments: {
    ...commitmentResource,
    // created in a programme (its own variable), with the template's fields; milestones are saved once it exists
    create: async ({ programId, ...input }) =>
      (await graphql(ops.ConsoleCreateCommitmentDocument, { programId: String(programId), input: input as ops.CommitmentInput })).result,
    createWith: ['programId'],
    // a commitment's fragment carries the whole template: 100 of them cost ~25,000, over the graph's limit of 20,000
    maxPerPage: 50,
    read: (row) => ({ ...row, axisId: (row.axis as { id: string } | null)?.id ?? null, programId: (row.program as { id: string } | null)?.id ?? null }),
  },
  libraryEntries: resource({
    list: ops.ConsoleLibraryEntriesDocument,
    one: ops.ConsoleLibraryEntryDocument,
    create: ops.ConsoleCreateLibraryEntryDocument,
    update: ops.ConsoleUpdateLibraryEntryDocument,
    remove: ops.ConsoleDeleteLibraryEntryDocument,
    filters: ['q', 'kind', 'principle', 'collectivityId', 'status'],
    writable: ['kind', 'titleAr', 'titleFr', 'summaryAr', 'summaryFr', 'bodyAr', 'bodyFr', 'principles', 'links', 'collectivityId'],
  }),
  collectivities: resource({
    list: ops.ConsoleCollectivitiesDocument,
    one: ops.ConsoleCollectivityDocument,
    create: ops.ConsoleCreateCollectivityDocument,
    update: ops.ConsoleUpdateCollectivityDocument,
    filters: ['kind', 'q'],
    writable: ['kind', 'nameAr', 'nameFr', 'code'],
  }),
  accounts: resource({
    list: ops.ConsoleAccountsDocument,
    create: ops.ConsoleCreateAccountDocument,
    filters: ['collectivityId', 'role'],
    writable: ['email', 'displayName', 'password', 'role', 'collectivityId'],
  }),
  cohorts: resource({
    list: ops.ConsoleCohortsDocument,
    one: ops.ConsoleCohortDocument,
    create: ops.ConsoleCreateCohortDocument,
    update: ops.ConsoleUpdateCohortDocument,
    remove: ops.ConsoleDeleteCohortDocument,
    filters: ['q'],
    writable: ['labelAr', 'labelFr', 'period'],
  }),
  // a key's secret comes back once, with the created key: the create page shows it and it is kept nowhere else;
  // a key is never deleted, it is revoked (and stays listed)
  apiKeys: {
    list: async (_filter, first, offset) => (await graphql(ops.ConsoleApiKeysDocument, { first, offset })).result,
    create: async (input) => {
      const { secret, apiKey } = (await graphql(ops.ConsoleCreateApiKeyDocument, { input: { name: String(input.name ?? ''), readOnly: Boolean(input.readOnly) } })).result;
      return { ...apiKey, secret };
    },
    remove: async (id) => void (await graphql(ops.ConsoleRevokeApiKeyDocument, { id })),
    filters: [],
    writable: ['name', 'readOnly'],
    updateParts: {},
  },
  auditLog: resource({
    list: ops.ConsoleAuditLogDocument,
    filters: ['collectivityId', 'entity'],
    writable: [],
  }),
};

function specOf(resource: string): Resource {
  const spec = RESOURCES[resource];
  if (!spec) throw new Error(`Unknown resource ${resource}`);
  return spec;
}

/** Fields holding an instant, typed in the console as Morocco's wall clock. */
const INSTANTS = new Set(['startsAt', 'endsAt']);

function pick(data: Record<string, unknown>, keys: readonly string[], previous?: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in data)) continue;
    const value = INSTANTS.has(key) ? moroccoLocalToIso(data[key]) : data[key] === '' ? null : data[key];
    if (previous && JSON.stringify(INSTANTS.has(key) ? moroccoLocalToIso(previous[key]) : previous[key]) === JSON.stringify(value)) continue;
    out[key] = value;
  }
  return out;
}

function filterOf(spec: Resource, filter: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const key of spec.filters) {
    if (filter[key] === undefined || filter[key] === '') continue;
    out[key === 'q' ? 'search' : key] = filter[key];
  }
  return out;
}

/**
 * A data provider over this graph's `{ totalCount nodes }` lists and its named mutations, each resource's typed
 * documents; no introspection.
 */
export const dataProvider: DataProvider = {
  async getList<R extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> {
    const spec = specOf(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const result = await spec.list(filterOf(spec, params.filter ?? {}), Math.min(perPage, spec.maxPerPage ?? 100), (page - 1) * perPage);
    return { data: (spec.read ? result.nodes.map(spec.read) : result.nodes) as R[], total: result.totalCount };
  },

  async getOne<R extends RaRecord>(resource: string, params: GetOneParams<R>): Promise<GetOneResult<R>> {
    const spec = specOf(resource);
    if (!spec.one) {
      const list = await dataProvider.getList<R>(resource, { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
      const record = list.data.find((row) => row.id === params.id);
      if (!record) throw new Error('Not found');
      return { data: record };
    }
    const record = await spec.one(params.id);
    if (!record) throw new Error('Not found');
    return { data: (spec.read ? spec.read(record) : record) as R };
  },

  async getMany<R extends RaRecord>(resource: string, params: GetManyParams<R>): Promise<GetManyResult<R>> {
    const records = await Promise.all(params.ids.map((id) => dataProvider.getOne<R>(resource, { id }).then((result) => result.data).catch(() => null)));
    return { data: records.filter((record): record is Awaited<R> => Boolean(record)) };
  },

  async getManyReference<R extends RaRecord>(resource: string, params: GetManyReferenceParams): Promise<GetManyReferenceResult<R>> {
    return dataProvider.getList<R>(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } });
  },

  async create<R extends Omit<RaRecord, 'id'>, Created extends RaRecord = R & { id: Identifier }>(resource: string, params: CreateParams): Promise<CreateResult<Created>> {
    const spec = specOf(resource);
    if (!spec.create) throw new Error(`${resource} cannot be created here`);
    const input = pick(params.data, [...spec.writable, ...(spec.createWith ?? [])]);
    for (const [key, toInput] of Object.entries(spec.updateParts)) if (toInput && key in input) input[key] = toInput(params.data[key]);
    const created = await spec.create(input);
    return { data: (spec.read ? spec.read(created) : created) as Created };
  },

  async update<R extends RaRecord>(resource: string, params: UpdateParams): Promise<UpdateResult<R>> {
    const spec = specOf(resource);
    if (!spec.update) throw new Error(`${resource} cannot be edited here`);
    const input = pick(params.data, spec.writable, params.previousData);
    for (const [key, toInput] of Object.entries(spec.updateParts)) {
      if (!toInput || !(key in params.data)) continue;
      const value = toInput(params.data[key]);
      if (JSON.stringify(value) !== JSON.stringify(toInput(params.previousData?.[key]))) input[key] = value;
    }
    await spec.update(params.id, input);
    return dataProvider.getOne<R>(resource, { id: params.id });
  },

  async updateMany(resource, params) {
    for (const id of params.ids) await dataProvider.update(resource, { id, data: params.data, previousData: {} });
    return { data: params.ids };
  },

  async delete<R extends RaRecord>(resource: string, params: DeleteParams<R>): Promise<DeleteResult<R>> {
    const spec = specOf(resource);
    if (!spec.remove) throw new Error(`${resource} cannot be deleted here`);
    await spec.remove(params.id);
    return { data: params.previousData as R };
  },

  async deleteMany(resource, params) {
    for (const id of params.ids) await dataProvider.delete<RaRecord>(resource, { id, previousData: { id } });
    return { data: params.ids };
  },
};

/**
 * What an amendment changes of a commitment: the form's fields that differ from the record, as the graph takes them
 * (`changes`), and the whole new list of milestones when it differs (else null).
 */
export function commitmentChanges(data: Record<string, unknown>, previous: Record<string, unknown>) {
  const spec = specOf('commitments');
  const changes = pick(data, spec.writable, previous);
  for (const [key, toInput] of Object.entries(commitmentParts)) {
    if (!(key in changes)) continue;
    if (JSON.stringify(toInput(data[key])) === JSON.stringify(toInput(previous[key]))) delete changes[key];
    else changes[key] = toInput(data[key]);
  }
  const milestones = milestonesInput(data.milestones);
  return { changes, milestones: JSON.stringify(milestones) === JSON.stringify(milestonesInput(previous.milestones)) ? null : milestones };
}
