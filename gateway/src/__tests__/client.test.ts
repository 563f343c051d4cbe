import { CollectivityProgramsDocument, CollectivityTimelineDocument, InfitahClient, InfitahError, LoginDocument, networkReport } from '@infitah/client';
import { DEMO_PASSWORD, DemoIds } from '@infitah/demo-data';
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
});
