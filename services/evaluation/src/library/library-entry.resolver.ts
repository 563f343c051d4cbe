import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, inLanguage, Language, pageAndCount, pageOf, PageArgs } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import { Commitment } from '../commitments/commitment.entity';
import type { EvaluationContext } from '../context';
import { LibraryEntry, LibraryEntryConnection } from './library-entry.entity';
import { LibraryEntryFilter } from './library-entry.input';
import { visibleLibraryEntriesSql } from './library-entry.loader';

const LANGUAGE = { nullable: true, description: 'AR or FR: the text in that language, else in the other; Arabic by default.' } as const;

/** Words to search for once folded: a search of punctuation only filters nothing. */
const hasWords = (search: string) => /[\p{L}\p{N}]/u.test(search);

@Resolver(() => LibraryEntry)
export class LibraryEntryResolver {
  @Query(() => LibraryEntryConnection, {
    description:
      'The network’s library: published entries for everyone, plus the network’s drafts for the network and a collectivity’s own proposals for its accounts. Best search matches first, then newest first.',
  })
  async libraryEntries(
    @Arg('filter', () => LibraryEntryFilter, { nullable: true, description: 'Conditions on the entries; none lists them all.' }) filter: LibraryEntryFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: EvaluationContext,
  ): Promise<LibraryEntryConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const visible = visibleLibraryEntriesSql('e', context.caller);
    const query = manager.createQueryBuilder(LibraryEntry, 'e').where(visible.sql, visible.parameters);
    if (filter?.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter?.principle) query.andWhere(':principle = ANY(e.principles)', { principle: filter.principle });
    if (filter?.collectivityId) query.andWhere('e.origin_collectivity_id = :collectivityId', { collectivityId: filter.collectivityId });
    if (filter?.status) query.andWhere('e.status = :status', { status: filter.status });
    const search = filter?.search?.trim();
    if (search && hasWords(search)) {
      query
        .andWhere('e.search_vector @@ evaluation.library_search_query(:search)', { search })
        .orderBy('ts_rank(e.search_vector, evaluation.library_search_query(:search))', 'DESC');
    }
    const connection = await pageAndCount(query.addOrderBy('e.created_at', 'DESC').addOrderBy('e.id', 'ASC'), page);
    for (const node of connection.nodes) context.loaders.libraryEntryById.prime(node.id, node);
    return connection;
  }

  @Query(() => LibraryEntry, { nullable: true, description: 'A library entry the caller may see, or null.' })
  libraryEntry(@Arg('id', () => ID, { description: 'The entry id (UUID).' }) id: string, @Ctx() context: EvaluationContext) {
    return context.loaders.libraryEntryById.load(assertUuid('id', id));
  }

  @FieldResolver(() => String, { description: 'The title in the asked language (Arabic by default), else in the other.' })
  title(@Root() entry: LibraryEntry, @Arg('language', () => Language, LANGUAGE) language: Language | null): string {
    return inLanguage({ ar: entry.titleAr, fr: entry.titleFr }, language);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The summary in the asked language (Arabic by default), else in the other; null without one.' })
  summary(@Root() entry: LibraryEntry, @Arg('language', () => Language, LANGUAGE) language: Language | null): string | null {
    return inLanguage({ ar: entry.summaryAr, fr: entry.summaryFr }, language) || null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The full text in the asked language (Arabic by default), else in the other; null without one.' })
  body(@Root() entry: LibraryEntry, @Arg('language', () => Language, LANGUAGE) language: Language | null): string | null {
    return inLanguage({ ar: entry.bodyAr, fr: entry.bodyFr }, language) || null;
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity the practice comes from; null for the network’s own material.' })
  collectivity(@Root() entry: LibraryEntry): Collectivity | null {
    return entry.originCollectivityId ? { id: entry.originCollectivityId } : null;
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity that proposed the entry; null when the network wrote it.' })
  proposedBy(@Root() entry: LibraryEntry): Collectivity | null {
    return entry.proposedByCollectivityId ? { id: entry.proposedByCollectivityId } : null;
  }

  @FieldResolver(() => [Commitment], {
    description: 'The commitments the entry documents that the caller may see; only commitments of the entry’s own collectivity ever resolve.',
  })
  async commitments(@Root() entry: LibraryEntry, @Ctx() context: EvaluationContext): Promise<Commitment[]> {
    const origin = entry.originCollectivityId;
    if (!origin || entry.commitmentIds.length === 0) return [];
    const found = await context.loaders.commitmentByKey.loadMany(entry.commitmentIds.map((id) => ({ collectivityId: origin, id })));
    return found.filter((commitment): commitment is Commitment => Boolean(commitment) && !(commitment instanceof Error));
  }
}
