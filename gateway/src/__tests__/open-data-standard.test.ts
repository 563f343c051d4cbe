import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import yauzl from 'yauzl';
import { DemoIds } from '@infitah/demo-data';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** Open data to a standard: its licence, its DCAT-AP catalogue, Morocco's wall clock beside each instant, the archive. */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform.close());

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const NEW_DATASETS = ['milestones', 'indicators', 'measurements', 'reviews', 'attendance'];

type Node = Record<string, Array<{ '@id'?: string; '@value'?: string; '@language'?: string; '@type'?: string }>> & { '@id': string; '@type'?: string[] };

async function listing() {
  const body = (await (await fetch(`${platform.gatewayUrl}/open-data/`)).json()) as {
    license: { url: string };
    catalog: string;
    archive: string;
    datasets: Array<{ name: string; rowCount: number; columns: Array<{ name: string }>; license: string; metadata: string }>;
  };
  return body;
}

const rows = async (name: string) => (await (await fetch(`${platform.gatewayUrl}/open-data/${name}.json`)).json()) as Array<Record<string, unknown>>;
const csvRows = async (name: string) =>
  parse(await (await fetch(`${platform.gatewayUrl}/open-data/${name}.csv`)).text(), { columns: true }) as Array<Record<string, string>>;

/** The catalogue as RDF nodes by id (JSON-LD flattened by a real processor: a wrong prefix or shape shows here). */
async function catalogNodes(): Promise<{ response: Response; nodes: Map<string, Node> }> {
  const response = await fetch(`${platform.gatewayUrl}/open-data/catalog.jsonld`);
  const document = (await response.clone().json()) as jsonld.JsonLdDocument;
  const flattened = (await jsonld.flatten(document)) as unknown as { '@graph': Node[] } | Node[];
  const graph = Array.isArray(flattened) ? flattened : flattened['@graph'];
  return { response, nodes: new Map(graph.map((node) => [node['@id'], node])) };
}

/** An instant on Morocco's wall clock to the second, by the platform's own time-zone data (Intl), independently of the code under test. */
const casablanca = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(instant)
    .replace(' ', 'T');

const values = (node: Node, property: string) => node[property] ?? [];
const ids = (node: Node, property: string) => values(node, property).map((value) => value['@id']);
const languages = (node: Node, property: string) => new Set(values(node, property).map((value) => value['@language']));

function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the licence', () => {
  it('is CC BY 4.0, in the listing, in a Link header of every CSV and JSON file, and in the CSV on the Web metadata beside each CSV', async () => {
    const body = await listing();
    expect(body.license.url).toBe(CC_BY);
    expect(body.datasets.length).toBeGreaterThanOrEqual(10);
    for (const dataset of body.datasets) {
      expect(dataset.license).toBe(CC_BY);
      const csv = await fetch(`${platform.gatewayUrl}/open-data/${dataset.name}.csv`);
      expect(csv.headers.get('link')).toContain(`<${CC_BY}>; rel="license"`);
      expect(csv.headers.get('link')).toContain(`<${dataset.metadata}>; rel="describedby"; type="application/csvm+json"`);
      const [header] = parse(await csv.text(), { to_line: 1 }) as string[][];
      const json = await fetch(`${platform.gatewayUrl}/open-data/${dataset.name}.json`);
      expect(json.headers.get('link')).toContain(`<${CC_BY}>; rel="license"`);
      await json.arrayBuffer();

      const metadata = await fetch(dataset.metadata);
      expect(metadata.status).toBe(200);
      expect(metadata.headers.get('content-type')).toBe('application/csvm+json; charset=utf-8');
      const described = (await metadata.json()) as { url: string; 'dc:license': { '@id': string }; tableSchema: { columns: Array<{ name: string }> } };
      expect(described.url).toBe(`${platform.gatewayUrl}/open-data/${dataset.name}.csv`);
      expect(described['dc:license']['@id']).toBe(CC_BY);
      expect(described.tableSchema.columns.map((column) => column.name)).toEqual(header);
    }
  });
});

describe('GET /open-data/catalog.jsonld', () => {
  it('is a DCAT-AP catalogue: its publisher and licence, and for every dataset titles and keywords in Arabic and French, a description, its period and last change, and a distribution per format with its licence', async () => {
    const { response, nodes } = await catalogNodes();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const [catalog] = [...nodes.values()].filter((node) => node['@type']?.includes(`${DCAT}Catalog`));
    for (const property of [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`, `${DCAT}dataset`, `${FOAF}homepage`, `${DCT}language`]) {
      expect(values(catalog, property).length).toBeGreaterThan(0);
    }
    expect(ids(catalog, `${DCT}license`)).toEqual([CC_BY]);
    const publisher = nodes.get(ids(catalog, `${DCT}publisher`)[0]!)!;
    expect(languages(publisher, `${FOAF}name`)).toEqual(new Set(['ar', 'fr', 'en']));

    const datasets = ids(catalog, `${DCAT}dataset`).map((id) => nodes.get(id!)!);
    const names = datasets.map((dataset) => values(dataset, `${DCT}identifier`)[0]['@value']);
    const listed = (await listing()).datasets;
    expect(names.sort()).toEqual([...listed.map((dataset) => dataset.name), 'all'].sort());
    expect(names).toEqual(expect.arrayContaining(NEW_DATASETS));

    for (const dataset of datasets) {
      const name = values(dataset, `${DCT}identifier`)[0]['@value'];
      expect(dataset['@type']).toEqual([`${DCAT}Dataset`]);
      expect(languages(dataset, `${DCT}title`)).toEqual(new Set(['ar', 'fr', 'en']));
      expect(languages(dataset, `${DCT}description`)).toEqual(new Set(['ar', 'fr', 'en']));
      expect(languages(dataset, `${DCAT}keyword`)).toEqual(new Set(['ar', 'fr', 'en']));
      expect(ids(dataset, `${DCT}license`)).toEqual([CC_BY]);
      expect(ids(dataset, `${DCT}publisher`)).toEqual([publisher['@id']]);
      // last change: known once a dataset has rows (the demo data has no published review)
      const rowCount = name === 'all' ? 1 : listed.find((entry) => entry.name === name)!.rowCount;
      for (const property of [`${DCAT}contactPoint`, `${DCT}spatial`, `${DCAT}theme`, `${DCT}accessRights`, ...(rowCount ? [`${DCT}modified`] : [])]) {
        expect({ name, property, present: values(dataset, property).length > 0 }).toEqual({ name, property, present: true });
      }
      const distributions = ids(dataset, `${DCAT}distribution`).map((id) => nodes.get(id!)!);
      expect(distributions.length).toBe(name === 'all' ? 1 : 2);
      for (const distribution of distributions) {
        expect(ids(distribution, `${DCT}license`)).toEqual([CC_BY]);
        const [url] = ids(distribution, `${DCAT}downloadURL`);
        expect(ids(distribution, `${DCAT}accessURL`)).toEqual([url]);
        const [mediaType] = ids(distribution, `${DCAT}mediaType`);
        expect(mediaType).toMatch(/^http:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/json|application\/zip)$/);
        expect(ids(distribution, `${DCT}format`)[0]).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON|ZIP)$/);
        // every dataset listed downloads, as the media type it is said to be
        const download = await fetch(url!);
        expect({ url, status: download.status }).toEqual({ url, status: 200 });
        expect(download.headers.get('content-type')).toContain(mediaType!.replace('http://www.iana.org/assignments/media-types/', ''));
        expect(download.headers.get('link')).toContain(`<${CC_BY}>; rel="license"`);
        await download.arrayBuffer();
      }
    }
    // the period of the events: from the first one's day on Morocco's calendar
    const events = datasets.find((dataset) => values(dataset, `${DCT}identifier`)[0]['@value'] === 'events')!;
    const period = nodes.get(ids(events, `${DCT}temporal`)[0]!)!;
    const first = (await rows('events')).map((event) => new Date(event.starts_at as string)).sort((a, b) => a.getTime() - b.getTime())[0];
    expect(values(period, `${DCAT}startDate`)[0]).toMatchObject({ '@value': casablanca(first).slice(0, 10), '@type': 'http://www.w3.org/2001/XMLSchema#date' });
  });
});

describe("Morocco's wall clock beside every instant", () => {
  it('reads the month-precision council session of October 2025 as 2025-10 locally, beside its UTC instant 2025-09-30T23:00Z', async () => {
    const session = (await rows('events')).find((event) => event.id === DemoIds.events.tamazganaCouncilSession)!;
    expect(new Date(session.starts_at as string).toISOString()).toBe('2025-09-30T23:00:00.000Z');
    expect(session).toMatchObject({ starts_at_local: '2025-10', starts_at_precision: 'MONTH', ends_at: null, ends_at_local: null, ends_at_precision: null });
    const csv = (await csvRows('events')).find((event) => event.id === DemoIds.events.tamazganaCouncilSession)!;
    expect(csv).toMatchObject({ starts_at_local: '2025-10', starts_at_precision: 'MONTH' });
  });

  it("reads a minute-precision time at the offset of its day (UTC+0 in Ramadan, UTC+1 otherwise), and a record's own changes to the second", async () => {
    const ramadan = randomUUID();
    const may = randomUUID();
    await platform.subgraphs.participation.ownerDataSource.query(
      `INSERT INTO participation.event (collectivity_id, id, kind, title_fr, starts_at, ends_at, published)
       VALUES ($1, $2, 'PUBLIC_CONSULTATION', 'Consultation pendant le Ramadan', '2025-03-07T10:30:00Z', '2025-03-07T12:00:00Z', true),
              ($1, $3, 'PUBLIC_CONSULTATION', 'Consultation en mai', '2025-05-06T09:00:00Z', NULL, true)`,
      [DemoIds.tamazgana, ramadan, may],
    );
    const events = await rows('events');
    expect(events.find((event) => event.id === ramadan)).toMatchObject({
      starts_at_local: '2025-03-07T10:30',
      starts_at_precision: 'MINUTE',
      ends_at_local: '2025-03-07T12:00',
      ends_at_precision: 'MINUTE',
    });
    const row = events.find((event) => event.id === may)!;
    expect(row).toMatchObject({ starts_at: '2025-05-06T09:00:00+00:00', starts_at_local: '2025-05-06T10:00', updated_at_precision: 'SECOND' });
    expect(row.updated_at_local).toBe(casablanca(new Date(row.updated_at as string)));
  });

  it('gives every instant column its local and precision columns, and every date column its precision', async () => {
    for (const dataset of (await listing()).datasets) {
      const names = dataset.columns.map((column) => column.name);
      for (const name of names.filter((column) => /_at$/.test(column))) {
        expect(names.slice(names.indexOf(name), names.indexOf(name) + 3)).toEqual([name, `${name}_local`, `${name}_precision`]);
      }
      for (const name of names.filter((column) => /_on$|^period_(start|end)$/.test(column))) {
        expect(names[names.indexOf(name) + 1]).toBe(`${name}_precision`);
      }
    }
    const tamazgana = (await rows('collectivities')).find((row) => row.id === DemoIds.tamazgana)!;
    expect(tamazgana).toMatchObject({ joined_on: '2024-12', joined_on_precision: 'MONTH' });
  });
});

describe('the new datasets', () => {
  /** Rows the public must see, and rows it must not, per dataset: by id (attendance: by event). */
  const seen: Record<string, string[]> = {};
  const hidden: Record<string, string[]> = {};

  beforeAll(async () => {
    const evaluation = platform.subgraphs.evaluation.ownerDataSource;
    const participation = platform.subgraphs.participation.ownerDataSource;
    const commune = DemoIds.demoCommune;
    /** A commitment with a milestone, an indicator with a measurement, and a published review. */
    const commitment = async (programId: string, published: boolean) => {
      const id = randomUUID();
      await evaluation.query(
        `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_fr, principles, published) VALUES ($1, $2, $3, 'Engagement', '{TRANSPARENCY}', $4)`,
        [commune, id, programId, published],
      );
      const [{ id: milestone }] = await evaluation.query(
        `INSERT INTO evaluation.milestone (collectivity_id, commitment_id, position, title, due_on) VALUES ($1, $2, 0, 'Jalon', '2026-03-31') RETURNING id`,
        [commune, id],
      );
      const [{ id: indicator }] = await evaluation.query(
        `INSERT INTO evaluation.indicator (collectivity_id, commitment_id, title, unit, baseline, target, direction) VALUES ($1, $2, 'Indicateur', '%', 0, 100, 'INCREASE') RETURNING id`,
        [commune, id],
      );
      const [{ id: measurement }] = await evaluation.query(
        `INSERT INTO evaluation.measurement (collectivity_id, indicator_id, measured_on, value) VALUES ($1, $2, '2026-01-15', 12.5) RETURNING id`,
        [commune, indicator],
      );
      const [{ id: review }] = await evaluation.query(
        `INSERT INTO evaluation.review (collectivity_id, commitment_id, verified_completion, comment, published) VALUES ($1, $2, 'LIMITED', 'Revue', true) RETURNING id`,
        [commune, id],
      );
      return { milestones: milestone, indicators: indicator, measurements: measurement, reviews: review } as Record<string, string>;
    };
    const open = await commitment(DemoIds.programs.demoCommuneAdopted, true);
    const unpublished = await commitment(DemoIds.programs.demoCommuneAdopted, false);
    const ofDraftProgramme = await commitment(DemoIds.programs.demoCommune, true);
    for (const name of ['milestones', 'indicators', 'measurements', 'reviews']) {
      seen[name] = [open[name]];
      hidden[name] = [unpublished[name], ofDraftProgramme[name]];
    }
    const [{ id: draftReview }] = await evaluation.query(
      `INSERT INTO evaluation.review (collectivity_id, commitment_id, verified_completion, comment, published) VALUES ($1, $2, 'SUBSTANTIAL', 'Revue en préparation', false) RETURNING id`,
      [commune, DemoIds.commitments.demoCommuneRegisterOnline],
    );
    hidden.reviews.push(draftReview);

    // attendance: of a published event of Tamazgana, and of the demo commune's unpublished information meeting
    await participation.query(
      `INSERT INTO participation.attendance (collectivity_id, event_id, category, gender, count)
       VALUES ($1, $2, 'CIVIL_SOCIETY', 'FEMALE', 12), ($1, $2, 'CIVIL_SOCIETY', 'MALE', 9), ($3, $4, 'CITIZEN', 'FEMALE', 30)
       ON CONFLICT (collectivity_id, event_id, category, gender) DO UPDATE SET count = excluded.count`,
      [DemoIds.tamazgana, DemoIds.events.tamazganaWorkshop, commune, DemoIds.events.demoCommuneInformationMeeting],
    );
    seen.attendance = [DemoIds.events.tamazganaWorkshop];
    hidden.attendance = [DemoIds.events.demoCommuneInformationMeeting];
  });

  it.each(NEW_DATASETS)('%s: published records of published programmes only, in CSV and JSON alike', async (name) => {
    const key = name === 'attendance' ? 'event_id' : 'id';
    const json = (await rows(name)).map((row) => row[key]);
    const csv = (await csvRows(name)).map((row) => row[key]);
    expect(csv).toEqual(json);
    expect(json).toEqual(expect.arrayContaining(seen[name]));
    for (const id of hidden[name]) expect(json).not.toContain(id);
  });

  it('counts attendance by category and gender, never naming anyone', async () => {
    const workshop = (await rows('attendance')).filter((row) => row.event_id === DemoIds.events.tamazganaWorkshop);
    expect(workshop).toEqual(
      expect.arrayContaining([
        { event_id: DemoIds.events.tamazganaWorkshop, collectivity_id: DemoIds.tamazgana, event_kind: 'CO_CREATION_WORKSHOP', category: 'CIVIL_SOCIETY', gender: 'FEMALE', count: 12 },
        { event_id: DemoIds.events.tamazganaWorkshop, collectivity_id: DemoIds.tamazgana, event_kind: 'CO_CREATION_WORKSHOP', category: 'CIVIL_SOCIETY', gender: 'MALE', count: 9 },
      ]),
    );
  });

  it("gives measurements as numbers and reviews without their reviewer", async () => {
    const measurement = (await rows('measurements')).find((row) => row.id === seen.measurements[0])!;
    expect(measurement).toMatchObject({ measured_on: '2026-01-15', measured_on_precision: 'DAY', value: 12.5 });
    const review = (await rows('reviews')).find((row) => row.id === seen.reviews[0])!;
    expect(review).toMatchObject({ verified_completion: 'LIMITED', comment: 'Revue', written_at_precision: 'SECOND' });
    expect(Object.keys(review)).not.toContain('reviewer_id');
  });
});

describe('docs/open-data.md', () => {
  it('lists every dataset with each of its columns, in file order', async () => {
    const doc = readFileSync(join(__dirname, '../../../docs/open-data.md'), 'utf8');
    for (const dataset of (await listing()).datasets) {
      const section = doc.split(/^### /m).find((part) => part.startsWith(`\`${dataset.name}\``));
      expect({ dataset: dataset.name, documented: Boolean(section) }).toEqual({ dataset: dataset.name, documented: true });
      const documented = [...section!.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]);
      expect(documented).toEqual(dataset.columns.map((column) => column.name));
    }
  });
});

describe('GET /open-data/all.zip', () => {
  it('holds every dataset as CSV and JSON, each CSV with its metadata, the catalogue and the licence, as the downloads give them', async () => {
    const response = await fetch(`${platform.gatewayUrl}/open-data/all.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('link')).toContain(`<${CC_BY}>; rel="license"`);
    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    const { datasets } = await listing();
    const expected = ['LICENSE.txt', 'catalog.jsonld', ...datasets.flatMap((dataset) => [`${dataset.name}.csv`, `${dataset.name}.json`, `${dataset.name}.csv-metadata.json`])];
    expect([...entries.keys()].sort()).toEqual(expected.sort());
    expect(entries.get('LICENSE.txt')!.toString()).toContain(CC_BY);
    for (const dataset of datasets) {
      expect(JSON.parse(entries.get(`${dataset.name}.json`)!.toString())).toEqual(await rows(dataset.name));
      expect(parse(entries.get(`${dataset.name}.csv`)!.toString(), { columns: true })).toEqual(await csvRows(dataset.name));
    }
    const catalog = JSON.parse(entries.get('catalog.jsonld')!.toString()) as { 'dcat:dataset': Array<{ 'dct:identifier': string }> };
    expect(catalog['dcat:dataset'].map((dataset) => dataset['dct:identifier']).sort()).toEqual([...datasets.map((dataset) => dataset.name), 'all'].sort());
  });
});
