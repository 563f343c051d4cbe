import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildSchema, getNamedType, getNullableType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { DemoIds } from '@infitah/demo-data';
import { operationArbitrary, rootFields, type FuzzOperation } from './generator';

/**
 * The schema-driven fuzzer: every root Query and Mutation field, as every kind of caller, with valid and
 * invalid arguments and random selection sets, through the gateway. It records a finding when an answer
 * carries INTERNAL_SERVER_ERROR (or no code at all), a 5xx status, a stack trace, or a record of another
 * tenant (recognised by unpublished marker records seeded under unique titles before the run), and checks
 * afterwards that every process still answers and that the markers are intact and still hidden.
 */

export type Actor = 'anonymous' | 'editorA' | 'adminA' | 'adminB' | 'network';
export const ACTORS: Actor[] = ['anonymous', 'editorA', 'adminA', 'adminB', 'network'];
type Tenant = 'A' | 'B' | 'N';

/** What a marker-holding actor belongs to; anonymous belongs to none. */
const TENANT_OF: Record<Actor, Tenant | null> = { anonymous: null, editorA: 'A', adminA: 'A', adminB: 'B', network: 'N' };

/** Marker texts an actor must never read. The network reads every tenant's. */
export function forbiddenTenants(actor: Actor): Tenant[] {
  if (actor === 'network') return [];
  const own = TENANT_OF[actor];
  return (['A', 'B', 'N'] as Tenant[]).filter((tenant) => tenant !== own);
}

export const DEMO_ACCOUNTS: Record<Exclude<Actor, 'anonymous'>, string> = {
  editorA: 'editor@tamazgana.infitah.test',
  adminA: 'admin@tamazgana.infitah.test',
  adminB: 'admin@demo-commune.infitah.test',
  network: 'network@infitah.test',
};
export const DEMO_PASSWORD = 'infitah-demo';

export interface GraphQLAnswer {
  status: number;
  text: string;
  body: { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }> } | null;
  ms: number;
}

export interface FuzzTarget {
  /** The gateway's base address, without /graphql. */
  gatewayUrl: string;
  tokens: Record<Actor, string | null>;
  /** Extra liveness checks after the run (e.g. that no subgraph process was restarted). */
  extraHealth?: () => Promise<string[]>;
}

export async function postGraphQL(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  token: string | null,
  timeoutMs = 20_000,
): Promise<GraphQLAnswer> {
  const started = Date.now();
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return readAnswer(response, started);
}

/** An HTTP answer as the fuzzer inspects it: its text, its JSON body when it is JSON, and how long it took since `started`. */
export async function readAnswer(response: Response, started: number): Promise<GraphQLAnswer> {
  const text = await response.text();
  let body: GraphQLAnswer['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, text, body, ms: Date.now() - started };
}

export async function signIn(gatewayUrl: string): Promise<Record<Actor, string | null>> {
  const tokens = { anonymous: null } as Record<Actor, string | null>;
  for (const [actor, email] of Object.entries(DEMO_ACCOUNTS) as Array<[Actor, string]>) {
    const answer = await postGraphQL(
      gatewayUrl,
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password: DEMO_PASSWORD },
      null,
    );
    const token = answer.body?.data?.login?.token;
    if (!token) throw new Error(`login of ${email} failed: ${answer.text.slice(0, 300)}`);
    tokens[actor] = token;
  }
  return tokens;
}

/** The public schema the fuzzer draws from: the gateway's generated `schema.graphql`. */
export function loadPublicSchema(): GraphQLSchema {
  return buildSchema(readFileSync(require.resolve('@infitah/gateway/schema.graphql'), 'utf8'));
}

export interface Marker {
  tenant: Tenant;
  kind: string;
  id: string;
  text: string;
}

export interface Fixtures {
  markers: Marker[];
  /** Ids the fuzzer must not hand to an actor's writes: its own markers (and their parents) and the actors' accounts. */
  protectedIds: Record<Actor, Set<string>>;
  /** Every id the operations may name. */
  ids: string[];
}

const UUID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

async function must(gatewayUrl: string, token: string | null, query: string, variables: Record<string, unknown>, path: string): Promise<any> {
  const answer = await postGraphQL(gatewayUrl, query, variables, token);
  const value = path.split('.').reduce((node: any, key) => node?.[key], answer.body?.data);
  if (answer.body?.errors?.length || value === undefined || value === null) {
    throw new Error(`fixture ${path} failed: ${answer.text.slice(0, 500)}`);
  }
  return value;
}

/**
 * One unpublished marker record of each kind per tenant, titled `SECRET-<tenant>-<random>`, created through
 * the API as the tenant would; and the ids the operations draw from (demo records, markers, and whatever
 * the network can list).
 */
export async function prepareFixtures(gatewayUrl: string, tokens: Record<Actor, string | null>, schema: GraphQLSchema): Promise<Fixtures> {
  const markers: Marker[] = [];
  const runId = randomBytes(4).toString('hex');
  const text = (tenant: Tenant, kind: string) => `SECRET-${tenant}-${kind}-${runId}`;
  const startsAt = '2031-05-04T10:00:00+01:00';
  const parents: Record<Tenant, string[]> = { A: [], B: [], N: [] };

  for (const [tenant, actor] of [
    ['A', 'adminA'],
    ['B', 'adminB'],
  ] as Array<[Tenant, Actor]>) {
    const token = tokens[actor];
    const event = await must(
      gatewayUrl,
      token,
      'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      { input: { kind: 'COMMITTEE_MEETING', title: text(tenant, 'event'), startsAt, venue: text(tenant, 'venue') } },
      'createEvent.id',
    );
    markers.push({ tenant, kind: 'event', id: event, text: text(tenant, 'event') });
    const proposal = await must(
      gatewayUrl,
      token,
      'mutation ($input: ProposalInput!) { createProposal(input: $input) { id } }',
      { input: { title: text(tenant, 'proposal'), body: text(tenant, 'proposal-body'), principle: 'TRANSPARENCY', source: 'EVENT' } },
      'createProposal.id',
    );
    markers.push({ tenant, kind: 'proposal', id: proposal, text: text(tenant, 'proposal') });
    const organisation = await must(
      gatewayUrl,
      token,
      'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { nameFr: text(tenant, 'organisation') } },
      'createOrganisation.id',
    );
    markers.push({ tenant, kind: 'organisation', id: organisation, text: text(tenant, 'organisation') });
    // under the tenant's demo programme: a second open programme would overlap it
    const program = tenant === 'A' ? DemoIds.programs.tamazgana : DemoIds.programs.demoCommune;
    parents[tenant].push(program);
    // an adopted programme takes new commitments only once stepped back (with a reason), as its admin would
    const status = await must(gatewayUrl, token, 'query ($id: ID!) { actionProgram(id: $id) { status } }', { id: program }, 'actionProgram.status');
    if (status !== 'CO_CREATION' && status !== 'CONSULTATION') {
      await must(
        gatewayUrl,
        token,
        'mutation ($id: ID!) { setProgramStatus(id: $id, input: { status: CONSULTATION, reason: "Fuzzing: a draft commitment is added" }) { status } }',
        { id: program },
        'setProgramStatus.status',
      );
    }
    const commitment = await must(
      gatewayUrl,
      token,
      'mutation ($programId: ID!, $input: CommitmentInput!) { createCommitment(programId: $programId, input: $input) { id } }',
      { programId: program, input: { titleFr: text(tenant, 'commitment'), principles: ['TRANSPARENCY'] } },
      'createCommitment.id',
    );
    markers.push({ tenant, kind: 'commitment', id: commitment, text: text(tenant, 'commitment') });
  }

  const networkEvent = await must(
    gatewayUrl,
    tokens.network,
    'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    { input: { kind: 'TRAINING', title: text('N', 'event'), startsAt } },
    'createEvent.id',
  );
  markers.push({ tenant: 'N', kind: 'event', id: networkEvent, text: text('N', 'event') });
  const libraryEntry = await must(
    gatewayUrl,
    tokens.network,
    'mutation ($input: LibraryEntryInput!) { createLibraryEntry(input: $input) { id } }',
    { input: { kind: 'METHOD', titleFr: text('N', 'library'), summaryFr: text('N', 'library-summary') } },
    'createLibraryEntry.id',
  );
  markers.push({ tenant: 'N', kind: 'library', id: libraryEntry, text: text('N', 'library') });

  const ids = new Set<string>();
  const addIds = (value: unknown) => {
    if (typeof value === 'string') ids.add(value);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) addIds(item);
  };
  addIds(DemoIds);
  ids.delete(DemoIds.network);
  for (const marker of markers) ids.add(marker.id);
  // whatever the network and each commune can list: ids of child records (agenda items, milestones, …) included
  for (const actor of ['network', 'adminA', 'adminB'] as Actor[]) {
    for (const probe of probeQueries(schema)) {
      const [answer] = await probePages(gatewayUrl, probe, tokens[actor], 1);
      const errors = answer.body?.errors ?? [];
      // a list kept from this actor (the network's failedDeliveries) gives no ids; any other refusal is a fault
      if (errors.length && errors.every((error: { extensions?: { code?: string } }) => error.extensions?.code === 'FORBIDDEN')) continue;
      if (errors.length) throw new Error(`probe refused for ${actor}: ${probe}\n${answer.text.slice(0, 500)}`);
      for (const id of (answer.text.match(UUID_PATTERN) ?? []).slice(0, 60)) ids.add(id.toLowerCase());
    }
  }

  const accounts = Object.values(DemoIds.accounts) as string[];
  const own = (tenant: Tenant) => markers.filter((marker) => marker.tenant === tenant).map((marker) => marker.id).concat(parents[tenant]);
  const protectedIds: Record<Actor, Set<string>> = {
    anonymous: new Set(),
    editorA: new Set([...own('A'), DemoIds.accounts.tamazganaAdmin, DemoIds.accounts.tamazganaEditor]),
    adminA: new Set([...own('A'), DemoIds.accounts.tamazganaAdmin, DemoIds.accounts.tamazganaEditor]),
    adminB: new Set([...own('B'), DemoIds.accounts.demoCommuneAdmin]),
    network: new Set([...own('N'), ...accounts]),
  };
  return { markers, protectedIds, ids: [...ids] };
}

const PROBE_PAGE = 50;

/** Every page of one probe, up to `maxPages`. */
async function probePages(gatewayUrl: string, query: string, token: string | null, maxPages = 20): Promise<GraphQLAnswer[]> {
  const answers: GraphQLAnswer[] = [];
  const byCursor = query.includes('$after');
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const answer = await postGraphQL(gatewayUrl, query, byCursor ? { after } : { offset: page * PROBE_PAGE }, token);
    answers.push(answer);
    const list = answer.body?.data?.list;
    if (byCursor) {
      if (!list?.pageInfo?.hasNextPage) break;
      after = list.pageInfo.endCursor;
      continue;
    }
    const total = list?.totalCount;
    if (typeof total !== 'number' || (page + 1) * PROBE_PAGE >= total) break;
  }
  return answers;
}

/**
 * One query per connection of the root Query type (pages of 50) with every leaf field of its nodes,
 * and of the single objects they point to `depth - 1` levels down: what a leak would show. Nested lists
 * are left out so that each probe stays within the gateway's cost limit.
 */
export function probeQueries(schema: GraphQLSchema, depth = 2): string[] {
  const selection = (typeName: string, levels: number): string => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return '';
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined)) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) parts.push(field.name);
      else if (levels > 0 && isObjectType(named) && !isListType(getNullableType(field.type)) && !('nodes' in named.getFields())) {
        const inner = selection(named.name, levels - 1);
        if (inner) parts.push(`${field.name} ${inner}`);
      }
    }
    return parts.length ? `{ ${parts.join(' ')} }` : '';
  };
  const queries: string[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const named = getNamedType(field.type);
    if (!isObjectType(named) || !('nodes' in named.getFields())) continue;
    if (field.args.some((argument) => isNonNullType(argument.type))) continue;
    const nodeType = getNamedType(named.getFields().nodes.type).name;
    const nodes = `nodes ${selection(nodeType, depth - 1)}`;
    // a list with a cursor is paged by it (deletions are read only that way); the others by offset
    queries.push(
      field.args.some((argument) => argument.name === 'after') && 'pageInfo' in named.getFields()
        ? `query ($after: String) { list: ${field.name}(first: ${PROBE_PAGE}, after: $after) { totalCount pageInfo { endCursor hasNextPage } ${nodes} } }`
        : `query ($offset: Int) { list: ${field.name}(first: ${PROBE_PAGE}, offset: $offset) { totalCount ${nodes} } }`,
    );
  }
  return queries;
}

export interface Finding {
  kind: 'INTERNAL_SERVER_ERROR' | 'NO_CODE' | 'HTTP_5XX' | 'STACK_TRACE' | 'LEAK' | 'TIMEOUT' | 'NOT_JSON' | 'UNHEALTHY' | 'MARKER_CHANGED';
  actor: Actor | '-';
  field: string;
  detail: string;
  query?: string;
  variables?: Record<string, unknown>;
}

const STACK = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|\/dist\/[\w/.-]+\.js|QueryFailedError|TypeORMError/;

/** What is wrong with one answer, if anything. */
export function inspectAnswer(actor: Actor, operation: FuzzOperation, answer: GraphQLAnswer, markers: Marker[]): Finding[] {
  const findings: Finding[] = [];
  const base = { actor, field: operation.field, query: operation.query, variables: operation.variables };
  if (answer.status >= 500) findings.push({ ...base, kind: 'HTTP_5XX', detail: `status ${answer.status}: ${answer.text.slice(0, 300)}` });
  if (!answer.body) {
    findings.push({ ...base, kind: 'NOT_JSON', detail: `status ${answer.status}: ${answer.text.slice(0, 300)}` });
    return findings;
  }
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (!code) findings.push({ ...base, kind: 'NO_CODE', detail: error.message });
    else if (code === 'INTERNAL_SERVER_ERROR') findings.push({ ...base, kind: 'INTERNAL_SERVER_ERROR', detail: `${error.message} at ${JSON.stringify(error.path ?? [])}` });
  }
  if (STACK.test(answer.text)) findings.push({ ...base, kind: 'STACK_TRACE', detail: answer.text.match(STACK)![0] });
  const forbidden = forbiddenTenants(actor);
  for (const marker of markers) {
    if (forbidden.includes(marker.tenant) && answer.text.includes(marker.text)) {
      findings.push({ ...base, kind: 'LEAK', detail: `${actor} read ${marker.tenant}'s unpublished ${marker.kind} ${marker.id}` });
    }
  }
  return findings;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  rounds: number;
  fields: number;
  durationMs: number;
  /** Answers by their first error code (`ok` without errors). */
  outcomes: Record<string, number>;
  findings: Finding[];
  /** The slowest answers: field, actor and milliseconds. */
  slowest: Array<{ field: string; actor: Actor; ms: number }>;
}

export interface FuzzOptions {
  seed: number;
  /** Operations per (root field, actor) pair and round. */
  perPair?: number;
  /** Rounds over every pair; the run also stops at the time limit, whichever comes first. */
  rounds?: number;
  timeLimitMs?: number;
  /** Root fields to leave out, e.g. `Mutation.login` (its throttle is tested elsewhere). */
  skip?: string[];
  log?: (line: string) => void;
}

/** A deterministic shuffle of the (field, actor) pairs for one round. */
function shuffled<T>(items: T[], seed: number): T[] {
  return fc.sample(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), { seed, numRuns: 1 })[0];
}

export async function runFuzz(target: FuzzTarget, fixtures: Fixtures, schema: GraphQLSchema, options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const deadline = options.timeLimitMs ? started + options.timeLimitMs : Number.POSITIVE_INFINITY;
  const perPair = options.perPair ?? 1;
  const maxRounds = options.rounds ?? (options.timeLimitMs ? Number.POSITIVE_INFINITY : 1);
  const fields = rootFields(schema).filter(({ operation, field }) => !options.skip?.includes(`${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`));
  const arbitraries = new Map<string, fc.Arbitrary<FuzzOperation>>();
  for (const actor of ACTORS) {
    const ids = fixtures.ids.filter((id) => !fixtures.protectedIds[actor].has(id));
    for (const { operation, field } of fields) arbitraries.set(`${actor}|${operation}|${field.name}`, operationArbitrary(operation, field, { ids }));
  }
  const pairs = [...arbitraries.keys()];
  const report: FuzzReport = { seed: options.seed, cases: 0, rounds: 0, fields: fields.length, durationMs: 0, outcomes: {}, findings: [], slowest: [] };
  const seen = new Map<string, number>();

  for (let round = 0; round < maxRounds && Date.now() < deadline; round++) {
    const order = shuffled(pairs, options.seed + round);
    for (const [index, pair] of order.entries()) {
      if (Date.now() >= deadline) break;
      const actor = pair.split('|')[0] as Actor;
      const operations = fc.sample(arbitraries.get(pair)!, { seed: options.seed + round * 100_003 + index, numRuns: perPair });
      for (const operation of operations) {
        report.cases++;
        let answer: GraphQLAnswer;
        try {
          answer = await postGraphQL(target.gatewayUrl, operation.query, operation.variables, target.tokens[actor]);
        } catch (error) {
          record(report, seen, {
            kind: 'TIMEOUT',
            actor,
            field: operation.field,
            detail: error instanceof Error ? error.message : String(error),
            query: operation.query,
            variables: operation.variables,
          });
          continue;
        }
        const outcome = answer.body?.errors?.[0]?.extensions?.code ?? (answer.body?.errors?.length ? 'NO_CODE' : answer.status >= 400 ? `HTTP_${answer.status}` : 'ok');
        report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
        if (report.slowest.length < 5 || answer.ms > report.slowest[4].ms) {
          report.slowest = [...report.slowest, { field: operation.field, actor, ms: answer.ms }].sort((a, b) => b.ms - a.ms).slice(0, 5);
        }
        for (const finding of inspectAnswer(actor, operation, answer, fixtures.markers)) record(report, seen, finding);
      }
    }
    report.rounds++;
    options.log?.(`fuzz: round ${round + 1} done, ${report.cases} cases, ${report.findings.length} distinct findings`);
  }

  for (const finding of await checkAfterRun(target, fixtures, schema)) record(report, seen, finding);
  report.durationMs = Date.now() - started;
  return report;
}

/** Keeps the first example of each distinct finding (kind, field, message with ids and numbers blurred). */
function record(report: FuzzReport, seen: Map<string, number>, finding: Finding): void {
  const key = `${finding.kind}|${finding.field}|${finding.detail.replace(UUID_PATTERN, '<id>').replace(/\d+/g, 'N').slice(0, 160)}`;
  if (seen.has(key)) return;
  seen.set(key, report.findings.length);
  report.findings.push(finding);
}

/**
 * After the run: the gateway and every subgraph still answer, each actor still reads, every marker still
 * exists unpublished (the network sees each one) and none is visible to anyone else.
 */
export async function checkAfterRun(target: FuzzTarget, fixtures: Fixtures, schema: GraphQLSchema): Promise<Finding[]> {
  const findings: Finding[] = [];
  const unhealthy = (detail: string): Finding => ({ kind: 'UNHEALTHY', actor: '-', field: '-', detail });
  for (const path of ['/health', '/ready']) {
    try {
      const response = await fetch(`${target.gatewayUrl}${path}`, { signal: AbortSignal.timeout(5_000) });
      if (response.status !== 200) findings.push(unhealthy(`gateway ${path} answered ${response.status}: ${await response.text()}`));
    } catch (error) {
      findings.push(unhealthy(`gateway ${path} did not answer: ${String(error)}`));
    }
  }
  for (const detail of (await target.extraHealth?.()) ?? []) findings.push(unhealthy(detail));

  for (const actor of ACTORS) {
    for (const probe of probeQueries(schema)) {
      const operation = { field: 'probe', query: probe, variables: {} };
      let answers: GraphQLAnswer[];
      try {
        answers = await probePages(target.gatewayUrl, probe, target.tokens[actor]);
      } catch (error) {
        findings.push(unhealthy(`a probe as ${actor} failed: ${String(error)}`));
        continue;
      }
      for (const answer of answers) {
        findings.push(...inspectAnswer(actor, operation, answer, fixtures.markers));
        const codes = (answer.body?.errors ?? []).map((error) => error.extensions?.code);
        if (codes.includes('UNAUTHENTICATED') && actor !== 'anonymous') {
          findings.push({ kind: 'MARKER_CHANGED', actor, field: 'probe', detail: `${actor}'s token no longer works: an account of the run was disabled` });
        }
      }
    }
  }
  // each marker, as the network sees it: still there, still unpublished
  for (const marker of fixtures.markers) {
    const field = { event: 'event', proposal: 'proposal', programme: 'actionProgram', commitment: 'commitment', library: 'libraryEntry' }[marker.kind];
    if (!field) continue;
    const answer = await postGraphQL(target.gatewayUrl, `query ($id: ID!) { record: ${field}(id: $id) { id published } }`, { id: marker.id }, target.tokens.network);
    const record = answer.body?.data?.record;
    if (!record) findings.push({ kind: 'MARKER_CHANGED', actor: '-', field, detail: `${marker.tenant}'s ${marker.kind} marker is gone: ${answer.text.slice(0, 200)}` });
    else if (record.published) findings.push({ kind: 'MARKER_CHANGED', actor: '-', field, detail: `${marker.tenant}'s ${marker.kind} marker was published` });
  }
  return findings;
}

/** A finding as one readable block, with what it takes to replay it. */
export function describeFinding(finding: Finding): string {
  const lines = [`[${finding.kind}] ${finding.field} as ${finding.actor}: ${finding.detail}`];
  if (finding.query) lines.push(`  query: ${finding.query.length > 2_000 ? `${finding.query.slice(0, 2_000)}…` : finding.query}`);
  if (finding.variables && Object.keys(finding.variables).length) {
    const variables = JSON.stringify(finding.variables);
    lines.push(`  variables: ${variables.length > 2_000 ? `${variables.slice(0, 2_000)}…` : variables}`);
  }
  return lines.join('\n');
}
