import { join, resolve } from 'node:path';
import { hash } from '@node-rs/argon2';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { dropDatabase, ensureRoles, prepareDatabase, startEmbeddedPostgres, type DatabaseUrls, type EmbeddedPostgresHandle } from '@infitah/database';
import { migrateAll } from '@infitah/database/dist/migrate-all';
import { loadLocalSecrets, type LocalSecrets } from '@infitah/launcher/dist/secrets';
import { loadNational } from './load';
import { generateNational, NATIONAL_PASSWORD, NATIONAL_SCALE, NATIONAL_SEED } from './national';

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Where the national dataset lives: its own embedded PostgreSQL cluster under `.data-national/` (port 54339), never
 * the demo database of `npm start` (`.data/`, port 54329). With DATABASE_URL (a superuser URL) it goes to that
 * server instead, in its own database `infitah_national`.
 */
export interface NationalEnvironment {
  dataDir: string;
  port: number;
  databaseName: string;
  databaseUrl?: string;
}

export function nationalEnvironment(env: NodeJS.ProcessEnv = process.env): NationalEnvironment {
  const databaseName = env.NATIONAL_DATABASE || 'infitah_national';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseName)) throw new Error('NATIONAL_DATABASE: lower-case letters, digits and _ only');
  if (databaseName === (env.INFITAH_DATABASE || 'infitah')) throw new Error('NATIONAL_DATABASE must not be the demo database');
  return {
    dataDir: resolve(env.NATIONAL_DATA_DIR ?? join(REPOSITORY_ROOT, '.data-national')),
    port: Number(env.NATIONAL_POSTGRES_PORT ?? 54339),
    databaseName,
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

/** Written on the database once a load has completed: a database without it is loaded again from scratch. */
export const DATASET_MARKER = `infitah national dataset (seed ${NATIONAL_SEED}, ${NATIONAL_SCALE.communes} communes)`;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function datasetMarker(adminUrl: string, databaseName: string): Promise<string | null> {
  return withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ marker: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS marker FROM pg_database WHERE datname = $1",
      [databaseName],
    );
    return rows[0]?.marker ?? null;
  });
}

export interface NationalDatabase {
  adminUrl: string;
  urls: DatabaseUrls;
  secrets: LocalSecrets;
  stop(): Promise<void>;
}

/** Starts the national cluster (unless DATABASE_URL names a server) and makes sure the roles and database exist. */
export async function openNationalServer(environment: NationalEnvironment, log: (line: string) => void): Promise<{ adminUrl: string; postgres: EmbeddedPostgresHandle | null }> {
  if (environment.databaseUrl) return { adminUrl: environment.databaseUrl, postgres: null };
  log(`[national] embedded PostgreSQL on port ${environment.port} (data in ${environment.dataDir})`);
  const postgres = await startEmbeddedPostgres({ dataDir: environment.dataDir, port: environment.port });
  return { adminUrl: postgres.url, postgres };
}

/**
 * The national dataset, loaded when missing (or with `force`): roles, database, schemas and every subgraph's
 * migrations (each subgraph's own `cli.js prepare`, without demo data), then the generated rows as the owner role.
 */
export async function ensureNationalDataset(
  adminUrl: string,
  environment: NationalEnvironment,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<{ seeded: boolean; urls: DatabaseUrls; secrets: LocalSecrets; seconds?: number; rows?: number }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const secrets = loadLocalSecrets(environment.dataDir);
  const marker = await datasetMarker(adminUrl, environment.databaseName);
  if (marker === DATASET_MARKER && !options.force) {
    await ensureRoles(adminUrl, secrets.rolePasswords);
    const urls = await prepareDatabase(adminUrl, environment.databaseName, secrets.rolePasswords);
    return { seeded: false, urls, secrets };
  }
  const started = Date.now();
  log(`[national] ${marker === null ? 'creating' : 'recreating'} database ${environment.databaseName}`);
  await dropDatabase(adminUrl, environment.databaseName);
  await migrateAll({
    adminUrl,
    databaseName: environment.databaseName,
    passwords: secrets.rolePasswords,
    childEnv: { ...process.env, NODE_ENV: 'production', SEED_DEMO_DATA: 'false' },
    log: (line) => {
      if (/"level":"(warn|error)"/.test(line)) log(`[national] ${line}`);
    },
  });
  const urls = await prepareDatabase(adminUrl, environment.databaseName, secrets.rolePasswords);
  log(`[national] migrations applied in ${((Date.now() - started) / 1000).toFixed(1)} s; generating the country (seed ${NATIONAL_SEED})`);
  // one hash for every generated account: argon2 is slow on purpose
  const passwordHash = await hash(NATIONAL_PASSWORD);
  const dataset = generateNational(NATIONAL_SCALE, { passwordHash });
  const report = await loadNational(urls.ownerUrl, dataset, log);
  await withClient(adminUrl, (client) => client.query(`COMMENT ON DATABASE ${escapeIdentifier(environment.databaseName)} IS ${escapeLiteral(DATASET_MARKER)}`));
  const seconds = (Date.now() - started) / 1000;
  log(`[national] ${report.totalRows.toLocaleString('en')} rows loaded in ${(report.milliseconds / 1000).toFixed(1)} s; ${seconds.toFixed(1)} s in all`);
  return { seeded: true, urls, secrets, seconds, rows: report.totalRows };
}
