import { TombstoneQuery } from '@infitah/server-kit';

/** Deletions a sync reads beside each list (docs/graph.md, Incremental sync), from `territory.tombstone`. */
export const syncResolvers = [
  TombstoneQuery({ field: 'deletedCohorts', type: 'Cohort', list: 'cohorts', schema: 'territory' }),
];
