import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The territory subgraph's Network, which this subgraph extends with programme figures. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Network {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'Programmes across the network, as the caller may see them.' })
export class EvaluationFigures {
  @Field(() => Int, { description: 'Equals `actionPrograms.totalCount` for the same caller.' })
  programCount: number;
}
