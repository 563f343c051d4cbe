import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EventKind } from './event.entity';

@InputType()
export class EventFilter {
  @Field(() => ID, { nullable: true })
  collectivityId?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;
}

const NOT_BLANK = /\S/;
const BLANK_MESSAGE = 'must not be blank';
const TITLE_LENGTH = { message: 'must be between 1 and 300 characters' };

/** Fields that create and update share, all optional. */
@InputType()
class EventOptionalFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleFr?: string | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;
}

@InputType()
export class CreateEventInput extends EventOptionalFields {
  @Field(() => EventKind)
  kind: EventKind;

  @Field({ description: 'Stored as the Arabic or the French title, by its script.' })
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  title: string;

  @Field({ description: 'ISO-8601 instant.' })
  startsAt: Date;
}

@InputType({ description: 'Any subset of the create fields.' })
export class UpdateEventInput extends EventOptionalFields {
  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  title?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;
}
