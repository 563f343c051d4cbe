import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ensureRoles, startEmbeddedPostgres, type RolePasswords } from '@infitah/database';

/**
 * Boots one embedded PostgreSQL for the whole jest run (unless DATABASE_URL names a server to use) and
 * creates the cluster roles once; each test file then gets a database of its own.
 */
export default async function globalSetup(config: { rootDir: string }): Promise<void> {
  const passwords: RolePasswords = {
    owner: randomBytes(12).toString('hex'),
    territory: randomBytes(12).toString('hex'),
    participation: randomBytes(12).toString('hex'),
    evaluation: randomBytes(12).toString('hex'),
    notifications: randomBytes(12).toString('hex'),
  };
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = join(config.rootDir, '.data', `test-${process.pid}`);
    const postgres = await startEmbeddedPostgres({ dataDir, port: 0 });
    (globalThis as Record<string, unknown>).__infitahPostgres = { postgres, dataDir };
    adminUrl = postgres.url;
  }
  await ensureRoles(adminUrl, passwords);
  // Workers start after global setup and inherit these.
  process.env.INFITAH_TEST_ADMIN_URL = adminUrl;
  process.env.INFITAH_TEST_PASSWORDS = JSON.stringify(passwords);
  process.env.INFITAH_TEST_JWT_SECRET = randomBytes(32).toString('base64url');
  process.env.INFITAH_TEST_GATEWAY_SECRET = randomBytes(32).toString('base64url');
}
