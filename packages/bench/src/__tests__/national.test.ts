import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { evaluation } from '@infitah/evaluation';
import { participation } from '@infitah/participation';
import { migrateSubgraph } from '@infitah/server-kit';
import { territory } from '@infitah/territory';
import { createTestDatabase, type TestDatabase } from '@infitah/test-kit';
import { loadNational } from '../load';
import { generateNational, NATIONAL_SCALE, type NationalScale } from '../national';
import { Prng } from '../prng';

/** Two regions, three provinces and 30 communes: the national generator's shapes, small enough for a test. */
const SMALL: NationalScale = {
  ...NATIONAL_SCALE,
  provincesPerRegion: [2, 1],
  prefectures: 1,
  communes: 30,
  networkTrainings: 3,
  invitedPerTraining: 12,
  libraryEntries: 6,
};

const fingerprint = (scale: NationalScale, seed?: string) =>
  createHash('sha256').update(JSON.stringify(generateNational(scale, { seed, passwordHash: 'hash' }).tables.map((table) => [table.name, table.values]))).digest('hex');

describe('the national generator', () => {
  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(fingerprint(SMALL)).toBe(fingerprint(SMALL));
    expect(fingerprint(SMALL, 'another seed')).not.toBe(fingerprint(SMALL));
    const random = new Prng('x');
    expect(Array.from({ length: 3 }, () => random.uuid())).toEqual(Array.from({ length: 3 }, ((copy) => () => copy.uuid())(new Prng('x'))));
  });

  it('makes the whole country: 12 regions, 75 prefectures and provinces, 1,503 communes, about 60 proposals each', () => {
    const dataset = generateNational(NATIONAL_SCALE, { passwordHash: 'hash' });
    const table = (name: string) => dataset.tables.find((candidate) => candidate.name === name)!;
    const kinds = table('territory.collectivity').values[1] as string[];
    const count = (kind: string) => kinds.filter((value) => value === kind).length;
    expect([count('REGION'), count('PREFECTURE') + count('PROVINCE'), count('COMMUNE')]).toEqual([12, 75, 1503]);
    expect(count('PREFECTURE')).toBe(13);
    expect(table('territory.network_membership').length).toBe(1590);
    expect(table('evaluation.action_program').length).toBe(1503);
    expect(table('participation.proposal').length / 1503).toBeCloseTo(60, -1);
    expect(table('participation.event').length / 1503).toBeCloseTo(10, 0);
    expect(table('evaluation.commitment').length / 1503).toBeCloseTo(12, 0);
    expect(table('evaluation.measurement').length).toBe(table('evaluation.indicator').length * 6);
    const published = table('participation.proposal').values[16] as boolean[];
    expect(published.filter(Boolean).length / published.length).toBeCloseTo(0.8, 1);
  });
});

describe('loading it', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (const definition of [territory, participation, evaluation]) await migrateSubgraph(definition, database.ownerUrl);
  });
  afterAll(() => database.drop());

  it('loads every row as the owner, and row-level security still filters the runtime roles', async () => {
    const dataset = generateNational(SMALL, { passwordHash: 'hash' });
    const report = await loadNational(database.ownerUrl, dataset);
    expect(report.rows['territory.collectivity']).toBe(2 + 3 + 30);
    expect(report.totalRows).toBeGreaterThan(5_000);

    const client = new Client({ connectionString: database.appUrls.participation });
    await client.connect();
    try {
      const total = report.rows['participation.proposal'];
      const { rows } = await client.query<{ forced: boolean }>(
        "SELECT relforcerowsecurity AS forced FROM pg_class WHERE oid = 'participation.proposal'::regclass AND relrowsecurity",
      );
      expect(rows).toEqual([{ forced: true }]);
      const anonymous = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM participation.proposal');
      expect(anonymous.rows[0].count).toBeGreaterThan(0);
      expect(anonymous.rows[0].count).toBeLessThan(total);
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.role', 'NETWORK_ADMIN', true)");
      const network = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM participation.proposal');
      await client.query('COMMIT');
      expect(network.rows[0].count).toBe(total);
    } finally {
      await client.end();
    }
  });
});
