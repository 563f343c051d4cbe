import { Field, ID, InputType } from 'type-graphql';
import { EventKind } from './event.entity';

@InputType()
export class EventFilter {
  @Field(() => ID, { nullable: true })
  collectivityId?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;
}
