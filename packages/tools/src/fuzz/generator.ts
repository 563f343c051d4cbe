import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Schema-driven generation of GraphQL operations for the fuzzer: for one root field, an arbitrary of
 * documents with argument values (inline literals or variables) and a random selection set, valid most
 * of the time and deliberately invalid some of the time (wrong types, nulls where a value is required,
 * unknown enum values, malformed and foreign ids, huge strings, Arabic text, extreme numbers).
 */

/** An enum value: printed bare in a literal, as its name in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
}

export interface FuzzOperation {
  /** `Query.events`, `Mutation.createEvent`. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface GeneratorOptions {
  /** Ids the operation may name: demo records of both tenants, records found by harvesting, markers. */
  ids: readonly string[];
  /** Deepest selection below the root field (the gateway refuses more than 12 levels anyway). */
  maxSelectionDepth?: number;
}

/** Ids that are not UUIDs, or are UUIDs of nothing, or try to be something else. */
export const MALFORMED_IDS = [
  '',
  ' ',
  'abc',
  '1',
  '-1',
  '0',
  'null',
  'undefined',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000002-0000-4000-8000-00000000000', // one digit short
  '00000002-0000-4000-8000-0000000000011', // one digit long
  '00000002_0000_4000_8000_000000000001',
  '{00000002-0000-4000-8000-000000000001}',
  ' 00000002-0000-4000-8000-000000000001 ',
  '00000002-0000-4000-8000-00000000000g',
  "' OR '1'='1",
  "00000002-0000-4000-8000-000000000001'; DROP TABLE participation.event; --",
  'moroccan-network',
  '٠٠٠٠٠٠٠٢-٠٠٠٠-٤٠٠٠-٨٠٠٠-٠٠٠٠٠٠٠٠٠٠٠١',
  '\u0000',
  'a\u0000b',
  '../../etc/passwd',
  '%00',
  'x'.repeat(5_000),
];

const ARABIC = [
  'تمزكانة',
  'جماعة منفتحة',
  'الشفافية والمساءلة',
  'مشاركة المواطنين في تدبير الشأن المحلي',
  'إ أ آ ا ة ه ى ي',
  'ⵜⴰⵎⴰⵣⵉⵖⵜ', // Tifinagh
  '\u200f\u202eمرحبا\u202c',
];

const SPECIAL_STRINGS = [
  '',
  ' ',
  '   \t\n ',
  'Réunion publique',
  '2024',
  '2024-12',
  '2024-12-03',
  '2024-13-45',
  '0000-00-00',
  '9999-12-31',
  '2025-03-18T10:30:00+01:00',
  '2025-02-30T25:61:00Z',
  // not the demo accounts': the network may erase an address's data, and the run's actors must keep theirs
  'someone@example.ma',
  'Fatima.Zahra@Example.MA',
  'not-an-email',
  'a@b.c',
  'https://example.org/path?q=1',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  "'; SELECT pg_sleep(10); --",
  "Robert'); DROP TABLE territory.account;--",
  '%s%s%s%n',
  '${7*7}',
  '\\',
  '"',
  '\u0000',
  'nul\u0000inside',
  '\ud83d\ude00 emoji',
  '\ufeffBOM',
  '00000002-0000-4000-8000-000000000001',
  'TRANSPARENCY',
  'null',
];

const INTS = [0, 1, -1, 2, 19, 20, 21, 99, 100, 101, 1_000, 100_000, 2_147_483_647, -2_147_483_648, -100];
/** Outside GraphQL's 32-bit Int: a validation error, never a crash. */
const HUGE_NUMBERS = [2_147_483_648, -2_147_483_649, 9_007_199_254_740_991, 1e21, 1.5];
const FLOATS = [0, -0.5, 0.5, 1, 100, 100.0001, -1e9, 1e15, 1.7976931348623157e308, -1.7976931348623157e308, 5e-324];

const hugeString = fc.oneof(
  fc.integer({ min: 301, max: 6_000 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 100, max: 1_500 }).map((count) => 'تمزكانة '.repeat(count)),
  fc.integer({ min: 5_001, max: 12_000 }).map((length) => 'é'.repeat(length)),
);

const stringValue = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...ARABIC) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
);

const dateTimeValue = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()) },
  { weight: 2, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2025-03-18T10:30:00+01:00',
      '2025-03-18T10:30:00',
      '2025-03-18',
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '2025-02-30T10:00:00Z',
      'yesterday',
      '',
    ),
  },
  { weight: 1, arbitrary: stringValue },
);

export interface ValueContext {
  idValue: fc.Arbitrary<string>;
  depth: number;
  /** Plausible values only (known ids, short texts, small numbers), to get past validation into the resolvers. */
  plausible: boolean;
}

const plausibleString = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,30}$/),
  fc.constantFrom(...ARABIC.slice(0, 4), 'Réunion publique', '2025-03-18', '2025-10', 'a@b.example', 'https://example.org/a'),
);

function idArbitrary(ids: readonly string[], plausible = false): fc.Arbitrary<string> {
  const known = ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid();
  if (plausible) return known;
  return fc.oneof(
    { weight: 6, arbitrary: known },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_IDS) },
    // a known id in upper case: the same record, or a malformed one, depending on the resolver
    { weight: 1, arbitrary: known.map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );
}

/** A value of the wrong kind for `type`: the gateway or the subgraph must refuse it cleanly. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 42, 'wrong', -1, 1.5, new EnumValue('NOT_A_VALUE'), [], {}),
  fc.constantFrom(...HUGE_NUMBERS),
  fc.dictionary(fc.constantFrom('id', 'title', 'x', '__proto__', 'constructor'), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** A value for an input type: mostly valid, sometimes not. */
export function inputValue(type: GraphQLInputType, context: ValueContext): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  const valid = validInputValue(inner, context);
  if (context.plausible) return required ? valid : fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.constant(null) });
  if (required) {
    return fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongValue });
  }
  return fc.oneof({ weight: 20, arbitrary: valid }, { weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongValue });
}

function validInputValue(type: GraphQLInputType, context: ValueContext): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = inputValue(type.ofType as GraphQLInputType, { ...context, depth: context.depth + 1 });
    if (context.plausible) return fc.array(item, { maxLength: 3 });
    return fc.oneof({ weight: 8, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 20, maxLength: 60 }) });
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    if (context.plausible) return fc.constantFrom(...names).map((name) => new EnumValue(name));
    return fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...names).map((name) => new EnumValue(name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', names[0].toLowerCase()).map((name) => new EnumValue(name)) },
      // the right name as a string: refused in a literal, accepted in variables
      { weight: 1, arbitrary: fc.constantFrom(...names) },
    );
  }
  if (isInputObjectType(type)) {
    if (context.depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) model[field.name] = inputValue(field.type, { ...context, depth: context.depth + 1 });
    const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    const record = fc.record(model, { requiredKeys });
    if (context.plausible) return record;
    return fc.oneof(
      { weight: 20, arbitrary: record },
      // a required field left out, or a field the type does not have
      { weight: 1, arbitrary: record.map((value) => omitOne(value, requiredKeys)) },
      { weight: 1, arbitrary: record.map((value) => ({ ...value, notAField: 'x' })) },
    );
  }
  if (isScalarType(type) && context.plausible) {
    switch (type.name) {
      case 'ID':
        return context.idValue;
      case 'Int':
        return fc.integer({ min: 0, max: 20 });
      case 'Float':
        return fc.double({ min: 0, max: 100, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      case 'DateTimeISO':
        return fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
      default:
        return plausibleString;
    }
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return context.idValue;
      case 'String':
        return fc.oneof({ weight: 8, arbitrary: stringValue }, { weight: 1, arbitrary: context.idValue });
      case 'Int':
        return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...INTS) }, { weight: 2, arbitrary: fc.integer({ min: -5, max: 120 }) }, { weight: 1, arbitrary: fc.integer() });
      case 'Float':
        return fc.oneof(fc.constantFrom(...FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return fc.boolean();
      case 'DateTimeISO':
        return dateTimeValue;
      case 'JSON':
        return fc.jsonValue({ maxDepth: 2 });
      default:
        return stringValue;
    }
  }
  return fc.constant(null);
}

function omitOne(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  if (keys.length === 0) return value;
  const copy = { ...value };
  delete copy[keys[0]];
  return copy;
}

/** A GraphQL literal for a generated value. */
export function printLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? '0' : String(value)) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}: ${printLiteral(item)}`)
      .join(', ')}}`;
  }
  return 'null';
}

/** The JSON a generated value travels as in `variables`. */
export function toVariable(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(toVariable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toVariable(item)]));
  return value;
}

interface ArgumentsPart {
  /** `(id: "…", first: $v1)` or ''. */
  text: string;
  declarations: string[];
  variables: Record<string, unknown>;
}

interface VariableCounter {
  next: number;
}
const VARIABLES: VariableCounter = { next: 0 };

/** Arguments for a field: required ones always (almost), optional ones sometimes, each inline or as a variable. */
function argumentsArbitrary(args: readonly GraphQLArgument[], context: ValueContext, counter: () => VariableCounter): fc.Arbitrary<ArgumentsPart> {
  if (args.length === 0) return fc.constant({ text: '', declarations: [], variables: {} });
  const parts = args.map((argument) => {
    const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
    const value = inputValue(argument.type, context);
    const presence = required ? fc.oneof({ weight: 40, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) : fc.boolean();
    // pagination arguments: mostly small pages, so nested selections stay within the cost limit
    const pageValue = argument.name === 'first' ? fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 1, arbitrary: value }) : value;
    return fc.record({ present: presence, asVariable: fc.boolean(), value: pageValue }).map((choice) => ({ argument, ...choice }));
  });
  return fc.tuple(...parts).map((choices) => {
    const present = choices.filter((choice) => choice.present);
    if (present.length === 0) return { text: '', declarations: [], variables: {} };
    const declarations: string[] = [];
    const variables: Record<string, unknown> = {};
    const texts = present.map((choice) => {
      if (!choice.asVariable) return `${choice.argument.name}: ${printLiteral(choice.value)}`;
      const name = `v${counter().next++}`;
      declarations.push(`$${name}: ${String(choice.argument.type)}`);
      variables[name] = toVariable(choice.value);
      return `${choice.argument.name}: $${name}`;
    });
    return { text: `(${texts.join(', ')})`, declarations, variables };
  });
}

interface SelectionPart {
  text: string;
  declarations: string[];
  variables: Record<string, unknown>;
}

const isLeafField = (field: GraphQLField<unknown, unknown>) => isLeafType(getNamedType(field.type));

/** A random selection set of `type`, `depth` levels deep at most. */
function selectionArbitrary(type: GraphQLOutputType, depth: number, context: ValueContext, counter: () => VariableCounter): fc.Arbitrary<SelectionPart> {
  const named = getNamedType(type);
  if (!isObjectType(named)) return fc.constant({ text: '', declarations: [], variables: {} });
  const object = named as GraphQLObjectType;
  const fields = Object.values(object.getFields()).filter((field) => depth > 1 || isLeafField(field));
  if (fields.length === 0) return fc.constant({ text: '{ __typename }', declarations: [], variables: {} });
  const leaves = fields.filter(isLeafField);
  const fieldParts = (chosen: Array<GraphQLField<unknown, unknown>>) =>
    fc.tuple(
      ...chosen.map((field) =>
        fc
          .tuple(
            argumentsArbitrary(field.args, context, counter),
            selectionArbitrary(field.type, depth - 1, context, counter),
            fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('a1: ', 'alias: ', 'x: ') }),
          )
          .map(([args, selection, alias]) => ({
            text: `${alias}${field.name}${args.text}${selection.text ? ` ${selection.text}` : ''}`,
            declarations: [...args.declarations, ...selection.declarations],
            variables: { ...args.variables, ...selection.variables },
          })),
      ),
    );
  const chosenFields = fc.oneof(
    { weight: 3, arbitrary: fc.subarray(fields, { minLength: 1, maxLength: Math.min(fields.length, 6) }) },
    // every leaf: what a leak would show is most likely among them
    { weight: 1, arbitrary: fc.constant(leaves.length > 0 ? leaves : fields.slice(0, 1)) },
  );
  return chosenFields
    .chain((chosen) => fieldParts(chosen))
    .map((parts) => ({
      text: `{ ${dedupeAliasText(parts.map((part) => part.text)).join(' ')} }`,
      declarations: parts.flatMap((part) => part.declarations),
      variables: Object.assign({}, ...parts.map((part) => part.variables)),
    }));
}

/** Two fields given the same alias would be a conflict of our own making: the later ones lose the alias. */
function dedupeAliasText(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.map((text) => {
    const alias = /^(\w+): /.exec(text)?.[1];
    if (!alias) return text;
    if (seen.has(alias)) return text.slice(alias.length + 2);
    seen.add(alias);
    return text;
  });
}

/** Every root field of the schema, `Query.x` and `Mutation.y`. */
export function rootFields(schema: GraphQLSchema): Array<{ operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> {
  const result: Array<{ operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) result.push({ operation, field });
  }
  return result;
}

/** Operations calling one root field. */
export function operationArbitrary(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  options: GeneratorOptions,
): fc.Arbitrary<FuzzOperation> {
  const contexts = [false, true].map((plausible): ValueContext => ({ idValue: idArbitrary(options.ids, plausible), depth: 0, plausible }));
  const maxDepth = options.maxSelectionDepth ?? 4;
  return fc.tuple(fc.integer({ min: 1, max: maxDepth }), fc.boolean()).chain(([depth, plausible]) => {
    const context = contexts[Number(plausible)];
    // variable names are numbered across the process, so parts generated independently never clash
    const counter = () => VARIABLES;
    return fc
      .tuple(argumentsArbitrary(field.args, context, counter), selectionArbitrary(field.type, depth, context, counter), fc.boolean())
      .map(([args, selection, named]) => {
        const declarations = [...args.declarations, ...selection.declarations];
        const variables = { ...args.variables, ...selection.variables };
        const header = declarations.length ? `(${declarations.join(', ')})` : '';
        const name = named ? ` Fuzz${field.name[0].toUpperCase()}${field.name.slice(1)}` : '';
        const query = `${operation}${name}${header} { ${field.name}${args.text}${selection.text ? ` ${selection.text}` : ''} }`;
        return { field: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`, query, variables };
      });
  });
}
