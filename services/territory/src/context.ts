import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createCollectivityLoaders } from './collectivities/collectivity.loader';
import { createNetworkLoaders } from './network/network.loader';

export type TerritoryLoaders = ReturnType<typeof createCollectivityLoaders> & ReturnType<typeof createNetworkLoaders>;
export type TerritoryContext = RequestContext<TerritoryLoaders>;

export function createTerritoryLoaders(context: RequestScope): TerritoryLoaders {
  return { ...createCollectivityLoaders(context), ...createNetworkLoaders(context) };
}
