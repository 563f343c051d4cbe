import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES } from './config';

const DEFAULT_URLS = { territory: 4001, participation: 4002, evaluation: 4003 } as const;

/**
 * Composes the committed supergraph from each subgraph's generated `schema.graphql`, with
 * @apollo/composition: the same file Apollo Router or Hive Gateway can serve.
 */
export function composeSupergraph(): string {
  const services = SUBGRAPH_NAMES.map((name) => {
    const folder = dirname(require.resolve(`@infitah/${name}/package.json`));
    return {
      name,
      url: `http://127.0.0.1:${DEFAULT_URLS[name]}/graphql`,
      typeDefs: parse(readFileSync(join(folder, 'schema.graphql'), 'utf8')),
    };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

if (require.main === module) {
  const target = join(__dirname, '..', 'supergraph.graphql');
  writeFileSync(target, `${composeSupergraph().trimEnd()}\n`);
  console.log(`supergraph written to ${target}`);
}
