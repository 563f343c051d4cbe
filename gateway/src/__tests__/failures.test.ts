import { Client } from 'pg';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** Database connections cut under the services (as a PostgreSQL restart does): requests recover by themselves. */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform.close());

const FIGURES = '{ network { memberCount participation { eventCount } evaluation { programCount } } }';

describe('when the database drops every connection', () => {
  it('fails fast at worst, then answers again without restarting any service', async () => {
    const before = await platform.graphql(FIGURES);
    expect(before.errors).toBeUndefined();
    // what a restart does to the pools: every server process of the runtime roles ends
    const admin = new Client({ connectionString: platform.database.adminUrl });
    await admin.connect();
    const { rows: [{ terminated }] } = await admin.query(
      `SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity
        WHERE usename IN ('infitah_territory', 'infitah_participation', 'infitah_evaluation') AND datname = $1`,
      [platform.database.name],
    );
    await admin.end();
    expect(terminated).toBeGreaterThan(0);
    const started = Date.now();
    const during = await platform.graphql(FIGURES);
    expect(Date.now() - started).toBeLessThan(5_000);
    for (const error of during.errors ?? []) expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    let after = await platform.graphql(FIGURES);
    for (let attempt = 0; attempt < 5 && after.errors; attempt += 1) after = await platform.graphql(FIGURES);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
  });
});
