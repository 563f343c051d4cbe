import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RolePasswords } from '@infitah/database';

export interface LocalSecrets {
  rolePasswords: RolePasswords;
}

const generate = () => randomBytes(18).toString('base64url');

/** Secrets of a local installation: generated on first start, kept under the data folder, never in code. */
export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  const existing: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: LocalSecrets = {
    rolePasswords: existing.rolePasswords ?? {
      owner: generate(),
      territory: generate(),
      participation: generate(),
      evaluation: generate(),
    },
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
