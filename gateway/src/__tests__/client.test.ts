import {
  CollectivityProgramsDocument,
  CollectivityTimelineDocument,
  eventSyncSource,
  InfitahClient,
  InfitahError,
  LoginDocument,
  networkReport,
  syncRecords,
  type SyncedEvent,
} from '@infitah/client';
import { DEMO_PASSWORD, DemoIds } from '@infitah/demo-data';
import { settleSync } from '@infitah/test-kit';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** The typed client package against the real gateway. */
let platform: TestPlatform;
let client: InfitahClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  client = new InfitahClient({ url: `${platform.gatewayUrl}/graphql` });
}, 120_000);
afterAll(() => platform.close());

describe('@infitah/client', () => {
  it('prints the network report with the figures the graph gives the same caller', async () => {
    const figures = await platform.graphql('{ network { memberCount participation { eventCount proposalCount } evaluation { programCount commitmentCount } } }');
    const { memberCount, participation, evaluation } = figures.data.network;
    const report = await networkReport(client);
    expect(report).toContain(`${memberCount} active members`);
    expect(report).toContain(`Participation: ${participation.eventCount} events, ${participation.proposalCount} proposals.`);
    expect(report).toContain(`Evaluation: ${evaluation.programCount} action programmes, ${evaluation.commitmentCount} commitments.`);
    expect(report).toMatch(/الشبكة المغربية/);
  });

  it('signs in with a typed mutation and then reads as that account', async () => {
    const { login } = await client.request(LoginDocument, { email: 'network@infitah.test', password: DEMO_PASSWORD });
    const signedIn = new InfitahClient({ url: `${platform.gatewayUrl}/graphql`, token: login.token });
    const anonymousView = await client.request(CollectivityTimelineDocument, { id: DemoIds.tamazgana, first: 100 });
    const networkView = await signedIn.request(CollectivityTimelineDocument, { id: DemoIds.tamazgana, first: 100 });
    expect(networkView.collectivity?.nameFr).toBe('Commune de Tamazgana');
    expect(networkView.collectivity!.events!.totalCount).toBeGreaterThanOrEqual(anonymousView.collectivity!.events!.totalCount);
  });

  it('types programmes with their commitments, completion and progress', async () => {
    const { actionPrograms } = await client.request(CollectivityProgramsDocument, { collectivityId: DemoIds.tamazgana });
    const commitments = actionPrograms.nodes.flatMap((program) => program.commitments);
    expect(commitments.length).toBeGreaterThan(0);
    for (const commitment of commitments) {
      expect(commitment.progress).toBeGreaterThanOrEqual(0);
      expect(commitment.progress).toBeLessThanOrEqual(100);
    }
  });

  it('throws the graph’s error code and field', async () => {
    const failure = await client.request(CollectivityTimelineDocument, { id: DemoIds.tamazgana, first: 500 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InfitahError);
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(`${(failure as InfitahError).field ?? ''} ${(failure as InfitahError).message}`).toMatch(/first/);
    await expect(client.request(LoginDocument, { email: 'network@infitah.test', password: 'wrong-password' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('mirrors the events a commune sees with syncRecords: a later run applies only what changed and what was deleted', async () => {
    const token = await platform.login('admin@tamazgana.infitah.test');
    const signedIn = new InfitahClient({ url: `${platform.gatewayUrl}/graphql`, token });
    const mirror = new Map<string, SyncedEvent>();
    const applied = { upserted: [] as string[], removed: [] as string[] };
    const target = {
      upsert: (events: SyncedEvent[]) => events.forEach((event) => (applied.upserted.push(event.id), mirror.set(event.id, event))),
      remove: (ids: string[]) => ids.forEach((id) => (applied.removed.push(id), mirror.delete(id))),
    };
    const visible = async () => {
      const { data } = await platform.graphql<{ events: { totalCount: number; nodes: Array<{ id: string }> } }>('{ events(first: 100) { totalCount nodes { id } } }', {}, token);
      return data!.events.nodes.map((node) => node.id).sort();
    };

    // a sync reads only changes whose transactions (and every older one in the cluster) have ended: wait for ours
    const settle = () => settleSync(platform.subgraphs.participation.ownerDataSource);

    await settle();
    let state = await syncRecords(eventSyncSource(signedIn), target, undefined, { pageSize: 7 });
    expect([...mirror.keys()].sort()).toEqual(await visible());

    const create = 'mutation ($title: String!) { createEvent(input: { kind: COMMITTEE_MEETING, title: $title, startsAt: "2026-06-01T09:00:00Z" }) { id } }';
    const kept = (await platform.graphql(create, { title: 'Comité de suivi' }, token)).data.createEvent.id as string;
    const deleted = (await platform.graphql(create, { title: 'Comité annulé' }, token)).data.createEvent.id as string;
    await platform.graphql('mutation ($id: ID!) { deleteEvent(id: $id) }', { id: deleted }, token);
    applied.upserted = [];
    applied.removed = [];
    await settle();
    state = await syncRecords(eventSyncSource(signedIn), target, state, { pageSize: 7 });
    expect(applied.upserted).toEqual([kept]);
    expect(applied.removed).toEqual([deleted]);
    expect([...mirror.keys()].sort()).toEqual(await visible());

    // caught up: the next run applies nothing and keeps its cursors
    applied.upserted = [];
    applied.removed = [];
    expect(await syncRecords(eventSyncSource(signedIn), target, state)).toEqual(state);
    expect(applied).toEqual({ upserted: [], removed: [] });
  });
});
