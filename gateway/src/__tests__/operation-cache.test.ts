import { buildSchema as buildFederationSchema } from '@apollo/federation-internals';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { installOperationCache, keptOperationFromDocument } from '../operation-cache';

const schema = buildFederationSchema(`
  type Query { commune(id: ID!): Commune }
  type Commune { id: ID! name: String! population: Int }
`);

/** The document @apollo/gateway's executeQueryPlan builds for each request: the operation node and its fragments. */
const executionDocument = (document: DocumentNode): DocumentNode => ({
  kind: Kind.DOCUMENT,
  definitions: [document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!, ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)],
});

describe('the federation operation kept per parsed operation', () => {
  const operations = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require('@apollo/federation-internals/dist/operations') as { operationFromDocument: (...args: unknown[]) => unknown };
    const built: unknown[] = [];
    const original = module.operationFromDocument;
    const kept = keptOperationFromDocument((...args) => {
      const operation = (original as (...args: unknown[]) => unknown)(...args);
      built.push(operation);
      return operation;
    });
    return { kept, built };
  };

  it('builds the operation once for the same parsed document, as executeQueryPlan asks for it on each request', () => {
    const { kept, built } = operations();
    const document = parse('query Dashboard($id: ID!) { commune(id: $id) { ...C } } fragment C on Commune { id name }');
    const first = kept(schema, executionDocument(document), { validate: false });
    const second = kept(schema, executionDocument(document), { validate: false });
    expect(second).toBe(first);
    expect(built).toHaveLength(1);
    expect(String(first)).toContain('commune(id: $id)');
  });

  it('builds it again for another parse of the same text, other fragments, another schema or a validated call', () => {
    const { kept, built } = operations();
    const text = 'query Dashboard($id: ID!) { commune(id: $id) { ...C } } fragment C on Commune { id name }';
    const document = parse(text);
    const operation = executionDocument(document);
    kept(schema, operation, { validate: false });
    kept(schema, executionDocument(parse(text)), { validate: false });
    const otherFragment = parse('fragment C on Commune { id population }').definitions[0];
    const withOtherFragment = kept(schema, { kind: Kind.DOCUMENT, definitions: [operation.definitions[0], otherFragment] }, { validate: false });
    expect(String(withOtherFragment)).toContain('population');
    const otherSchema = buildFederationSchema('type Query { commune(id: ID!): Commune } type Commune { id: ID! name: String! population: Int }');
    kept(otherSchema, operation, { validate: false });
    kept(schema, operation);
    kept(schema, operation);
    expect(built).toHaveLength(6);
  });

  it('keeps no failure: a document that does not fit the schema is refused each time', () => {
    const { kept, built } = operations();
    const document = executionDocument(parse('{ commune(id: "1") { nope } }'));
    expect(() => kept(schema, document, { validate: false })).toThrow(/nope/);
    expect(() => kept(schema, document, { validate: false })).toThrow(/nope/);
    expect(built).toHaveLength(0);
  });

  it('is what @apollo/gateway calls once the gateway is loaded', () => {
    installOperationCache();
    installOperationCache();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const internals = require('@apollo/federation-internals') as { operationFromDocument: (...args: unknown[]) => unknown };
    const document = executionDocument(parse('{ commune(id: "1") { id } }'));
    expect(internals.operationFromDocument(schema, document, { validate: false })).toBe(internals.operationFromDocument(schema, document, { validate: false }));
  });
});
