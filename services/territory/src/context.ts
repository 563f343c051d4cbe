import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createAccountLoaders } from './accounts/account.loader';
import { createApiKeyLoaders } from './api-keys/api-key.loader';
import { createCohortLoaders } from './cohorts/cohort.loader';
import { createCollectivityLoaders } from './collectivities/collectivity.loader';
import { createMemberProgressLoaders } from './network/member-progress.loader';
import { createNetworkLoaders } from './network/network.loader';

export type TerritoryLoaders = ReturnType<typeof createCollectivityLoaders> &
  ReturnType<typeof createNetworkLoaders> &
  ReturnType<typeof createAccountLoaders> &
  ReturnType<typeof createApiKeyLoaders> &
  ReturnType<typeof createCohortLoaders> &
  ReturnType<typeof createMemberProgressLoaders>;
export type TerritoryContext = RequestContext<TerritoryLoaders>;

export function createTerritoryLoaders(scope: RequestScope): TerritoryLoaders {
  return { ...createCollectivityLoaders(scope), ...createNetworkLoaders(scope), ...createAccountLoaders(scope), ...createApiKeyLoaders(scope), ...createCohortLoaders(scope), ...createMemberProgressLoaders(scope) };
}
