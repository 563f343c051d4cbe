import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The territory subgraph's Network, which this subgraph extends with participation figures. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Network {
  @Field(() => ID)
  id: string;
}
