import type { LaunchedPlatform } from '../../harness/launched-platform';

/** What the tests need of the platform the run started (see global-setup.ts). */
export type SharedPlatform = Pick<LaunchedPlatform, 'gatewayUrl' | 'ports' | 'gatewaySecret'>;

export const SHARED_PLATFORM_VARIABLE = 'INFITAH_TOOLS_TEST_PLATFORM';

/** The platform global-setup.ts started for this jest run. */
export function sharedPlatform(): SharedPlatform {
  const description = process.env[SHARED_PLATFORM_VARIABLE];
  if (!description) throw new Error(`${SHARED_PLATFORM_VARIABLE} is unset: run these tests with the tools' jest configuration`);
  return JSON.parse(description) as SharedPlatform;
}
