import { GraphQLError } from 'graphql';
import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { TerritoryContext } from '../context';
import { KindCount, Network, RegionCount } from './network.entity';

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { description: 'The network, with member figures computed from the data. Public.' })
  async network(@Ctx() context: TerritoryContext): Promise<Network> {
    const manager = await context.manager();
    const [network] = await manager.find(Network, { order: { id: 'ASC' }, take: 1 });
    if (!network) throw new GraphQLError('The network record is missing: run the migrations');
    context.loaders.networkById.prime(network.id, network);
    return network;
  }

  @FieldResolver(() => Int, { description: 'Members of every kind whose membership is ACTIVE.' })
  async memberCount(@Root() network: Network, @Ctx() context: TerritoryContext): Promise<number> {
    const counts = await context.loaders.membersByKind.load(network.id);
    return counts.reduce((total, entry) => total + entry.count, 0);
  }

  @FieldResolver(() => [RegionCount], { description: 'ACTIVE members by region (a region counts itself), every region listed in code order, zero included; then those of unknown region.' })
  membersByRegion(@Root() network: Network, @Ctx() context: TerritoryContext) {
    return context.loaders.membersByRegion.load(network.id);
  }

  @FieldResolver(() => [KindCount], { description: 'ACTIVE members by kind of collectivity, every kind listed, zero included.' })
  membersByKind(@Root() network: Network, @Ctx() context: TerritoryContext) {
    return context.loaders.membersByKind.load(network.id);
  }
}
