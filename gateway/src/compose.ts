import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, printSchema } from 'graphql';
import { SUBGRAPH_NAMES, subgraphUrl } from '@infitah/contract';

/**
 * Composes the committed supergraph from each subgraph's generated `schema.graphql`, with
 * @apollo/composition: the same file Apollo Router or Hive Gateway can serve.
 */
export function composeSupergraph(): string {
  const services = SUBGRAPH_NAMES.map((name) => {
    const folder = dirname(require.resolve(`@infitah/${name}/package.json`));
    return {
      name,
      url: subgraphUrl(name),
      typeDefs: parse(readFileSync(join(folder, 'schema.graphql'), 'utf8')),
    };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

/** The graph as clients see it (no federation machinery): what the SDK and the console are typed from. */
export function apiSchemaOf(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

if (require.main === module) {
  const supergraph = composeSupergraph();
  const target = join(__dirname, '..', 'supergraph.graphql');
  writeFileSync(target, `${supergraph.trimEnd()}\n`);
  writeFileSync(join(__dirname, '..', 'schema.graphql'), `${apiSchemaOf(supergraph).trimEnd()}\n`);
  console.log(`supergraph and API schema written next to ${target}`);
}
