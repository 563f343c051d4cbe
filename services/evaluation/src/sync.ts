import { TombstoneQuery } from '@infitah/server-kit';

/** Deletions a sync reads beside each list (docs/graph.md, Incremental sync), from `evaluation.tombstone`. */
export const syncResolvers = [
  TombstoneQuery({ field: 'deletedActionPrograms', type: 'ActionProgram', list: 'actionPrograms', schema: 'evaluation' }),
  TombstoneQuery({ field: 'deletedCommitments', type: 'Commitment', list: 'commitments', schema: 'evaluation' }),
  TombstoneQuery({ field: 'deletedLibraryEntries', type: 'LibraryEntry', list: 'libraryEntries', schema: 'evaluation' }),
];
