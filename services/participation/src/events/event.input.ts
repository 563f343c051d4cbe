import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgendaItemKind, SpeakerRole } from './agenda-item.entity';
import { AttendeeCategory, Gender } from './attendance.entity';
import { EventKind, EventOrganizer, EventStatus, TimePrecision } from './event.entity';

@InputType()
export class EventFilter {
  @Field(() => ID, { nullable: true })
  collectivityId?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => EventOrganizer, { nullable: true })
  organizer?: EventOrganizer | null;
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) address' })
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionFr?: string | null;

  @Field(() => TimePrecision, { nullable: true, description: 'How much of startsAt is known; MINUTE by default.' })
  startsAtPrecision?: TimePrecision | null;
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

  @Field(() => EventStatus, { nullable: true })
  status?: EventStatus | null;

  @Field(() => String, { nullable: true, description: 'Minutes or outcome, once held.' })
  @IsOptional()
  @MaxLength(20000)
  outcome?: string | null;
}

@InputType()
export class SpeakerInput {
  @Field(() => SpeakerRole)
  role: SpeakerRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'must be between 1 and 200 characters' })
  name?: string | null;
}

@InputType()
export class AgendaItemInput {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

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

  @Field(() => AgendaItemKind)
  kind: AgendaItemKind;

  @Field(() => [SpeakerInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  speakers?: SpeakerInput[] | null;
}

@InputType()
export class AttendanceInput {
  @Field(() => AttendeeCategory)
  category: AttendeeCategory;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Int, { nullable: true, description: 'Null: present, number not known.' })
  @IsOptional()
  @Min(0, { message: 'must be 0 or more' })
  count?: number | null;
}

@InputType()
export class EventParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId: string;

  @Field({ defaultValue: true })
  invited: boolean;

  @Field({ defaultValue: false })
  attended: boolean;
}
