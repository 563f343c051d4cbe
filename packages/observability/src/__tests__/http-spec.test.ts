import { parse } from 'graphql';
import { operationResolutionError, prefersLegacyJson } from '../http-spec';

describe('GraphQL over HTTP media types', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/json, application/graphql-response+json;q=0.5', true],
    ['application/graphql-response+json', false],
    ['*/*', false],
    ['application/*', false],
    ['application/json;q=0', false],
    ['', false],
  ])('Accept %j asks for the legacy application/json by name: %s', (accept, legacy) => {
    expect(prefersLegacyJson(accept)).toBe(legacy);
  });

  it('names the request error of an operationName that picks no operation, cut short', () => {
    const document = parse('query A { a } query B { b }');
    expect(operationResolutionError(document.definitions, 'A')).toBeNull();
    expect(operationResolutionError(document.definitions, null)?.message).toBe('Must provide operation name if query contains multiple operations.');
    const unknown = operationResolutionError(document.definitions, 'C'.repeat(5_000))!;
    expect(unknown.extensions).toMatchObject({ code: 'BAD_REQUEST', http: { status: 400 } });
    expect(unknown.message.length).toBeLessThan(150);
    expect(operationResolutionError(parse('{ a }').definitions, undefined)).toBeNull();
  });
});
