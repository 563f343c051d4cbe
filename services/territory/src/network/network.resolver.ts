import { GraphQLError } from 'graphql';
import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { TerritoryContext } from '../context';
import { KindCount, Network, RegionCount } from './network.entity';

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { description: 'The network, with figures computed from the data.' })
  async network(@Ctx() context: TerritoryContext): Promise<Network> {
    const manager = await context.manager();
    const [network] = await manager.find(Network, { order: { id: 'ASC' }, take: 1 });
    if (!network) throw new GraphQLError('The network record is missing: run the migrations');
    context.loaders.networkById.prime(network.id, network);
    return network;
  }

  @FieldResolver(() => Int, { description: 'Active members of every kind.' })
  async memberCount(@Root() network: Network, @Ctx() context: TerritoryContext): Promise<number> {
    const counts = await context.loaders.membersByKind.load(network.id);
    return counts.reduce((total, entry) => total + entry.count, 0);
  }

  @FieldResolver(() => [RegionCount], { description: 'Active members by region (a region counts itself), in code order; then those of unknown region.' })
  membersByRegion(@Root() network: Network, @Ctx() context: TerritoryContext) {
    return context.loaders.membersByRegion.load(network.id);
  }

  @FieldResolver(() => [KindCount], { description: 'Active members by kind of collectivity.' })
  membersByKind(@Root() network: Network, @Ctx() context: TerritoryContext) {
    return context.loaders.membersByKind.load(network.id);
  }
}
