import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSchema } from '@infitah/server-kit';
import { evaluation } from '@infitah/evaluation';
import { participation } from '@infitah/participation';
import { territory } from '@infitah/territory';
import { apiSchemaOf, composeSupergraph } from '../compose';

const committed = (path: string) => readFileSync(path, 'utf8');

describe('generated schemas', () => {
  it.each([
    ['territory', territory],
    ['participation', participation],
    ['evaluation', evaluation],
  ] as const)('the committed %s schema.graphql matches its code (run `npm run generate`)', async (name, definition) => {
    const folder = dirname(require.resolve(`@infitah/${name}/package.json`));
    const printed = `${printSubgraphSchema(await subgraphSchema(definition)).trimEnd()}\n`;
    expect(committed(join(folder, 'schema.graphql'))).toBe(printed);
  });

  it('the committed API schema (what clients and the console are typed from) is the committed supergraph’s', () => {
    const supergraph = committed(join(__dirname, '..', '..', 'supergraph.graphql'));
    expect(committed(join(__dirname, '..', '..', 'schema.graphql'))).toBe(`${apiSchemaOf(supergraph).trimEnd()}\n`);
  });

  it('the committed supergraph is the composition of the committed subgraph schemas', () => {
    expect(committed(join(__dirname, '..', '..', 'supergraph.graphql'))).toBe(`${composeSupergraph().trimEnd()}\n`);
  });
});
