import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Territory's Cohort (a wave of members). Territory knows who is in a wave, this subgraph who attended
 * which training: the gateway hands over the wave's member ids (`@requires`), and the training filter and
 * its pagination run here, over the whole wave.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A wave of members admitted to the network together, owned by the territory subgraph; the participation subgraph adds who of it has been trained.' })
export class Cohort {
  @Field(() => ID, { description: 'The wave id (UUID), shared with the territory subgraph.' })
  id: string;

  // territory's list, fetched by the gateway for the fields that @require it
  @Directive('@external')
  @Field(() => [ID], { description: 'Ids of the active members of the wave, in the order territory lists them.' })
  memberIds: string[];
}
