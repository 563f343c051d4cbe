import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The participation subgraph's Event, which this subgraph names (a programme's council session and consultation, an
 * amendment's council session) without resolving it: participation answers with its own visibility rules.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'An event of the co-creation process, owned by the participation subgraph.' })
export class Event {
  @Field(() => ID, { description: 'The event id (UUID), shared with the participation subgraph.' })
  id: string;
}
