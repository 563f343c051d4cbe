import type { LaunchedPlatform } from '../../harness/launched-platform';

export default async function globalTeardown(): Promise<void> {
  await ((globalThis as Record<string, unknown>).__infitahToolsPlatform as LaunchedPlatform | undefined)?.stop();
}
