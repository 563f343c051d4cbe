import { DemoIds, demoRegions } from '@infitah/demo-data';
import { casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * CSV imports through the gateway, as a table of expectations: who may import the network's member list
 * (territory) and a commune's programme (evaluation). A = Tamazgana, B = the fictional demo commune.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const IMPORT_COLLECTIVITIES = `mutation ($csv: String!, $dryRun: Boolean) {
  importCollectivities(csv: $csv, dryRun: $dryRun) { dryRun rowCount created updated refused { line field message } }
}`;
const IMPORT_PROGRAM = `mutation ($csv: String!, $programId: ID, $dryRun: Boolean) {
  importProgram(csv: $csv, programId: $programId, dryRun: $dryRun) { dryRun rowCount created updated refused { line field message } program { id } }
}`;
const COLLECTIVITY_HEADER = 'kind,code,name_ar,name_fr,parent_code,member,joined_on,membership_status';

const territoryDb = () => platform.subgraphs.territory.ownerDataSource;
const evaluationDb = () => platform.subgraphs.evaluation.ownerDataSource;
const collectivityCoded = async (code: string) => (await territoryDb().query("SELECT id FROM territory.collectivity WHERE kind = 'PROVINCE' AND code = $1", [code]))[0];
const commitmentTitled = async (title: string) => (await evaluationDb().query('SELECT collectivity_id, program_id, published FROM evaluation.commitment WHERE title_fr = $1', [title]))[0];
const programCount = async () => (await evaluationDb().query('SELECT count(*)::int AS n FROM evaluation.action_program'))[0].n as number;

describe('who may import what', () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    // the network's member list: the network's only
    collectivities: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'FORBIDDEN', network: 'allowed' },
    // into Tamazgana's programme (published, so B sees it, but it is not B's to write: not found)
    "A's programme": { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    // into the demo commune's draft programme (unpublished)
    "B's programme": { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'NOT_FOUND', adminB: 'allowed', network: 'FORBIDDEN' },
    // a new programme of the caller's own collectivity, checked only
    'a new programme (dry run)': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'allowed', network: 'FORBIDDEN' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    switch (operation) {
      case 'collectivities': {
        const code = `IMP-${actor}`;
        const csv = [COLLECTIVITY_HEADER, `PROVINCE,${code},إقليم ${actor},Province ${actor},01,true,2025-11,`].join('\n');
        const response = await platform.graphql(IMPORT_COLLECTIVITIES, { csv }, token);
        expect(outcomeOf(response, 'importCollectivities')).toBe(expected);
        if (expected === 'allowed') expect(response.data.importCollectivities).toEqual({ dryRun: false, rowCount: 1, created: 1, updated: 0, refused: [] });
        expect(Boolean(await collectivityCoded(code))).toBe(expected === 'allowed');
        break;
      }
      case "A's programme":
      case "B's programme": {
        const [programId, tenant] = operation === "A's programme" ? [DemoIds.programs.tamazgana, DemoIds.tamazgana] : [DemoIds.programs.demoCommune, DemoIds.demoCommune];
        // a file adds to a programme being prepared (an adopted one changes only through amendments)
        await platform.subgraphs.evaluation.ownerDataSource.query("UPDATE evaluation.action_program SET status = 'CONSULTATION' WHERE id = $1", [programId]);
        const title = `Engagement importé (${operation}, ${actor})`;
        const csv = ['commitment_title_fr,principles,milestone', `"${title}",TRANSPARENCY,Premier jalon`].join('\n');
        const response = await platform.graphql(IMPORT_PROGRAM, { csv, programId }, token);
        expect(outcomeOf(response, 'importProgram')).toBe(expected);
        if (expected === 'allowed') expect(response.data.importProgram).toEqual({ dryRun: false, rowCount: 1, created: 1, updated: 0, refused: [], program: { id: programId } });
        // written in the programme's own collectivity, unpublished; nothing written otherwise
        expect(await commitmentTitled(title)).toEqual(expected === 'allowed' ? { collectivity_id: tenant, program_id: programId, published: false } : undefined);
        break;
      }
      case 'a new programme (dry run)': {
        const before = await programCount();
        const csv = ['program_title_fr,commitment_title_fr,principles', `Nouveau programme,Engagement,CITIZEN_PARTICIPATION`].join('\n');
        const response = await platform.graphql(IMPORT_PROGRAM, { csv, dryRun: true }, token);
        expect(outcomeOf(response, 'importProgram')).toBe(expected);
        if (expected === 'allowed') {
          // both demo communes have an open programme without a period: a new one would overlap it
          expect(response.data.importProgram).toMatchObject({ dryRun: true, created: 0, program: null, refused: [{ line: 2, field: 'program_period_start' }] });
        }
        expect(await programCount()).toBe(before);
        break;
      }
    }
  });

  it('shows imported records as any other: collectivities to everyone, draft commitments to their collectivity and the network only', async () => {
    const province = await collectivityCoded('IMP-network');
    const read = await platform.graphql('query ($id: ID!) { collectivity(id: $id) { nameAr membership { joinedOn } } }', { id: province.id });
    expect(read.data.collectivity).toEqual({ nameAr: 'إقليم network', membership: { joinedOn: '2025-11' } });

    const title = "Engagement importé (A's programme, adminA)";
    const query = 'query ($p: ID) { commitments(filter: { programId: $p }, first: 100) { nodes { title } } }';
    for (const [actor, sees] of [['anonymous', false], ['adminB', false], ['editorA', true], ['network', true]] as const) {
      const response = await platform.graphql(query, { p: DemoIds.programs.tamazgana }, tokens[actor]);
      expect(response.errors).toBeUndefined();
      expect([actor, response.data.commitments.nodes.some((node: { title: string }) => node.title === title)]).toEqual([actor, sees]);
    }
  });

  it('takes a national member list (12 regions, 75 prefectures and provinces, 1,503 communes) within the body limit', async () => {
    const rows = [
      ...demoRegions.map((region) => `REGION,${region.code},${region.nameAr},"${region.nameFr}",,true,2023,`),
      ...Array.from({ length: 75 }, (_, index) => {
        const region = String((index % 12) + 1).padStart(2, '0');
        return `${index % 3 ? 'PROVINCE' : 'PREFECTURE'},N${String(index + 1).padStart(3, '0')},عمالة أو إقليم سيدي بنور ${index + 1},Province de Sidi Bennour ${index + 1},${region},true,2024,`;
      }),
      ...Array.from({ length: 1_503 }, (_, index) => {
        const parent = `N${String((index % 75) + 1).padStart(3, '0')}`;
        return `COMMUNE,${parent}.${String(index + 1).padStart(4, '0')},جماعة أولاد سيدي بن علي ${index + 1},Commune rurale d'Oulad Sidi Ben Ali ${index + 1},${parent},true,2024-12,ACTIVE`;
      }),
    ];
    const csv = [COLLECTIVITY_HEADER, ...rows].join('\n');
    const body = JSON.stringify({ query: IMPORT_COLLECTIVITIES, variables: { csv, dryRun: true } });
    expect(Buffer.byteLength(body)).toBeLessThan(256 * 1024);
    const response = await platform.graphql(IMPORT_COLLECTIVITIES, { csv, dryRun: true }, tokens.network);
    expect(response.errors).toBeUndefined();
    // the demo regions are already there, under the same names
    expect(response.data.importCollectivities).toEqual({ dryRun: true, rowCount: 1_590, created: 1_578, updated: 0, refused: [] });
  }, 30_000);
});
