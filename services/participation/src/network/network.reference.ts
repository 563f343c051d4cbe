import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The territory subgraph's Network, which this subgraph extends with participation figures. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'The Moroccan network of open territorial collectivities (one record). Public; its member figures are computed from the memberships, never stored.',
})
export class Network {
  @Field(() => ID, { description: 'The network\'s key, a text id ("moroccan-network"), not a UUID.' })
  id: string;
}
