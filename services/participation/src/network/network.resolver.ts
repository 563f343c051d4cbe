import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ParticipationContext } from '../context';
import { NETWORK_SCOPE, networkFigures, ParticipationFigures } from './figures';
import { Network } from './network.reference';

@Resolver(() => Network)
export class NetworkParticipationResolver {
  @FieldResolver(() => ParticipationFigures, { nullable: true, description: 'Events, proposals and attendance across the network, as the caller may see them.' })
  participation(@Root() _network: Network, @Ctx() context: ParticipationContext) {
    return networkFigures.get(context, 'participation', () => context.loaders.participationFigures.load(NETWORK_SCOPE));
  }
}
