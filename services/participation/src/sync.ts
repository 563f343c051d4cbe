import { TombstoneQuery } from '@infitah/server-kit';

/** Deletions a sync reads beside each list (docs/graph.md, Incremental sync), from `participation.tombstone`. */
export const syncResolvers = [
  TombstoneQuery({ field: 'deletedEvents', type: 'Event', list: 'events', schema: 'participation' }),
  TombstoneQuery({ field: 'deletedProposals', type: 'Proposal', list: 'proposals', schema: 'participation' }),
  TombstoneQuery({ field: 'deletedOrganisations', type: 'Organisation', list: 'organisations', schema: 'participation' }),
];
