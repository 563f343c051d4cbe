import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import { participation } from '@infitah/participation';
import { ANONYMOUS, beginWithCallerSql, CALLER_SETTINGS_SQL, SqlCapture } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { CaptureReader, SqlReplayer, statementsOf } from '../sql-way';

const EVENTS = '{ events(first: 5) { totalCount nodes { id title } } }';

describe("the sql way: a subgraph's statements captured, then replayed straight on PostgreSQL", () => {
  let directory: string;
  let subgraph: TestSubgraph;
  let server: ReturnType<TestSubgraph['app']['listen']>;
  let url: string;
  let replayer: SqlReplayer;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'sql-capture-'));
    process.env.INFITAH_SQL_CAPTURE_DIR = directory;
    try {
      subgraph = await startTestSubgraph(participation);
    } finally {
      delete process.env.INFITAH_SQL_CAPTURE_DIR;
    }
    server = subgraph.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    replayer = new SqlReplayer({ participation: subgraph.database.appUrls.participation }, 2);
  });

  afterAll(async () => {
    await replayer.end();
    await new Promise((resolve) => server.close(resolve));
    await subgraph.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const ask = async (query: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GATEWAY_CREDENTIAL_HEADER]: process.env.INFITAH_TEST_GATEWAY_SECRET! },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };

  it('records each request as one transaction: BEGIN with the caller settings, the queries, COMMIT', async () => {
    const reader = new CaptureReader(directory, ['participation']);
    const answer = await ask(EVENTS);
    expect(answer.errors).toBeUndefined();
    const [transaction, ...others] = reader.takeNew();
    expect(others).toEqual([]);
    expect(transaction.service).toBe('participation');
    const texts = transaction.statements.map((statement) => statement.sql);
    // BEGIN and the caller's settings in one round trip, then the queries, then COMMIT
    expect(texts[0]).toBe(beginWithCallerSql(ANONYMOUS));
    expect(texts[0]).toMatch(/^BEGIN; SELECT set_config\('app\.role', 'ANONYMOUS', true\)/);
    expect(texts[texts.length - 1]).toBe('COMMIT');
    expect(texts.length).toBeGreaterThan(2);
    // nothing new until the next request
    expect(reader.takeNew()).toEqual([]);
  });

  it('replays the captured transaction as the runtime role, with the subgraph\'s search path, without error', async () => {
    const reader = new CaptureReader(directory, ['participation']);
    await ask(EVENTS);
    const transactions = reader.takeNew();
    expect(statementsOf({ transactions })).toBeGreaterThan(2);
    await expect(replayer.replay({ transactions })).resolves.toBeNull();
    // the caller settings are in force for the statements that follow them, as the runtime role, on the subgraph's schema
    const probe = {
      service: 'participation',
      operationName: null,
      statements: [
        { sql: 'START TRANSACTION' },
        { sql: CALLER_SETTINGS_SQL, parameters: ['ANONYMOUS', '', '', ''] },
        {
          // division by zero unless all hold (the divisor depends on the session, so it is not folded when planned)
          sql: `SELECT 1 / (CASE WHEN current_setting('app.role', true) = 'ANONYMOUS' AND NOT (SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user)
                 AND (current_schemas(false))[1] = 'participation' THEN 1 ELSE 0 END)`,
        },
        { sql: 'COMMIT' },
      ],
    };
    await expect(replayer.replay({ transactions: [probe] })).resolves.toBeNull();
    const otherCaller = { ...probe, statements: probe.statements.map((statement, index) => (index === 1 ? { ...statement, parameters: ['NETWORK_ADMIN', '', '', ''] } : statement)) };
    await expect(replayer.replay({ transactions: [otherCaller] })).resolves.toMatch(/division by zero/);
  });

  it("opens a request's transaction with the caller's values as quoted literals: a quote in a value is data, not SQL", async () => {
    const odd = { role: "ANONYMOUS'); SELECT 1 / 0; --", userId: null, collectivityId: null } as unknown as typeof ANONYMOUS;
    const probe = {
      service: 'participation',
      operationName: null,
      statements: [
        { sql: beginWithCallerSql(odd) },
        { sql: `SELECT 1 / (CASE WHEN current_setting('app.role', true) = $1 AND current_setting('app.collectivity_id', true) = '' THEN 1 ELSE 0 END)`, parameters: [odd.role] },
        { sql: 'COMMIT' },
      ],
    };
    await expect(replayer.replay({ transactions: [probe] })).resolves.toBeNull();
  });

  it('reports a failed statement with its subgraph, and leaves the connection usable', async () => {
    const failing = { service: 'participation', operationName: null, statements: [{ sql: 'START TRANSACTION' }, { sql: 'SELECT 1 / 0' }, { sql: 'COMMIT' }] };
    await expect(replayer.replay({ transactions: [failing] })).resolves.toMatch(/^participation: division by zero/);
    await expect(replayer.replay({ transactions: [{ ...failing, statements: [{ sql: 'SELECT 1' }] }] })).resolves.toBeNull();
  });

  it('stops capturing once the process receives SIGUSR2', async () => {
    const reader = new CaptureReader(directory, ['participation']);
    process.emit('SIGUSR2');
    await ask(EVENTS);
    expect(reader.takeNew()).toEqual([]);
  });

  it('captures nothing, and costs nothing, without INFITAH_SQL_CAPTURE_DIR', () => {
    expect(SqlCapture.fromEnvironment('participation', {})).toBeNull();
  });
});
