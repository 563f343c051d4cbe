import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan, type FetchNode, type PlanNode, type QueryPlan, type QueryPlanSelectionNode } from '@apollo/query-planner';
import { parse } from 'graphql';

/** The gateway's query planner on the committed supergraph: the subgraph fetches the gateway would make. */
export class Planner {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;

  constructor(supergraphSdl: string) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(this.supergraph);
  }

  plan(query: string, operationName?: string): QueryPlan {
    const operation = operationFromDocument(this.supergraph.apiSchema(), parse(query), { operationName });
    return this.planner.buildQueryPlan(operation);
  }

  static format(plan: QueryPlan): string {
    return prettyFormatQueryPlan(plan);
  }
}

export interface SubgraphRequest {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}
export interface SubgraphResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}
export type SubgraphFetcher = (service: string, request: SubgraphRequest) => Promise<SubgraphResponse>;

type Json = Record<string, any>;

function deepMerge(target: any, source: any): any {
  if (source === undefined) return target;
  if (Array.isArray(target) && Array.isArray(source)) {
    source.forEach((item, index) => {
      target[index] = deepMerge(target[index], item);
    });
    return target;
  }
  if (target && source && typeof target === 'object' && typeof source === 'object') {
    for (const [key, value] of Object.entries(source)) target[key] = deepMerge(target[key], value);
    return target;
  }
  return source;
}

/** The objects at `path` below each of `roots`; `@` steps into every item of a list. */
function collect(roots: Json[], path: ReadonlyArray<string | number>): Json[] {
  let current: any[] = roots;
  for (const segment of path) {
    const next: any[] = [];
    for (const value of current) {
      if (value === null || value === undefined) continue;
      if (segment === '@') {
        if (Array.isArray(value)) next.push(...value);
      } else {
        next.push(value[segment]);
      }
    }
    current = next;
  }
  return current.flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value) => value !== null && value !== undefined);
}

/** An entity's representation: the fields its fetch `requires`, as the gateway builds it. */
function represent(entity: Json, selections: readonly QueryPlanSelectionNode[]): Json {
  const out: Json = {};
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const value = entity[selection.alias ?? selection.name];
      if (value === undefined) continue;
      out[selection.name] =
        selection.selections && value !== null
          ? Array.isArray(value)
            ? value.map((item) => (item === null ? null : represent(item, selection.selections!)))
            : represent(value, selection.selections)
          : value;
    } else if (!selection.typeCondition || entity.__typename === selection.typeCondition) {
      Object.assign(out, represent(entity, selection.selections));
    }
  }
  return out;
}

/**
 * Runs a query plan from the client side: each subgraph fetch of the plan, in the plan's order (sequences one after
 * the other, parallel branches together), `_entities` fetches with the representations taken from the results of
 * the steps before. No gateway in between: the ceiling of what a gateway can do with the same subgraphs.
 */
export async function executePlan(plan: QueryPlan, variables: Record<string, unknown>, fetcher: SubgraphFetcher): Promise<{ data: Json; errors: NonNullable<SubgraphResponse['errors']> }> {
  const data: Json = {};
  const errors: NonNullable<SubgraphResponse['errors']> = [];

  const fetch = async (node: FetchNode, roots: Json[]) => {
    if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) {
      throw new Error(`the plan's fetch to ${node.serviceName} rewrites data, which this client does not do`);
    }
    const usages = Object.fromEntries((node.variableUsages ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]));
    if (!node.requires) {
      const response = await fetcher(node.serviceName, { query: node.operation, operationName: node.operationName, variables: usages });
      if (response.errors) errors.push(...response.errors);
      for (const root of roots) deepMerge(root, response.data ?? {});
      return;
    }
    const representations: Json[] = [];
    const targets: Json[] = [];
    for (const entity of roots) {
      const representation = represent(entity, node.requires);
      if (representation.__typename) {
        representations.push(representation);
        targets.push(entity);
      }
    }
    if (!representations.length) return;
    const response = await fetcher(node.serviceName, { query: node.operation, operationName: node.operationName, variables: { ...usages, representations } });
    if (response.errors) errors.push(...response.errors);
    const entities = (response.data?._entities ?? []) as Array<Json | null>;
    entities.forEach((entity, index) => {
      if (entity && targets[index]) deepMerge(targets[index], entity);
    });
  };

  const run = async (node: PlanNode, roots: Json[]): Promise<void> => {
    switch (node.kind) {
      case 'Fetch':
        return fetch(node, roots);
      case 'Sequence':
        for (const child of node.nodes) await run(child, roots);
        return;
      case 'Parallel':
        await Promise.all(node.nodes.map((child) => run(child, roots)));
        return;
      case 'Flatten':
        return run(node.node, collect(roots, node.path));
      case 'Condition': {
        const branch = variables[node.condition] ? node.ifClause : node.elseClause;
        if (branch) await run(branch, roots);
        return;
      }
      default:
        throw new Error(`plan node ${node.kind} is not supported by the direct client`);
    }
  };

  if (plan.node) {
    if (plan.node.kind === 'Subscription') throw new Error('subscriptions are not supported');
    await run(plan.node, [data]);
  }
  return { data, errors };
}
