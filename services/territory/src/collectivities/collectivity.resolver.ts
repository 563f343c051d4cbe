import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, pageAndCount, pageOf, PageArgs } from '@infitah/server-kit';
import type { TerritoryContext } from '../context';
import { Collectivity, CollectivityConnection } from './collectivity.entity';
import { CollectivityFilter } from './collectivity.input';
import { NetworkMembership } from './membership.entity';

const KIND_ORDER = "array_position(ARRAY['REGION','PREFECTURE','PROVINCE','COMMUNE']::text[], c.kind)";

@Resolver(() => Collectivity)
export class CollectivityResolver {
  @Query(() => Collectivity, {
    nullable: true,
    description: 'A collectivity by id, or null when there is none. Public; a malformed id is BAD_USER_INPUT naming `id`.',
  })
  collectivity(@Arg('id', () => ID, { description: "The collectivity's UUID." }) id: string, @Ctx() context: TerritoryContext) {
    return context.loaders.collectivityById.load(assertUuid('id', id));
  }

  @Query(() => CollectivityConnection, {
    description:
      'Collectivities, public to everyone: regions first, then prefectures, provinces and communes; within a kind by code (unknown codes last), then French name.',
  })
  async collectivities(
    @Arg('filter', () => CollectivityFilter, { nullable: true, description: 'Narrows the list; omitted, every collectivity.' }) filter: CollectivityFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: TerritoryContext,
  ): Promise<CollectivityConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const query = manager.getRepository(Collectivity).createQueryBuilder('c');
    if (filter?.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    const search = filter?.search?.trim();
    if (search) query.andWhere('strpos(c.search_text, search_normalize(:search)) > 0', { search });
    const connection = await pageAndCount(
      query.orderBy(KIND_ORDER).addOrderBy('c.code', 'ASC', 'NULLS LAST').addOrderBy('c.nameFr', 'ASC').addOrderBy('c.id', 'ASC'),
      page,
    );
    for (const node of connection.nodes) context.loaders.collectivityById.prime(node.id, node);
    return connection;
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity directly above this one; null for a region or when unknown.' })
  parent(@Root() collectivity: Collectivity, @Ctx() context: TerritoryContext) {
    return collectivity.parentId ? context.loaders.collectivityById.load(collectivity.parentId) : null;
  }

  @FieldResolver(() => [Collectivity], { description: 'The collectivities directly below this one, by French name; empty for a commune.' })
  children(@Root() collectivity: Collectivity, @Ctx() context: TerritoryContext) {
    return context.loaders.childrenByParentId.load(collectivity.id);
  }

  @FieldResolver(() => NetworkMembership, { nullable: true, description: 'Its membership of the network, whatever its status; null if it never joined. Public.' })
  membership(@Root() collectivity: Collectivity, @Ctx() context: TerritoryContext) {
    return context.loaders.membershipByCollectivityId.load(collectivity.id);
  }
}
