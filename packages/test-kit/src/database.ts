import { randomBytes } from 'node:crypto';
import { dropDatabase, prepareDatabase, type DatabaseUrls, type RolePasswords } from '@infitah/database';

export interface TestDatabase extends DatabaseUrls {
  name: string;
  adminUrl: string;
  passwords: RolePasswords;
  drop(): Promise<void>;
}

export function testAdminUrl(): string {
  const url = process.env.INFITAH_TEST_ADMIN_URL;
  if (!url) throw new Error('No test database server: run the tests through jest with the @infitah/test-kit preset');
  return url;
}

export function testPasswords(): RolePasswords {
  return JSON.parse(process.env.INFITAH_TEST_PASSWORDS ?? 'null') as RolePasswords;
}

/** A fresh database with the schemas and roles of production, so tests never share state. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const passwords = testPasswords();
  const name = `infitah_test_${randomBytes(6).toString('hex')}`;
  const urls = await prepareDatabase(adminUrl, name, passwords);
  return { ...urls, name, adminUrl, passwords, drop: () => dropDatabase(adminUrl, name) };
}
