import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The territory subgraph's Collectivity, which this subgraph extends with its programmes. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A territorial collectivity (region, prefecture, province or commune), owned by the territory subgraph; the evaluation subgraph adds its openness action programmes.',
})
export class Collectivity {
  @Field(() => ID, { description: 'The collectivity id (UUID), shared with the territory subgraph.' })
  id: string;
}
