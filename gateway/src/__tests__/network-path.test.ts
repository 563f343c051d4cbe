import { DemoIds } from '@infitah/demo-data';
import { ACTORS, signInActors, type Actor } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * The network as it is, through the composed graph: the demo true to the press kit at its date (March 2025), the
 * support programme, the reported composition, and each member's path derived from the records of participation and
 * evaluation.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const PROGRESS = 'query ($stage: MemberStage) { memberProgress(filter: { stage: $stage }, first: 100) { totalCount nodes { collectivity { id nameFr } stage since overdue } } }';

describe('the network as the press kit reports it, through the gateway', () => {
  it("shows Tamazgana's programme not adopted and its October 2025 council session planned; the fictional commune's programme adopted", async () => {
    const { data, errors } = await platform.graphql(
      `query ($a: ID!, $b: ID!) {
         a: actionPrograms(filter: { collectivityId: $a }) { nodes { status adoptedOn } }
         b: actionPrograms(filter: { collectivityId: $b }) { nodes { status adoptedOn commitments { id } } }
         sessions: events(filter: { collectivityId: $a, kind: COUNCIL_SESSION }) { nodes { status startsOn outcome } }
         consultations: events(filter: { collectivityId: $a, kind: PUBLIC_CONSULTATION }) { nodes { status } } }`,
      { a: DemoIds.tamazgana, b: DemoIds.demoCommune },
    );
    expect(errors).toBeUndefined();
    expect(data.a.nodes).toEqual([{ status: 'CO_CREATION', adoptedOn: null }]);
    expect(data.sessions.nodes).toEqual([{ status: 'PLANNED', startsOn: '2025-10', outcome: null }]);
    expect(data.consultations.nodes).toEqual([{ status: 'PLANNED' }]);
    expect(data.b.nodes).toEqual([{ status: 'ADOPTED', adoptedOn: '2025-10', commitments: [expect.any(Object), expect.any(Object)] }]);
  });

  it('gives the support programme its four axes and the reported composition its 228 members, beside the members on the platform', async () => {
    const { data, errors } = await platform.graphql(
      '{ network { memberCount supportProgramme { nameAr nameFr launchedOn axes { number titleAr titleFr } } reportedComposition { asOf source regions prefectureProvinceCouncils communes total } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.network.supportProgramme.axes.map((axis: { number: number }) => axis.number)).toEqual([1, 2, 3, 4]);
    expect(data.network.reportedComposition).toMatchObject({ asOf: '2025-03', regions: 12, prefectureProvinceCouncils: 17, communes: 199, total: 228 });
    expect(data.network.memberCount).toBe(14);
  });

  it('places the demo members on their path from their records: Tamazgana at the co-creation workshop of 18 March 2025, the fictional commune adopted', async () => {
    const { data, errors } = await platform.graphql(PROGRESS, {}, tokens.network);
    expect(errors).toBeUndefined();
    const of = (id: string) => data.memberProgress.nodes.find((node: { collectivity: { id: string } }) => node.collectivity.id === id);
    expect(of(DemoIds.tamazgana)).toMatchObject({ stage: 'CO_CREATION', since: '2025-03-18' });
    expect(of(DemoIds.demoCommune)).toMatchObject({ stage: 'ADOPTED', since: '2025-10-01' });
  });

  it.each(ACTORS)('sums membersByStage to memberCount for %s, and for the network each stage equals memberProgress(filter: { stage }).totalCount', async (actor) => {
    const { data, errors } = await platform.graphql('{ network { memberCount membersByStage { stage count } byRegion { members } } }', {}, tokens[actor]);
    expect(errors).toBeUndefined();
    const { memberCount, membersByStage, byRegion } = data.network;
    expect(membersByStage.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0)).toBe(memberCount);
    expect(byRegion.reduce((sum: number, entry: { members: number }) => sum + entry.members, 0)).toBe(memberCount);
    if (actor !== 'network') return;
    for (const { stage, count } of membersByStage) {
      const list = await platform.graphql(PROGRESS, { stage }, tokens.network);
      expect({ stage, totalCount: list.data.memberProgress.totalCount }).toEqual({ stage, totalCount: count });
    }
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['editorA', 'FORBIDDEN'],
    ['adminA', 'FORBIDDEN'],
    ['adminB', 'FORBIDDEN'],
  ] as const)('refuses memberProgress to %s (%s)', async (actor, code) => {
    const { data, errors } = await platform.graphql(PROGRESS, {}, tokens[actor]);
    expect(errors![0].extensions!.code).toBe(code);
    expect(data).toBeNull();
  });

  it('counts commitments by region as the commitments list counts them, for every caller', async () => {
    for (const actor of ACTORS) {
      const { data, errors } = await platform.graphql('{ commitments(first: 0) { totalCount } network { byRegion { commitments } } }', {}, tokens[actor]);
      expect(errors).toBeUndefined();
      expect(data.network.byRegion.reduce((sum: number, entry: { commitments: number }) => sum + entry.commitments, 0)).toBe(data.commitments.totalCount);
    }
  });
});
