import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Evaluation's Commitment, keyed here with its collectivity so that a link resolves only within it:
 * this subgraph contributes `sourceProposals`.
 */
@Directive('@key(fields: "id collectivityId")')
@ObjectType({
  description:
    "A commitment of an openness action programme, on the OGP commitment template. Created unpublished: until published it, with its milestones and indicators, is seen only by its collectivity's accounts and the network.",
})
export class Commitment {
  @Field(() => ID, { description: 'The commitment id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The commitment’s collectivity: links to it resolve only within it.' })
  collectivityId: string;
}
