import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The territory subgraph's Network, which this subgraph extends with participation figures. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Network {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'Participation across the network, as the caller may see it.' })
export class ParticipationFigures {
  @Field(() => Int, { description: 'Equals `events.totalCount` for the same caller.' })
  eventCount: number;
}
