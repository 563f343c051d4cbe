import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { badUserInput } from './errors';

/** An entity as the gateway names it to the subgraph that resolves it: its `@key` fields (and the fields it `@requires`). */
export type EntityRepresentation = Readonly<Record<string, unknown>>;

/**
 * `__resolveReference` of one entity: `TReference` says which key fields it reads. Written as a method so that a
 * resolver of `{ id: string }` fits where any representation may come (the gateway sends the entity's key fields).
 */
export interface ReferenceResolver<TContext, TReference extends EntityRepresentation = EntityRepresentation> {
  __resolveReference(reference: TReference, context: TContext, info: GraphQLResolveInfo): unknown;
}

/** `__resolveReference` for each entity this subgraph resolves, by type name; each must go through a DataLoader. */
export type ReferenceResolvers<TContext = unknown> = Record<string, ReferenceResolver<TContext>>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers<never>;
}

const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible'];

/** The root types' descriptions, the same in every subgraph so that composition keeps them. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record.",
  Mutation:
    'Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`.',
};

/** Where in a resolver's arguments a string holds U+0000, e.g. `input.title`; null when none does. */
function nulCharacterAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterAt(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterAt(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): an argument carrying one is refused with
 * BAD_USER_INPUT naming it, before any statement fails on it as an internal error. Only fields that
 * take arguments are wrapped, so plain fields pay nothing.
 */
function rejectNulCharacters(schema: GraphQLSchema, resolvers: Record<string, Record<string, unknown>>): void {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const [fieldName, resolve] of Object.entries(fields)) {
      if (typeof resolve !== 'function' || !type.getFields()[fieldName]?.args.length) continue;
      fields[fieldName] = (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
        const field = nulCharacterAt(args, '');
        if (field) throw badUserInput(field, 'must not contain the NUL character (U+0000)');
        return resolve(source, args, context, info);
      };
    }
  }
}

/** What type-graphql's own validation passes class-validator (its defaults with `forbidUnknownValues: false`). */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Every argument's class-validator constraints, checked as type-graphql's built-in validation checks them (objects
 * and arrays of objects; `ArgumentValidationError` on failure, read by `maskError`), with class-validator imported
 * once: type-graphql's own resolves `import("class-validator")` again for each argument it validates (≈ 1.2 % of
 * participation's CPU on the commune dashboard).
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validatable).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}

/**
 * A Federation 2 subgraph schema from type-graphql classes: type-graphql builds and prints the schema
 * with its `@key` directives, then @apollo/subgraph adds `_entities`/`_service` around it.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    validateFn: validateArgument,
    // Federation adds the root types and directives type-graphql does not know about.
    skipCheck: true,
  });
  // type-graphql has no decorator for the root types' own descriptions
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (root && !root.description) root.description = ROOT_DESCRIPTIONS[root.name] ?? null;
  }
  const typeDefs = gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ${JSON.stringify(FEDERATION_IMPORTS)})

    ${printSchemaWithDirectives(schema)}
  `;
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  rejectNulCharacters(schema, resolvers);
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}
