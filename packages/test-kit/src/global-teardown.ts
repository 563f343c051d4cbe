import { rmSync } from 'node:fs';
import type { EmbeddedPostgresHandle } from '@infitah/database';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__infitahPostgres as
    | { postgres: EmbeddedPostgresHandle; dataDir: string }
    | undefined;
  if (!started) return;
  await started.postgres.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
