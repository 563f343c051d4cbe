import { visibleRowsByParametersSql } from '@infitah/server-kit';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { EvaluationContext } from '../context';
import { Network } from '../network/network.reference';
import { LibraryEntryKind, LibraryEntryStatus, LibraryFigures } from './library-entry.entity';

// the read rule of library entries (visibleLibraryEntriesSql): $1 caller role, $2 caller collectivity
const VISIBLE = visibleRowsByParametersSql('e', { role: 1, collectivity: 2 }, 'proposed_by_collectivity_id');

@Resolver(() => Network)
export class NetworkLibraryResolver {
  @FieldResolver(() => LibraryFigures, {
    nullable: true,
    description: 'The library in figures, counting the entries the caller may see (so they agree with `libraryEntries`).',
  })
  async library(@Ctx() context: EvaluationContext): Promise<LibraryFigures> {
    const manager = await context.manager();
    // one statement, whatever the size of the library
    const rows: Array<{ kind: LibraryEntryKind; status: LibraryEntryStatus; count: number }> = await manager.query(
      `SELECT e.kind, e.status, count(*)::int AS count FROM evaluation.library_entry e WHERE ${VISIBLE} GROUP BY e.kind, e.status`,
      [context.caller.role, context.caller.collectivityId],
    );
    const sum = (keep: (row: (typeof rows)[number]) => boolean) => rows.filter(keep).reduce((total, row) => total + row.count, 0);
    return {
      entryCount: sum(() => true),
      publishedCount: sum((row) => row.status === LibraryEntryStatus.PUBLISHED),
      proposedCount: sum((row) => row.status === LibraryEntryStatus.PROPOSED),
      byKind: Object.values(LibraryEntryKind).map((kind) => ({ kind, count: sum((row) => row.kind === kind) })),
    };
  }
}
