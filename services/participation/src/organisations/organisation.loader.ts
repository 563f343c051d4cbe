import { DataLoader, loadByTenantKeys, tenantKey, type RequestScope, type TenantKey } from '@infitah/server-kit';
import { Organisation } from './organisation.entity';

export function createOrganisationLoaders(scope: RequestScope) {
  return {
    organisationByKey: new DataLoader<TenantKey, Organisation | null, string>(
      async (keys) => loadByTenantKeys(await scope.manager(), Organisation, keys, scope.caller),
      { cacheKeyFn: tenantKey },
    ),
  };
}
