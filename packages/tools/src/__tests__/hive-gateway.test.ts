import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { SUBGRAPH_NAMES, type SubgraphName } from '@infitah/contract';
import { freePort } from '@infitah/database';
import { DemoIds } from '@infitah/demo-data';
import { postGraphQL, signIn } from '../fuzz';
import { createHiveGateway } from '../hive';
import { sharedPlatform, type SharedPlatform } from './support/platform';

/** Hive Gateway on the committed supergraph, with our forwarding, answers as our gateway does. */
let platform: SharedPlatform;
let hive: ReturnType<typeof createHiveGateway>;
let server: Server;
let hiveUrl: string;

beforeAll(async () => {
  platform = sharedPlatform();
  const subgraphUrl = (name: SubgraphName) => `http://127.0.0.1:${platform.ports[name]}/graphql`;
  hive = createHiveGateway({
    supergraphPath: require.resolve('@infitah/gateway/supergraph.graphql'),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])) as Record<SubgraphName, string>,
    gatewaySecret: platform.gatewaySecret,
  });
  server = createServer(hive);
  const port = await freePort();
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  hiveUrl = `http://127.0.0.1:${port}/graphql`;
}, 120_000);
afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await hive?.dispose();
});

/** Through our gateway. */
async function viaOurs(query: string, variables: Record<string, unknown> = {}, token: string | null = null) {
  const answer = await postGraphQL(platform.gatewayUrl, query, variables, token);
  return { data: answer.body?.data, errors: answer.body?.errors };
}

async function viaHive(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(hiveUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

const FIGURES = '{ network { memberCount membersByKind { kind count } participation { eventCount proposalCount } evaluation { programCount commitmentCount } } }';
const TIMELINE = `query ($id: ID!) { collectivity(id: $id) { nameAr events(first: 100) { totalCount nodes { id title } } actionPrograms { nodes { commitments { id sourceProposals { id } } } } } }`;

describe('Hive Gateway on the same supergraph', () => {
  it('gives anonymous callers the same network figures as our gateway', async () => {
    const ours = await viaOurs(FIGURES);
    const theirs = await viaHive(FIGURES);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual(ours.data);
  });

  it("forwards the caller's token: a commune's admin sees its drafts through it, as through ours", async () => {
    const token = (await signIn(platform.gatewayUrl)).adminA!;
    const created = await viaOurs('mutation { createEvent(input: { kind: COMMITTEE_MEETING, title: "Brouillon via Hive", startsAt: "2026-03-02T10:00:00Z" }) { id published } }', {}, token);
    expect(created.data.createEvent.published).toBe(false);
    const ours = await viaOurs(TIMELINE, { id: DemoIds.tamazgana }, token);
    const theirs = await viaHive(TIMELINE, { id: DemoIds.tamazgana }, token);
    const anonymous = await viaHive(TIMELINE, { id: DemoIds.tamazgana });
    expect(theirs.data).toEqual(ours.data);
    const ids = (data: any) => data.collectivity.events.nodes.map((event: { id: string }) => event.id);
    expect(ids(theirs.data)).toContain(created.data.createEvent.id);
    expect(ids(anonymous.data)).not.toContain(created.data.createEvent.id);
    expect((await viaHive('{ me { email } }', {}, token)).data.me.email).toBe('admin@tamazgana.infitah.test');
  });

  it("passes the subgraphs' refusals on with their codes", async () => {
    const theirs = await viaHive('mutation { createEvent(input: { kind: TRAINING, title: "x", startsAt: "2026-01-01T10:00:00Z" }) { id } }');
    expect(theirs.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
