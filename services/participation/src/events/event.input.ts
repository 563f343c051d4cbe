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

@InputType()
export class CreateEventInput {
  @Field(() => EventKind)
  kind: EventKind;

  @Field({ description: 'Stored as the Arabic or the French title, by its script.' })
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleFr?: string | null;

  @Field({ description: 'ISO-8601 instant.' })
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;
}

@InputType({ description: 'Any subset of the create fields.' })
export class UpdateEventInput {
  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleFr?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;
}
