import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class ActionProgramFilter {
  @Field(() => ID, { nullable: true })
  collectivityId?: string | null;
}
