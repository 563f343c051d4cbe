import type { SubgraphDefinition } from '@infitah/server-kit';
import { Account } from './accounts/account.entity';
import { AccountResolver } from './accounts/account.resolver';
import { sessionRoute } from './accounts/session.route';
import { ApiKey } from './api-keys/api-key.entity';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { apiKeyRoute } from './api-keys/api-key.route';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { Cohort, OnboardingStep } from './cohorts/cohort.entity';
import { CohortMutations } from './cohorts/cohort.mutations';
import { CohortResolver, MembershipOnboardingResolver } from './cohorts/cohort.resolver';
import { CollectivityAdminResolver } from './collectivities/collectivity-admin.resolver';
import { CollectivityImportResolver } from './collectivities/collectivity-import.resolver';
import { Collectivity } from './collectivities/collectivity.entity';
import { CollectivityResolver } from './collectivities/collectivity.resolver';
import { NetworkMembership } from './collectivities/membership.entity';
import { CollectivityProfile } from './collectivities/profile.entity';
import { createTerritoryLoaders, type TerritoryContext, type TerritoryLoaders } from './context';
import { migrations } from './migrations';
import { Network } from './network/network.entity';
import { MemberProgressQueryResolver, MemberProgressResolver } from './network/member-progress.resolver';
import { Charter, ReportedComposition, SupportProgramme } from './network/network-content.entity';
import { NetworkContentResolver, ReportedCompositionResolver } from './network/network-content.resolver';
import { NetworkResolver } from './network/network.resolver';
import { PersonalDataResolver, ProfilePersonalFieldsResolver } from './personal-data/personal-data.resolver';
import { seedTerritory } from './seed';
import { territoryOpenData } from './open-data';
import { syncResolvers } from './sync';

export const territory: SubgraphDefinition<TerritoryLoaders> = {
  name: 'territory',
  entities: [Collectivity, NetworkMembership, CollectivityProfile, Network, Account, ApiKey, AuditEntry, Cohort, OnboardingStep, SupportProgramme, Charter, ReportedComposition],
  migrations,
  resolvers: [CollectivityResolver, CollectivityAdminResolver, CollectivityImportResolver, NetworkResolver, AccountResolver, ApiKeyResolver, AuditResolver, CohortResolver, MembershipOnboardingResolver, CohortMutations, PersonalDataResolver, ProfilePersonalFieldsResolver, NetworkContentResolver, ReportedCompositionResolver, MemberProgressResolver, MemberProgressQueryResolver, ...syncResolvers],
  openData: territoryOpenData,
  referenceResolvers: {
    Collectivity: {
      __resolveReference: (reference: { id: string }, context: TerritoryContext) =>
        context.loaders.collectivityById.load(reference.id),
    },
    Cohort: {
      __resolveReference: (reference: { id: string }, context: TerritoryContext) => context.loaders.cohortById.load(reference.id),
    },
    Network: {
      __resolveReference: (reference: { id: string }, context: TerritoryContext) =>
        context.loaders.networkById.load(reference.id),
    },
    // one person's data is the network's to read, as at the root field
    PersonalDataSubject: {
      __resolveReference: (reference: { email: string }, context: TerritoryContext) => (context.caller.role === 'NETWORK_ADMIN' ? { email: reference.email } : null),
    },
  },
  createLoaders: createTerritoryLoaders,
  seedDemoData: seedTerritory,
  routes: (app, services) => {
    sessionRoute(app, services);
    apiKeyRoute(app, services);
  },
};
