import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RolePasswords } from '@infitah/database';

export interface LocalSecrets {
  rolePasswords: RolePasswords;
  /** Signs and verifies access tokens. */
  jwtSecret: string;
  /** Proves to a subgraph that a request comes from the gateway. */
  gatewaySecret: string;
}

const generate = (bytes = 18) => randomBytes(bytes).toString('base64url');

/** Secrets of a local installation: generated on first start, kept under the data folder, never in code. */
export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  const existing: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: LocalSecrets = {
    // a role added since the last start (e.g. notifications) gets its password now, the others keep theirs
    rolePasswords: {
      owner: generate(),
      territory: generate(),
      participation: generate(),
      evaluation: generate(),
      notifications: generate(),
      ...existing.rolePasswords,
    },
    jwtSecret: existing.jwtSecret ?? generate(48),
    gatewaySecret: existing.gatewaySecret ?? generate(48),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
