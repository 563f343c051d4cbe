import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The territory subgraph's Collectivity, which this subgraph extends with its programmes. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Collectivity {
  @Field(() => ID)
  id: string;
}
