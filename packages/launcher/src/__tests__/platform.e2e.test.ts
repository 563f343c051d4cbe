import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { DemoIds } from '@infitah/demo-data';
import { startPlatformProcess, type PlatformProcess } from './support/platform-process';

let platform: PlatformProcess;
let launcher: PlatformProcess['launcher'];
let ports: PlatformProcess['ports'];
let dataDir: string;

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function graphql(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

beforeAll(async () => {
  platform = await startPlatformProcess('e2e');
  ({ launcher, ports, dataDir } = platform);
}, 120_000);

afterAll(() => platform.dispose(), 60_000);

describe('the platform through the gateway', () => {
  it('answers health and readiness once every subgraph is up', async () => {
    expect((await fetch(`http://127.0.0.1:${ports.gateway}/health`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${ports.gateway}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: { territory: true, participation: true, evaluation: true, notifications: true },
      breakers: { territory: 'closed', participation: 'closed', evaluation: 'closed', notifications: 'closed' },
    });
  });

  it('serves the gateway from one worker by default, a process apart from its primary with its heap capped, and the primary reports its metrics', async () => {
    // ready means every worker listens; each then reports itself in the metrics the primary sums from all of them
    const workerLines = (text: string) => [...text.matchAll(/^infitah_gateway_worker\{[^}]*pid="(\d+)"[^}]*\} (\d+)$/gm)];
    const lines = workerLines(await (await fetch(`http://127.0.0.1:${ports.metrics}/metrics`)).text());
    expect(lines.map((line) => line[2])).toEqual(['1']);
    const [worker] = lines.map((line) => Number(line[1]));
    // a process of its own (the primary is the launcher's child), its heap capped (GATEWAY_WORKER_HEAP_MIB, 160 by default)
    const primary = Number(readFileSync(`/proc/${worker}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    expect(readFileSync(`/proc/${primary}/cmdline`, 'utf8')).toMatch(/gateway[/\\]dist[/\\]index\.js/);
    expect(readFileSync(`/proc/${worker}/cmdline`, 'utf8').split('\0')).toContain('--max-old-space-size=160');
    for (let index = 0; index < 6; index += 1) {
      await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ query: 'query ClusterCount { network { memberCount } }' }),
      });
    }
    // the primary serves the metrics port: one scrape reports all six, whichever workers answered
    const text = await (await fetch(`http://127.0.0.1:${ports.metrics}/metrics`)).text();
    expect(text).toMatch(/infitah_graphql_requests_total\{[^}]*operation="ClusterCount"[^}]*\} 6\n/);
  });

  it('answers /metrics in Prometheus text on all four processes, the gateway on its metrics port only', async () => {
    expect((await fetch(`http://127.0.0.1:${ports.gateway}/metrics`)).status).toBe(404);
    const metricsPorts = { gateway: ports.metrics, territory: ports.territory, participation: ports.participation, evaluation: ports.evaluation };
    for (const [name, port] of Object.entries(metricsPorts)) {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toContain(`process_resident_memory_bytes{service="${name}"}`);
    }
  });

  it('serves open data and GraphiQL from the project itself', async () => {
    const listing = (await (await fetch(`http://127.0.0.1:${ports.gateway}/open-data/`)).json()) as { datasets: Array<{ name: string; rowCount: number }> };
    expect(listing.datasets.map((dataset) => dataset.name).sort()).toEqual([
      'action-programs',
      'attendance',
      'collectivities',
      'commitments',
      'events',
      'indicators',
      'measurements',
      'milestones',
      'proposals',
      'reviews',
    ]);
    const catalog = await fetch(`http://127.0.0.1:${ports.gateway}/open-data/catalog.jsonld`);
    expect(catalog.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(((await catalog.json()) as { 'dct:license': { '@id': string } })['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    const csv = await (await fetch(`http://127.0.0.1:${ports.gateway}/open-data/collectivities.csv`)).text();
    expect(csv.split('\n')[0]).toMatch(/^id,kind,code,name_ar,name_fr/);
    expect(csv).toContain('جماعة تمزكانة');
    const graphiql = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/<script type="module"[^>]+src="\/graphiql\//);
  });

  it('assembles the Network from the three subgraphs', async () => {
    const { body } = await graphql(
      '{ network { memberCount membersByKind { kind count } participation { eventCount proposalCount } evaluation { programCount commitmentCount } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.network.memberCount).toBe(14);
    expect(body.data.network.membersByKind).toContainEqual({ kind: 'REGION', count: 12 });
    // each figure equals the root list's totalCount for the same caller
    const lists = await graphql('{ events { totalCount } proposals { totalCount } actionPrograms { totalCount } commitments { totalCount } }');
    expect(body.data.network.participation).toEqual({ eventCount: lists.body.data.events.totalCount, proposalCount: lists.body.data.proposals.totalCount });
    expect(body.data.network.evaluation).toEqual({
      programCount: lists.body.data.actionPrograms.totalCount,
      commitmentCount: lists.body.data.commitments.totalCount,
    });
  });

  it('finds Tamazgana in Arabic and follows it into participation and evaluation', async () => {
    const { body } = await graphql(
      `query ($search: String) { collectivities(filter: { search: $search }) {
         totalCount nodes { id nameFr membership { joinedOn } events { totalCount } actionPrograms { nodes { status adoptedOn } } }
      } }`,
      { search: 'تمزكانة' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.collectivities.totalCount).toBe(1);
    expect(body.data.collectivities.nodes[0]).toEqual({
      id: DemoIds.tamazgana,
      nameFr: 'Commune de Tamazgana',
      membership: { joinedOn: '2024-12' },
      events: { totalCount: 6 },
      // in preparation at the press kit's date (March 2025): its adoption is announced for October 2025
      actionPrograms: { nodes: [{ status: 'CO_CREATION', adoptedOn: null }] },
    });
  });

  it("reads Tamazgana's timeline anonymously, at Morocco local times, each event back to its collectivity", async () => {
    const { body } = await graphql(
      `query ($id: ID!) { events(filter: { collectivityId: $id }) { nodes { kind startsOn collectivity { nameAr } agenda { startsOn endsOn } } } }`,
      { id: DemoIds.tamazgana },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.events.nodes.map((node: { kind: string; startsOn: string }) => `${node.kind} ${node.startsOn}`)).toEqual([
      'TRAINING 2025-02-11',
      'INFORMATION_MEETING 2025-03-07T10:30',
      'COMMITTEE_MEETING 2025-03-07T14:00',
      'CO_CREATION_WORKSHOP 2025-03-18T10:30',
      'PUBLIC_CONSULTATION 2025-09',
      'COUNCIL_SESSION 2025-10',
    ]);
    const [training, , , workshop] = body.data.events.nodes;
    expect(training.collectivity).toBeNull();
    expect(workshop.collectivity).toEqual({ nameAr: 'جماعة تمزكانة' });
    expect(workshop.agenda).toEqual([
      { startsOn: '10:30', endsOn: '10:45' },
      { startsOn: '10:45', endsOn: '11:15' },
      { startsOn: '11:15', endsOn: '13:30' },
    ]);
  });

  it("signs in a demo account through the gateway and shows it its collectivity's drafts, which anonymous callers do not see", async () => {
    const login = await graphql('mutation { login(email: "admin@demo-commune.infitah.test", password: "infitah-demo") { token } }');
    expect(login.body.errors).toBeUndefined();
    const query = `{ events(filter: { collectivityId: "${DemoIds.demoCommune}" }) { totalCount } }`;
    const asAdmin = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.body.data.login.token}` },
      body: JSON.stringify({ query }),
    });
    const anonymous = (await graphql(query)).body.data.events.totalCount;
    // one draft, the fictional commune's information meeting, is its own to see
    expect(((await asAdmin.json()) as { data: any }).data.events.totalCount).toBe(anonymous + 1);
  });

  it("lists Tamazgana's programme in preparation with its draft commitments, each traced to the proposal it came from", async () => {
    const { body } = await graphql(
      `query ($id: ID!) { collectivity(id: $id) { currentProgram { status adoptedOn commitments { title principles completion sourceProposals { status } } } } }`,
      { id: DemoIds.tamazgana },
    );
    expect(body.errors).toBeUndefined();
    const program = body.data.collectivity.currentProgram;
    expect(program).toMatchObject({ status: 'CO_CREATION', adoptedOn: null });
    expect(program.commitments.length).toBeGreaterThanOrEqual(2);
    // the retained proposal first, then any merged into it (the budget consultations took in the youth proposal)
    for (const commitment of program.commitments) {
      expect(commitment.sourceProposals[0]).toEqual({ status: 'RETAINED' });
      for (const merged of commitment.sourceProposals.slice(1)) expect(merged).toEqual({ status: 'MERGED' });
    }
    expect(program.commitments.some((commitment: { sourceProposals: unknown[] }) => commitment.sourceProposals.length > 1)).toBe(true);
  });

  it('refuses a direct call to a subgraph without the gateway credential', async () => {
    const response = await fetch(`http://127.0.0.1:${ports.territory}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(response.status).toBe(403);
  });

  it('refuses a page above 100 with BAD_USER_INPUT through the gateway', async () => {
    const { body } = await graphql('{ collectivities(first: 101) { totalCount } }');
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql?query=%7B__typename%7D`);
    expect(response.status).toBe(400);
  });

  it('restarts a subgraph that crashed, and the graph answers whole again', async () => {
    const participation = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(launcher.pid)], { encoding: 'utf8' })
      .split('\n')
      .find((line) => line.includes('participation') && line.includes('dist/index.js'));
    const pid = Number(participation!.trim().split(/\s+/)[0]);
    process.kill(pid, 'SIGKILL');
    const partial = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network { memberCount participation { eventCount } } }' }),
    });
    const body = (await partial.json()) as { data: { network: { memberCount: number } } };
    expect(body.data.network.memberCount).toBeGreaterThan(0);
    const deadline = Date.now() + 30_000;
    let ready = false;
    while (!ready && Date.now() < deadline) {
      ready = await fetch(`http://127.0.0.1:${ports.participation}/ready`).then((response) => response.ok, () => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(ready).toBe(true);
    const whole = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network { participation { eventCount } } }' }),
    });
    expect(((await whole.json()) as { data: { network: { participation: { eventCount: number } } } }).data.network.participation.eventCount).toBeGreaterThan(0);
  });

  it('stops every process on SIGINT, PostgreSQL included, leaving no port open', async () => {
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of Object.values(ports)) expect(await portIsOpen(port)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
