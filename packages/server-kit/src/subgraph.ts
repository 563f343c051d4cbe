import type { SubgraphName } from '@infitah/contract';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { NonEmptyArray } from 'type-graphql';
import type { RequestContext, RequestScope } from './context';
import { buildFederatedSchema, type ReferenceResolvers } from './federation';
import type { OpenDataset } from './open-data';

/** Everything the kit needs to know about one subgraph; the subgraph itself holds only its domain. */
export interface SubgraphDefinition<TLoaders = unknown> {
  /** Service name, also its PostgreSQL schema; its port and database role come from the registry of @infitah/contract. */
  name: SubgraphName;
  entities: Function[];
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers<RequestContext<TLoaders>>;
  createLoaders(scope: RequestScope): TLoaders;
  /** Loads the demo data idempotently, as the schema owner. */
  seedDemoData?(manager: EntityManager): Promise<void>;
  /** Its datasets of published records, downloadable as CSV and JSON under `/open-data/`. */
  openData?: OpenDataset[];
  /**
   * Work the process does beside answering requests (e.g. the notifications worker), started once it listens and
   * stopped before its connections close.
   */
  background?(services: { dataSource: DataSource; env: NodeJS.ProcessEnv }): Promise<{ stop(): Promise<void> }>;
  /** Extra HTTP routes, mounted before `/graphql` (e.g. gateway-only internal endpoints). */
  routes?(app: Express, services: { dataSource: DataSource; security: SubgraphSecurity }): void;
}

export interface SubgraphSecurity {
  jwtSecret: string;
  gatewaySecret: string;
  /** Development only: GraphQL without the gateway credential. */
  allowDirectAccess: boolean;
  tokenTtlSeconds: number;
}

const schemas = new WeakMap<SubgraphDefinition, Promise<GraphQLSchema>>();

/** The subgraph's executable schema, built once per process. */
export function subgraphSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  let schema = schemas.get(definition);
  if (!schema) {
    schema = buildFederatedSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      referenceResolvers: definition.referenceResolvers,
    });
    schemas.set(definition, schema);
  }
  return schema;
}
