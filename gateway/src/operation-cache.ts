import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { Kind } from 'graphql';

/**
 * @apollo/gateway's `executeQueryPlan` rebuilds, on every request, the federation `Operation` of the client's
 * operation (`operationFromDocument` over a fresh document of the operation and its fragments, unvalidated) — even
 * when the query plan came from its cache. In a profile of the commune dashboard that was 3 % of the gateway's CPU.
 * Apollo Server hands the gateway the same parsed document for the same query (its document store), so the result
 * is kept per schema and operation node, with the fragment nodes it was built from; any other call (a validated
 * one, a document whose operation or fragments differ, an error) goes to the original. The `Operation` is only read
 * afterwards (result shaping, @skip/@include conditions), as the query plans it caches already are.
 */
type OperationFromDocument = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => unknown;

interface Kept {
  definitions: ReadonlyArray<unknown>;
  operation: unknown;
}

export function keptOperationFromDocument(original: OperationFromDocument): OperationFromDocument {
  const bySchema = new WeakMap<object, WeakMap<OperationDefinitionNode, Kept>>();
  const cached: OperationFromDocument = (schema, document, options) => {
    const [first] = document.definitions;
    if (options?.validate !== false || options.operationName !== undefined || first?.kind !== Kind.OPERATION_DEFINITION) {
      return original(schema, document, options);
    }
    let byOperation = bySchema.get(schema);
    const known = byOperation?.get(first);
    if (known && known.definitions.length === document.definitions.length && known.definitions.every((definition, i) => definition === document.definitions[i])) {
      return known.operation;
    }
    const operation = original(schema, document, options);
    if (!byOperation) bySchema.set(schema, (byOperation = new WeakMap()));
    byOperation.set(first, { definitions: [...document.definitions], operation });
    return operation;
  };
  return cached;
}

let installed = false;

/** Puts the kept version in place of federation-internals' export, which @apollo/gateway reads at each call. */
export function installOperationCache(): void {
  if (installed) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const operations = require('@apollo/federation-internals/dist/operations') as { operationFromDocument: OperationFromDocument };
  operations.operationFromDocument = keptOperationFromDocument(operations.operationFromDocument.bind(operations));
  installed = true;
}
