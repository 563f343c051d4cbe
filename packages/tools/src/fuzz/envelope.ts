import fc from 'fast-check';
import { readAnswer, type Finding, type GraphQLAnswer } from './fuzzer';

/**
 * The HTTP envelope around a GraphQL request, fuzzed (issue 25, item 3): malformed JSON, wrong content types and
 * Accept headers, odd `operationName`s, huge or deep variable objects, duplicated keys, bodies of the wrong shape.
 * Whatever arrives, the answer is JSON with a coded error or data, never a 5xx, a stack trace or no answer.
 */

export type EnvelopeKind = 'malformed-json' | 'content-type' | 'operation-name' | 'huge-variables' | 'duplicate-keys' | 'body-shape' | 'accept';
export const ENVELOPE_KINDS: EnvelopeKind[] = ['malformed-json', 'content-type', 'operation-name', 'huge-variables', 'duplicate-keys', 'body-shape', 'accept'];

export interface EnvelopeCase {
  kind: EnvelopeKind;
  /** What the case tries, for a finding's report. */
  note: string;
  /** `null`: no Content-Type header at all. */
  contentType: string | null;
  accept?: string;
  body: string;
}

const QUERY = '{ network { memberCount } }';
const WITH_VARIABLE = 'query Figures($id: ID!, $filter: CollectivityFilter, $first: Int) { collectivity(id: $id) { id } collectivities(filter: $filter, first: $first) { totalCount } }';
const TWO_OPERATIONS = 'query A { network { memberCount } } query B { collectivities { totalCount } }';
const ID = '00000002-0000-4000-8000-000000000001';

const CONTENT_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/graphql-response+json',
  'application/JSON',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=',
  'application/json, text/plain',
  'application/jsonp',
  'application/*',
  '*/*',
  '',
  ';;;',
];

const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  '*/*',
  'text/html;q=0.1',
  'text/event-stream',
  'multipart/mixed',
  'application/xml',
  'application/json;q=abc',
  'application/json;q=0',
  ';',
  'x'.repeat(2_000),
];

/** A JSON-encoded GraphQL request, as a client would send it. */
const request = (query: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });

const malformedJson: fc.Arbitrary<EnvelopeCase> = fc
  .tuple(
    fc.constantFrom(request(QUERY), request(WITH_VARIABLE, { variables: { id: ID } }), request(TWO_OPERATIONS, { operationName: 'A' })),
    fc.nat(),
    fc.constantFrom('truncate', 'insert', 'replace', 'garbage', 'bom', 'nul'),
    fc.string({ maxLength: 8 }),
  )
  .map(([valid, at, how, text]) => {
    const index = at % valid.length;
    const body = {
      truncate: valid.slice(0, index),
      insert: `${valid.slice(0, index)}${text || '{'}${valid.slice(index)}`,
      replace: `${valid.slice(0, index)}${text || '"'}${valid.slice(index + 1)}`,
      garbage: text || '}{',
      bom: `\ufeff${valid}`,
      nul: `${valid.slice(0, index)}\u0000${valid.slice(index)}`,
    }[how];
    return { kind: 'malformed-json' as const, note: `${how} at ${index}`, contentType: 'application/json', body };
  });

const contentType: fc.Arbitrary<EnvelopeCase> = fc
  .tuple(fc.oneof(fc.constantFrom(...CONTENT_TYPES), fc.string({ maxLength: 40 })), fc.constantFrom(request(QUERY), `query=${encodeURIComponent(QUERY)}`, QUERY))
  .map(([type, body]) => ({ kind: 'content-type' as const, note: `content-type ${JSON.stringify(type)}`, contentType: type === '' ? null : type, body }));

const operationName: fc.Arbitrary<EnvelopeCase> = fc
  .tuple(
    fc.constantFrom(QUERY, 'query A { network { memberCount } }', TWO_OPERATIONS, `${QUERY} ${QUERY}`, 'fragment F on Network { memberCount }'),
    fc.oneof(
      fc.constantFrom<unknown>('A', 'B', '', ' A', 'a'.repeat(5_000), 'Query', '__typename', '\u0000', 'تمزكانة', 'A\nB', null),
      fc.string({ maxLength: 300 }),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
    ),
  )
  .map(([query, name]) => ({ kind: 'operation-name' as const, note: `operationName ${JSON.stringify(name)?.slice(0, 80)}`, contentType: 'application/json', body: request(query, { operationName: name }) }));

/** A value nested `depth` levels deep, in objects or arrays. */
function nested(depth: number, inArrays: boolean): string {
  return inArrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const hugeVariables: fc.Arbitrary<EnvelopeCase> = fc
  .tuple(
    fc.constantFrom('id', 'filter', 'first', 'undeclared'),
    fc.constantFrom('wide', 'deep-object', 'deep-array', 'long-string', 'long-list'),
    fc.integer({ min: 1, max: 6 }),
  )
  .map(([variable, shape, scale]) => {
    const size = 10 ** Math.min(scale, 5);
    const value = {
      wide: `{${Array.from({ length: Math.min(size, 20_000) }, (_, index) => `"k${index}":${index}`).join(',')}}`,
      'deep-object': nested(Math.min(size, 20_000), false),
      'deep-array': nested(Math.min(size, 50_000), true),
      'long-string': JSON.stringify('ت'.repeat(Math.min(size, 200_000))),
      'long-list': `[${Array.from({ length: Math.min(size, 50_000) }, () => '"x"').join(',')}]`,
    }[shape];
    const variables = `{"id":${variable === 'id' ? value : JSON.stringify(ID)}${variable === 'id' ? '' : `,"${variable}":${value}`}}`;
    return { kind: 'huge-variables' as const, note: `${variable} ${shape} ×${size}`, contentType: 'application/json', body: `{"query":${JSON.stringify(WITH_VARIABLE)},"variables":${variables}}` };
  });

const duplicateKeys: fc.Arbitrary<EnvelopeCase> = fc
  .constantFrom(
    `{"query":${JSON.stringify(QUERY)},"query":${JSON.stringify('{ nope }')}}`,
    `{"query":${JSON.stringify('{ nope }')},"query":${JSON.stringify(QUERY)}}`,
    `{"query":${JSON.stringify(QUERY)},"query":5}`,
    `{"query":${JSON.stringify(WITH_VARIABLE)},"variables":{"id":${JSON.stringify(ID)}},"variables":{"id":5}}`,
    `{"query":${JSON.stringify(WITH_VARIABLE)},"variables":{"id":${JSON.stringify(ID)},"id":{"a":1}}}`,
    `{"query":${JSON.stringify(TWO_OPERATIONS)},"operationName":"A","operationName":"C"}`,
    `{"query":${JSON.stringify(QUERY)},"extensions":{},"extensions":"x"}`,
    `{"__proto__":{"query":${JSON.stringify(QUERY)}},"query":${JSON.stringify(QUERY)}}`,
    `{"constructor":{"prototype":{"polluted":true}},"query":${JSON.stringify(QUERY)}}`,
  )
  .map((body) => ({ kind: 'duplicate-keys' as const, note: body.slice(0, 80), contentType: 'application/json', body }));

const bodyShape: fc.Arbitrary<EnvelopeCase> = fc
  .oneof(
    fc.constantFrom('null', 'true', '5', '"query"', '[]', '[{}]', `[${request(QUERY)}]`, `[${request(QUERY)},${request(QUERY)}]`, '{}', '', ' '),
    fc.constantFrom<unknown>(5, null, true, [], {}, [QUERY], { query: QUERY }).map((query) => request(query)),
    fc.constantFrom<unknown>('{}', 5, [], [1], 'null', true).map((variables) => request(QUERY, { variables })),
    fc.constantFrom<unknown>('x', 5, [], { persistedQuery: 'x' }, { persistedQuery: { version: 2, sha256Hash: 'x' } }, { persistedQuery: { version: 1, sha256Hash: 5 } }, { persistedQuery: { version: 1 } }).map((extensions) =>
      request(QUERY, { extensions }),
    ),
    fc.json({ maxDepth: 3 }),
  )
  .map((body) => ({ kind: 'body-shape' as const, note: body.slice(0, 80), contentType: 'application/json', body }));

const accept: fc.Arbitrary<EnvelopeCase> = fc
  .tuple(fc.oneof(fc.constantFrom(...ACCEPTS), fc.string({ maxLength: 40 })), fc.constantFrom(request(QUERY), request('{'), request('{ nope }'), request(WITH_VARIABLE, { variables: { id: {} } })))
  .map(([value, body]) => ({ kind: 'accept' as const, note: `accept ${JSON.stringify(value.slice(0, 60))}, ${body.slice(0, 40)}`, contentType: 'application/json', accept: value, body }));

/** Every kind of envelope case, in equal measure. */
export const envelopeArbitrary: fc.Arbitrary<EnvelopeCase> = fc.oneof(malformedJson, contentType, operationName, hugeVariables, duplicateKeys, bodyShape, accept);

/** Headers a fetch refuses to send (control characters): such a client could not send them either. */
const sendable = (value: string) => [...value].every((character) => character === '\t' || (character >= ' ' && character <= '~'));

/** Sends one case as is: the body's bytes, the headers given, nothing added. */
export async function postEnvelope(gatewayUrl: string, envelope: EnvelopeCase, token: string | null = null, timeoutMs = 20_000): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = {};
  if (envelope.contentType !== null && sendable(envelope.contentType)) headers['content-type'] = envelope.contentType;
  if (envelope.accept !== undefined && sendable(envelope.accept)) headers.accept = envelope.accept;
  if (token) headers.authorization = `Bearer ${token}`;
  const started = Date.now();
  const response = await fetch(`${gatewayUrl}/graphql`, { method: 'POST', headers, body: envelope.body, signal: AbortSignal.timeout(timeoutMs) });
  return readAnswer(response, started);
}

const STACK = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|\/dist\/[\w/.-]+\.js/;

/** What is wrong with the answer to one envelope case, if anything: a 5xx, no JSON, an error without a code, a stack. */
export function inspectEnvelopeAnswer(envelope: EnvelopeCase, answer: GraphQLAnswer): Finding[] {
  const base = { actor: 'anonymous' as const, field: `envelope:${envelope.kind}`, detail: '', query: envelope.body.length > 500 ? `${envelope.body.slice(0, 500)}…` : envelope.body };
  const findings: Finding[] = [];
  const about = `${envelope.note} → ${answer.status} ${answer.text.slice(0, 200)}`;
  if (answer.status >= 500) findings.push({ ...base, kind: 'HTTP_5XX', detail: about });
  if (!answer.body || typeof answer.body !== 'object') {
    findings.push({ ...base, kind: 'NOT_JSON', detail: about });
    return findings;
  }
  if (!('data' in answer.body) && !answer.body.errors?.length) findings.push({ ...base, kind: 'NO_CODE', detail: `neither data nor errors: ${about}` });
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (!code) findings.push({ ...base, kind: 'NO_CODE', detail: about });
    else if (code === 'INTERNAL_SERVER_ERROR') findings.push({ ...base, kind: 'INTERNAL_SERVER_ERROR', detail: about });
  }
  if (answer.status >= 400 && !answer.body.errors?.length) findings.push({ ...base, kind: 'NO_CODE', detail: `a ${answer.status} without an error: ${about}` });
  if (STACK.test(answer.text)) findings.push({ ...base, kind: 'STACK_TRACE', detail: answer.text.match(STACK)![0] });
  return findings;
}

export interface EnvelopeReport {
  seed: number;
  cases: number;
  /** Cases by kind, then by status. */
  statuses: Record<string, Record<string, number>>;
  findings: Finding[];
}

/** `cases` envelope cases drawn with `seed`, sent one after the other to the gateway. */
export async function runEnvelopeFuzz(gatewayUrl: string, options: { seed: number; cases: number; token?: string | null }): Promise<EnvelopeReport> {
  const report: EnvelopeReport = { seed: options.seed, cases: 0, statuses: {}, findings: [] };
  const seen = new Set<string>();
  for (const envelope of fc.sample(envelopeArbitrary, { seed: options.seed, numRuns: options.cases })) {
    report.cases++;
    let answer: GraphQLAnswer;
    try {
      answer = await postEnvelope(gatewayUrl, envelope, options.token ?? null);
    } catch (error) {
      report.findings.push({ kind: 'TIMEOUT', actor: 'anonymous', field: `envelope:${envelope.kind}`, detail: `${envelope.note}: ${String(error)}` });
      continue;
    }
    const byKind = (report.statuses[envelope.kind] ??= {});
    byKind[answer.status] = (byKind[answer.status] ?? 0) + 1;
    for (const finding of inspectEnvelopeAnswer(envelope, answer)) {
      const key = `${finding.kind}|${finding.field}|${finding.detail.replace(/\d+/g, 'N').slice(0, 120)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report.findings.push(finding);
    }
  }
  return report;
}
