import { ANONYMOUS, type Caller } from '@infitah/server-kit';
import { demoCallers, settleSync, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';

/** Incremental sync of territory's lists: waves (public reference data), collectivities and accounts. */
let subgraph: TestSubgraph;

const { adminA, adminB, editorA, network } = demoCallers;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const CREATE = 'mutation ($input: CohortInput!) { createCohort(input: $input) { id updatedAt } }';

async function databaseNow(): Promise<string> {
  const [{ now }] = await subgraph.ownerDataSource.query('SELECT clock_timestamp() AS now');
  return (now as Date).toISOString();
}

async function read(query: string, variables: Record<string, unknown>, caller: Caller) {
  await settleSync(subgraph.ownerDataSource);
  const { data, errors } = await subgraph.execute(query, variables, caller);
  expect(errors).toBeUndefined();
  return data!;
}

describe('territory lists in sync order', () => {
  it('returns exactly the waves created since, then their deletion, to anyone (waves are public)', async () => {
    const since = await databaseNow();
    const created = await subgraph.execute(CREATE, { input: { labelAr: 'فوج المزامنة', labelFr: 'Vague de synchronisation', period: '2031' } }, network);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCohort.id;
    const changes = await read('query ($since: DateTimeISO) { cohorts(filter: { updatedSince: $since }) { nodes { id } } }', { since }, ANONYMOUS);
    expect(changes.cohorts.nodes).toEqual([{ id }]);
    expect((await subgraph.execute('mutation ($id: ID!) { deleteCohort(id: $id) }', { id }, network)).errors).toBeUndefined();
    for (const caller of [ANONYMOUS, adminB, network]) {
      const deletions = await read('query ($since: DateTimeISO) { deletedCohorts(since: $since) { nodes { id type collectivityId } } }', { since }, caller);
      expect(deletions.deletedCohorts.nodes).toEqual([{ id, type: 'Cohort', collectivityId: null }]);
    }
  });

  it("returns a collectivity changed since, and an account changed since only to its own collectivity's admin and the network", async () => {
    const since = await databaseNow();
    await subgraph.ownerDataSource.query("UPDATE territory.collectivity SET name_fr = name_fr || '' WHERE id = $1", [adminA.collectivityId]);
    const collectivities = await read('query ($since: DateTimeISO) { collectivities(filter: { updatedSince: $since }) { nodes { id } } }', { since }, ANONYMOUS);
    expect(collectivities.collectivities.nodes).toEqual([{ id: adminA.collectivityId }]);
    await subgraph.ownerDataSource.query('UPDATE territory.account SET display_name = display_name WHERE id = $1', [editorA.userId]);
    const ACCOUNTS = 'query ($since: DateTimeISO) { accounts(filter: { updatedSince: $since }) { nodes { id } } }';
    expect((await read(ACCOUNTS, { since }, adminA)).accounts.nodes).toEqual([{ id: editorA.userId }]);
    expect((await read(ACCOUNTS, { since }, network)).accounts.nodes).toEqual([{ id: editorA.userId }]);
    expect((await read(ACCOUNTS, { since }, adminB)).accounts.nodes).toEqual([]);
  });

  it('refuses a sync cursor on a list without a sync order, naming after', async () => {
    const page = await read('{ cohorts(filter: { updatedSince: "2000-01-01T00:00:00Z" }, first: 1) { pageInfo { endCursor } } }', {}, ANONYMOUS);
    const refused = await subgraph.execute('query ($after: String) { auditLog(after: $after) { totalCount } }', { after: page.cohorts.pageInfo.endCursor }, network);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters the audit trail and member progress by updatedSince too, in their own order', async () => {
    const since = await databaseNow();
    const created = await subgraph.execute(CREATE, { input: { labelAr: 'فوج التدقيق', labelFr: 'Vague audit', period: '2032' } }, network);
    const audit = await read('query ($since: DateTimeISO) { auditLog(filter: { updatedSince: $since }) { nodes { entityId } } }', { since }, network);
    expect(audit.auditLog.nodes).toEqual([{ entityId: created.data!.createCohort.id }]);
    const progress = await read(
      'query ($far: DateTimeISO) { all: memberProgress(first: 100) { totalCount } none: memberProgress(filter: { updatedSince: $far }) { totalCount } }',
      { far: '2999-01-01T00:00:00Z' },
      network,
    );
    expect(progress.all.totalCount).toBeGreaterThan(0);
    expect(progress.none.totalCount).toBe(0);
  });
});
