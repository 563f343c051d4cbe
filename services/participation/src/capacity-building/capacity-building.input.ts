import { Field, InputType, Int } from 'type-graphql';
import { AttendeeCategory, Gender } from '../events/attendance.entity';

/** Checked in the mutation, so that an error names the item (`counts.2.count`). */
@InputType({ description: 'People of one category and gender that a collectivity sent to a network event: a count, never names.' })
export class ParticipantCountInput {
  @Field(() => AttendeeCategory, { description: 'The stakeholder category counted.' })
  category: AttendeeCategory;

  @Field(() => Gender, { description: 'The gender counted.' })
  gender: Gender;

  @Field(() => Int, { description: 'People of this category and gender, 0 to 100,000 (BAD_USER_INPUT naming counts.N.count otherwise).' })
  count: number;
}

/** Checked in the mutation, so that an error names the item (`materials.0.url`). */
@InputType({ description: 'A training material: a title and an http(s) link.' })
export class TrainingMaterialInput {
  @Field({ description: 'What the material is, 1 to 300 characters.' })
  title: string;

  @Field({ description: 'An absolute http or https address, at most 2000 characters.' })
  url: string;
}
