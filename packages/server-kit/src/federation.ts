import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

/** `__resolveReference` for each entity this subgraph resolves; each must go through a DataLoader. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: any, context: any, info: any) => unknown }
>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible'];

/** The root types' descriptions, the same in every subgraph so that composition keeps them. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "Reads. Anonymous callers see public reference data and published records; a collectivity's accounts also see their own collectivity's unpublished records, and the network sees every record.",
  Mutation:
    'Writes. Each mutation says who may call it; errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or BAD_USER_INPUT with the offending `extensions.field`.',
};

/**
 * A Federation 2 subgraph schema from type-graphql classes: type-graphql builds and prints the schema
 * with its `@key` directives, then @apollo/subgraph adds `_entities`/`_service` around it.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    validate: { forbidUnknownValues: false },
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
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as any });
}
