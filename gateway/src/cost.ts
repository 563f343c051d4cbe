import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** Weights: a scalar costs 1, an object 2, and each level down weighs 1.5 times more (graphql-armor's scale). */
export const COST_WEIGHTS = { scalar: 1, object: 2, depthFactor: 1.5 } as const;
/** Lists take at most this many items per page; a larger `first` is refused by the list itself. */
const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

interface CostInput {
  schema: GraphQLSchema;
  selectionSet: SelectionSetNode;
  rootType: GraphQLCompositeType;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * An operation's cost with the page sizes it will really fetch: a paginated field multiplies the cost of its
 * selection by its `first` (a literal or a variable, 20 when absent, at most 100 — above that the list refuses
 * the request itself with BAD_USER_INPUT naming `first`, which is the clearer answer).
 */
export function operationCost({ schema, selectionSet, rootType, fragments, variables }: CostInput): number {
  const visiting = new Set<string>();
  const costOf = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parent;
        total += costOf(selection.selectionSet, type ?? parent, depth);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType;
        total += costOf(fragment.selectionSet, type ?? parent, depth);
        visiting.delete(fragment.name.value);
        continue;
      }
      const weight = Math.pow(COST_WEIGHTS.depthFactor, depth);
      if (!selection.selectionSet) {
        total += COST_WEIGHTS.scalar * weight;
        continue;
      }
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const fieldType = field ? getNamedType(field.type) : undefined;
      let items = 1;
      if (field?.args.some((arg) => arg.name === 'first')) {
        const argument = selection.arguments?.find((arg) => arg.name.value === 'first');
        const value = argument ? valueFromASTUntyped(argument.value, variables) : undefined;
        items = Math.min(MAX_PAGE, Math.max(1, typeof value === 'number' ? value : DEFAULT_PAGE));
      }
      const childType = fieldType && isCompositeType(fieldType) ? fieldType : parent;
      total += items * (COST_WEIGHTS.object * weight + costOf(selection.selectionSet, childType, depth + 1));
    }
    return total;
  };
  return Math.round(costOf(selectionSet, rootType, 0));
}

/** Refuses, before any subgraph is asked, an operation whose cost passes `maxCost`. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const rootType = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
          if (!rootType) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
          );
          const cost = operationCost({ schema, selectionSet: operation.selectionSet, rootType, fragments, variables: request.variables ?? {} });
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}: ask for fewer items or fewer fields`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
