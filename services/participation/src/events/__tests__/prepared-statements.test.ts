import { ANONYMOUS, MAX_PARAMETERS, RequestContext } from '@infitah/server-kit';
import { startTestSubgraph, testSecurity, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

/** A request's transaction, as the subgraph opens one for each GraphQL request. */
const request = () => new RequestContext(subgraph.dataSource, ANONYMOUS, participation.createLoaders, testSecurity());

const PUBLISHED = 'SELECT count(*)::int AS count FROM participation.event WHERE published = $1';

describe("a request's statements on its connection", () => {
  it('prepares a statement with parameters once per connection and answers it as an unnamed one would', async () => {
    const context = request();
    const manager = await context.manager();
    const first = await manager.query(PUBLISHED, [true]);
    const second = await manager.query(PUBLISHED, [true]);
    const prepared: Array<{ name: string }> = await manager.query('SELECT name FROM pg_prepared_statements WHERE statement = $1', [PUBLISHED]);
    const [unnamed] = await subgraph.ownerDataSource.query(PUBLISHED, [true]);
    await context.finish('commit');
    expect(second).toEqual(first);
    expect(first[0].count).toBe(unnamed.count);
    expect(prepared).toHaveLength(1);
    expect(prepared[0].name).toMatch(/^infitah_[0-9a-f]{40}$/);
  });

  it('keeps transaction control and the caller\'s settings unprepared', async () => {
    const context = request();
    const manager = await context.manager();
    const statements: Array<{ statement: string }> = await manager.query('SELECT statement FROM pg_prepared_statements WHERE name LIKE $1', ['infitah_%']);
    await context.finish('commit');
    expect(statements.filter(({ statement }) => /^\s*(BEGIN|COMMIT|ROLLBACK)|set_config/i.test(statement))).toEqual([]);
  });

  it('answers the next requests after a prepared statement failed in one (its transaction rolled back)', async () => {
    const failing = 'SELECT count(*)::int AS count FROM participation.event WHERE id = $1';
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const context = request();
      const manager = await context.manager();
      await expect(manager.query(failing, ['not a uuid'])).rejects.toThrow(/uuid/);
      await context.finish('rollback');
      const next = request();
      const rows = await (await next.manager()).query(failing, ['00000000-0000-4000-8000-000000000001']);
      await next.finish('commit');
      expect(rows).toEqual([{ count: 0 }]);
    }
  });

  it('leaves a statement with a long parameter list unnamed (each list length is another text)', async () => {
    const ids = Array.from({ length: MAX_PARAMETERS + 1 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    const long = `SELECT count(*)::int AS count FROM participation.event WHERE id IN (${ids.map((_, index) => `$${index + 1}`).join(', ')})`;
    const context = request();
    const manager = await context.manager();
    await manager.query(long, ids);
    const prepared: unknown[] = await manager.query('SELECT name FROM pg_prepared_statements WHERE statement = $1', [long]);
    await context.finish('commit');
    expect(prepared).toEqual([]);
  });

  it('prepares a statement again once its result type changed under it, after one refusal per connection at most', async () => {
    await subgraph.ownerDataSource.query('CREATE TABLE participation.stale_probe (id int)');
    await subgraph.ownerDataSource.query('GRANT SELECT ON participation.stale_probe TO infitah_participation');
    await subgraph.ownerDataSource.query('INSERT INTO participation.stale_probe VALUES (1)');
    const probe = 'SELECT * FROM participation.stale_probe WHERE id = $1';
    const run = async () => {
      const context = request();
      try {
        const rows = await (await context.manager()).query(probe, [1]);
        await context.finish('commit');
        return rows as unknown[];
      } catch (error) {
        await context.finish('rollback');
        return error as { code?: string };
      }
    };
    try {
      // every connection of the pool prepares it (concurrent requests take distinct connections)
      await Promise.all(Array.from({ length: 12 }, run));
      await subgraph.ownerDataSource.query('ALTER TABLE participation.stale_probe ADD COLUMN extra int');
      const outcomes = [];
      for (let index = 0; index < 30; index += 1) outcomes.push(await run());
      const refusals = outcomes.filter((outcome) => !Array.isArray(outcome));
      expect(refusals.every((refusal) => (refusal as { code?: string }).code === '0A000')).toBe(true);
      expect(outcomes.slice(-12)).toEqual(Array.from({ length: 12 }, () => [{ id: 1, extra: null }]));
    } finally {
      await subgraph.ownerDataSource.query('DROP TABLE participation.stale_probe');
    }
  });

  it('serves GraphQL requests the same on connections that have prepared their statements', async () => {
    const query = '{ events(first: 5) { totalCount nodes { id title } } }';
    const answers = [];
    for (let index = 0; index < 8; index += 1) answers.push(await subgraph.execute(query));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].errors).toBeUndefined();
    expect(answers[0].data!.events.totalCount).toBeGreaterThan(0);
  });
});
