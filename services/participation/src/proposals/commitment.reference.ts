import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Evaluation's Commitment, keyed here with its collectivity so that a link resolves only within it:
 * this subgraph contributes `sourceProposals`.
 */
@Directive('@key(fields: "id collectivityId")')
@ObjectType()
export class Commitment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  collectivityId: string;
}
