import { DemoIds } from '@infitah/demo-data';
import { RequestContext, type Caller } from '@infitah/server-kit';
import { testSecurity } from '@infitah/test-kit';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** The database refuses on its own, whatever a resolver forgets. */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform.close());

const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };

/** Runs SQL as the participation service's runtime role, inside a request transaction for `caller`. */
async function asCaller<T>(caller: Caller, work: (query: (sql: string, parameters?: unknown[]) => Promise<any[]>) => Promise<T>): Promise<T> {
  const context = new RequestContext(platform.subgraphs.participation.dataSource, caller, () => ({}), testSecurity());
  const manager = await context.manager();
  try {
    return await work((sql, parameters) => manager.query(sql, parameters));
  } finally {
    await context.finish('rollback');
  }
}

describe('row-level security', () => {
  it('returns nothing foreign to a query that forgets its tenant filter', async () => {
    const drafts = 'SELECT collectivity_id FROM participation.event WHERE NOT published';
    const draftsOfB = await asCaller(adminB, (query) => query(drafts));
    expect(draftsOfB.length).toBeGreaterThan(0);
    expect(draftsOfB.every((row) => row.collectivity_id === DemoIds.demoCommune)).toBe(true);
    expect(await asCaller(adminA, (query) => query(drafts))).toEqual([]);
    expect(await asCaller(anonymous, (query) => query(drafts))).toEqual([]);
    expect((await asCaller(network, (query) => query(drafts))).length).toBe(draftsOfB.length);
  });

  it("refuses a write carrying another collectivity's id", async () => {
    await expect(
      asCaller(adminA, (query) =>
        query(`INSERT INTO participation.event (collectivity_id, kind, title_fr, starts_at) VALUES ($1, 'COMMITTEE_MEETING', 'x', now())`, [
          DemoIds.demoCommune,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("lets the network write no commune's row, and an editor delete none", async () => {
    await expect(
      asCaller(network, (query) =>
        query(`INSERT INTO participation.event (collectivity_id, kind, title_fr, starts_at) VALUES ($1, 'COMMITTEE_MEETING', 'x', now())`, [DemoIds.tamazgana]),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await asCaller(network, (query) =>
      query(
        "WITH changed AS (UPDATE participation.event SET venue = 'x' WHERE organizer = 'COLLECTIVITY' RETURNING id) SELECT count(*)::int AS n FROM changed",
      ),
    );
    expect(updated).toEqual([{ n: 0 }]);
    // its own network events it may change
    const own = await asCaller(network, (query) =>
      query("WITH changed AS (UPDATE participation.event SET venue = 'x' WHERE organizer = 'NETWORK' RETURNING id) SELECT count(*)::int AS n FROM changed"),
    );
    expect(own[0].n).toBeGreaterThan(0);
    const deleted = await asCaller(editorA, (query) =>
      query('WITH gone AS (DELETE FROM participation.event RETURNING id) SELECT count(*)::int AS n FROM gone'),
    );
    expect(deleted).toEqual([{ n: 0 }]);
  });

  it("updates none of another collectivity's rows, even published ones it can read", async () => {
    const readable = await asCaller(adminB, (query) => query('SELECT id FROM participation.event WHERE collectivity_id = $1', [DemoIds.tamazgana]));
    expect(readable.length).toBeGreaterThan(0);
    const updated = await asCaller(adminB, (query) =>
      query("WITH changed AS (UPDATE participation.event SET venue = 'x' WHERE collectivity_id = $1 RETURNING id) SELECT count(*)::int AS n FROM changed", [
        DemoIds.tamazgana,
      ]),
    );
    expect(updated).toEqual([{ n: 0 }]);
  });

  it("gives the directory of commitments to participation's and territory's roles to read, and to no service's role to write", async () => {
    const privileges: Array<{ role: string; reads: boolean; writes: boolean }> = await platform.subgraphs.territory.ownerDataSource.query(`
      SELECT r.rolname AS role, has_table_privilege(r.oid, 'directory.commitment', 'SELECT') AS reads,
             has_table_privilege(r.oid, 'directory.commitment', 'INSERT, UPDATE, DELETE, TRUNCATE') AS writes
        FROM pg_roles r WHERE r.rolname IN ('infitah_territory', 'infitah_participation', 'infitah_evaluation') ORDER BY 1`);
    expect(privileges).toEqual([
      { role: 'infitah_evaluation', reads: false, writes: false },
      { role: 'infitah_participation', reads: true, writes: false },
      // territory counts commitments by region
      { role: 'infitah_territory', reads: true, writes: false },
    ]);
    await expect(
      asCaller(adminA, (query) => query('INSERT INTO directory.commitment (collectivity_id, id, published) VALUES ($1, gen_random_uuid(), true)', [DemoIds.tamazgana])),
    ).rejects.toThrow(/permission denied/);
  });

  it("gives the members' facts to territory's role to read, to no service's role to write, and no function to call", async () => {
    const owner = platform.subgraphs.territory.ownerDataSource;
    const privileges: Array<{ role: string; reads: boolean; writes: boolean; refresh: boolean }> = await owner.query(`
      SELECT r.rolname AS role, has_table_privilege(r.oid, 'directory.member_fact', 'SELECT') AS reads,
             has_table_privilege(r.oid, 'directory.member_fact', 'INSERT, UPDATE, DELETE, TRUNCATE') AS writes,
             has_function_privilege(r.oid, 'directory.refresh_participation_member_facts(uuid[])', 'EXECUTE')
               OR has_function_privilege(r.oid, 'directory.refresh_evaluation_member_facts(uuid[])', 'EXECUTE') AS refresh
        FROM pg_roles r WHERE r.rolname IN ('infitah_territory', 'infitah_participation', 'infitah_evaluation') ORDER BY 1`);
    expect(privileges).toEqual([
      { role: 'infitah_evaluation', reads: false, writes: false, refresh: false },
      { role: 'infitah_participation', reads: false, writes: false, refresh: false },
      { role: 'infitah_territory', reads: true, writes: false, refresh: false },
    ]);
    // the triggers run as the owner: a commune's editor writing its own event keeps its facts without any privilege on them
    const facts = async () => (await owner.query("SELECT count(*)::int AS n FROM directory.member_fact WHERE collectivity_id = $1 AND kind = 'COMMITTEE_MEETING_HELD'", [DemoIds.tamazgana]))[0].n as number;
    const before = await facts();
    const context = new RequestContext(platform.subgraphs.participation.dataSource, editorA, () => ({}), testSecurity());
    const manager = await context.manager();
    await manager.query(`INSERT INTO participation.event (collectivity_id, kind, title_fr, starts_at, status) VALUES ($1, 'COMMITTEE_MEETING', 'x', now(), 'HELD')`, [DemoIds.tamazgana]);
    await context.finish('commit');
    expect(await facts()).toBe(before + 1);
    await platform.subgraphs.participation.ownerDataSource.query("DELETE FROM participation.event WHERE collectivity_id = $1 AND title_fr = 'x'", [DemoIds.tamazgana]);
    expect(await facts()).toBe(before);
  });

  it('shows participation only the directory entries the caller may see', async () => {
    const hidden = (await platform.subgraphs.evaluation.ownerDataSource.query(
      `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_fr, principles) VALUES ($1, gen_random_uuid(), $2, 'Brouillon', '{TRANSPARENCY}') RETURNING id`,
      [DemoIds.tamazgana, DemoIds.programs.tamazgana],
    ))[0].id as string;
    const sees = async (caller: Caller) => (await asCaller(caller, (query) => query('SELECT id FROM directory.commitment WHERE id = $1', [hidden]))).length === 1;
    expect({ anonymous: await sees(anonymous), adminB: await sees(adminB), editorA: await sees(editorA), network: await sees(network) }).toEqual({
      anonymous: false,
      adminB: false,
      editorA: true,
      network: true,
    });
  });

  it("keeps each service's role out of the other services' schemas", async () => {
    await expect(asCaller(network, (query) => query('SELECT * FROM territory.account'))).rejects.toThrow(/permission denied/);
    await expect(asCaller(network, (query) => query('SELECT * FROM evaluation.action_program'))).rejects.toThrow(/permission denied/);
  });
});

describe('the catalogue', () => {
  const owner = () => platform.subgraphs.territory.ownerDataSource;

  it('has row-level security enabled and forced on every table with a collectivity_id, and on every other data table', async () => {
    const tables: Array<{ table: string; rls: boolean; forced: boolean; tenant: boolean }> = await owner().query(`
      SELECT n.nspname || '.' || c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'collectivity_id' AND NOT a.attisdropped) AS tenant
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('territory', 'participation', 'evaluation', 'notifications', 'audit', 'directory')
         AND c.relname <> 'migrations'
       ORDER BY 1`);
    expect(tables.filter((table) => table.tenant).map((table) => table.table)).toEqual(
      expect.arrayContaining(['audit.entry', 'evaluation.action_program', 'participation.event', 'territory.account', 'territory.network_membership']),
    );
    const unprotected = tables.filter((table) => !table.rls || !table.forced).map((table) => table.table);
    expect(unprotected).toEqual([]);
  });

  it('runs the services as roles that are neither superuser, BYPASSRLS nor owner of anything', async () => {
    const roles: Array<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }> = await owner().query(`
      SELECT r.rolname, r.rolsuper, r.rolbypassrls,
             (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid)
           + (SELECT count(*)::int FROM pg_namespace n WHERE n.nspowner = r.oid)
           + (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS owned
        FROM pg_roles r WHERE r.rolname IN ('infitah_territory', 'infitah_participation', 'infitah_evaluation', 'infitah_notifications')
       ORDER BY 1`);
    expect(roles).toEqual([
      { rolname: 'infitah_evaluation', rolsuper: false, rolbypassrls: false, owned: 0 },
      { rolname: 'infitah_notifications', rolsuper: false, rolbypassrls: false, owned: 0 },
      { rolname: 'infitah_participation', rolsuper: false, rolbypassrls: false, owned: 0 },
      { rolname: 'infitah_territory', rolsuper: false, rolbypassrls: false, owned: 0 },
    ]);
    const connected = await Promise.all(
      Object.values(platform.subgraphs).map(async (subgraph) => (await subgraph.dataSource.query('SELECT current_user AS role'))[0].role),
    );
    expect(connected.sort()).toEqual(['infitah_evaluation', 'infitah_notifications', 'infitah_participation', 'infitah_territory']);
  });

  it("lets only the notifications worker (and the owner) act as the job queue's owner; the other services may only enqueue", async () => {
    const members: Array<{ member: string }> = await owner().query(`
      SELECT m.rolname AS member FROM pg_auth_members a JOIN pg_roles q ON q.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
       WHERE q.rolname = 'infitah_queue' ORDER BY 1`);
    expect(members.map((row) => row.member)).toEqual(['infitah_notifications', 'infitah_owner']);
    const [{ owner: queueOwner }] = await owner().query("SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = 'graphile_worker._private_jobs'::regclass");
    expect(queueOwner).toBe('infitah_queue');
    for (const service of ['territory', 'participation', 'evaluation'] as const) {
      await expect(platform.subgraphs[service].dataSource.query('SELECT count(*) FROM graphile_worker._private_jobs')).rejects.toThrow(/permission denied/);
    }
    // a kind that is not one is refused before anything is queued
    await expect(platform.subgraphs.participation.dataSource.query("SELECT queue.enqueue('drop table', '{}'::jsonb)")).rejects.toThrow(/not a notification kind/);
  });

  it('lets no one but territory run the login and API key lookups', async () => {
    const grants: Array<{ fn: string; public: boolean; participation: boolean }> = await owner().query(`
      SELECT p.proname AS fn,
             has_function_privilege('public', p.oid, 'EXECUTE') AS public,
             has_function_privilege('infitah_participation', p.oid, 'EXECUTE') AS participation
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'territory' AND p.prosecdef AND p.prorettype <> 'trigger'::regtype ORDER BY 1`);
    // (trigger functions — the sync's tombstones and touches — run only from their triggers: no one can call them)
    // and the network's erasure of one person's data (law 09-08), which checks the caller's role itself; the API key
    // lookups run for the gateway's check of a presented key, before any caller exists
    expect(grants.map((grant) => grant.fn)).toEqual(['api_key_lookup', 'api_key_used', 'erase_personal_data', 'login_lookup', 'record_login', 'session_state']);
    expect(grants.every((grant) => !grant.public && !grant.participation)).toBe(true);
  });
});
