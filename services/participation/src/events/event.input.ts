import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SyncFilter } from '@infitah/server-kit';
import { AgendaItemKind, SpeakerRole } from './agenda-item.entity';
import { AttendeeCategory, Gender, MAX_ATTENDANCE_COUNT } from './attendance.entity';
import { EventKind, EventOrganizer, EventStatus, TimePrecision } from './event.entity';

@InputType({ description: 'Narrows the events list; the criteria given combine (AND).' })
export class EventFilter extends SyncFilter {
  @Field(() => ID, {
    nullable: true,
    description: "A collectivity's events: its own and the network events it attended. BAD_USER_INPUT naming filter.collectivityId when not a UUID.",
  })
  collectivityId?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'Only events of this kind.' })
  kind?: EventKind | null;

  @Field(() => EventOrganizer, { nullable: true, description: "Only collectivities' own events, or only network events." })
  organizer?: EventOrganizer | null;

  @Field(() => EventStatus, { nullable: true, description: 'Only events in this status, e.g. HELD for the trainings the capacity-building figures count.' })
  status?: EventStatus | null;
}

const NOT_BLANK = /\S/;
const BLANK_MESSAGE = 'must not be blank';
const TITLE_LENGTH = { message: 'must be between 1 and 300 characters' };

/** Fields that create and update share, all optional. */
@InputType()
class EventOptionalFields {
  @Field(() => String, { nullable: true, description: 'Title in Arabic, 1–300 characters, not blank; wins over `title` for the Arabic title. Null: not set, or unchanged on update.' })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French, 1–300 characters, not blank; wins over `title` for the French title. Null: not set, or unchanged on update.' })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleFr?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'End, ISO-8601 date-time with its UTC offset; not before startsAt (else BAD_USER_INPUT naming endsAt). On update, null clears it.',
  })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place, at most 300 characters. On update, null or blank clears it.' })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the online session, starting with http:// or https://. On update, null clears it.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) address' })
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Arabic, at most 5,000 characters. On update, null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in French, at most 5,000 characters. On update, null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionFr?: string | null;

  @Field(() => TimePrecision, { nullable: true, description: 'How much of startsAt is known; MINUTE by default.' })
  startsAtPrecision?: TimePrecision | null;
}

@InputType({
  description: "A new event, created unpublished: for the caller's collectivity (from the token), or as a network event for a NETWORK_ADMIN. Invalid values return BAD_USER_INPUT naming the field.",
})
export class CreateEventInput extends EventOptionalFields {
  @Field(() => EventKind, { description: 'The step of the co-creation process it belongs to.' })
  kind: EventKind;

  @Field({ description: 'Title, 1–300 characters, not blank: stored as the Arabic title if it contains Arabic script, else as the French one.' })
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  title: string;

  @Field({ description: 'Start, ISO-8601 date-time with its UTC offset, e.g. "2025-03-18T10:30:00+01:00".' })
  startsAt: Date;
}

@InputType({ description: 'Any subset of the create fields, plus status and outcome; omitted fields stay as they are.' })
export class UpdateEventInput extends EventOptionalFields {
  @Field(() => EventKind, { nullable: true, description: 'New kind; null leaves it as it is.' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'New title, 1–300 characters, not blank: replaces the Arabic or the French title, by its script.' })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  title?: string | null;

  @Field(() => Date, { nullable: true, description: 'New start, ISO-8601 date-time with its UTC offset; null leaves it as it is.' })
  startsAt?: Date | null;

  @Field(() => EventStatus, { nullable: true, description: 'New status, e.g. HELD once it took place; null leaves it as it is.' })
  status?: EventStatus | null;

  @Field(() => String, { nullable: true, description: 'Minutes or outcome, once held; at most 20,000 characters, null or blank clears it.' })
  @IsOptional()
  @MaxLength(20000)
  outcome?: string | null;
}

@InputType({ description: 'A speaker of an agenda item.' })
export class SpeakerInput {
  @Field(() => SpeakerRole, { description: 'The role the speaker holds.' })
  role: SpeakerRole;

  @Field(() => String, { nullable: true, description: 'Name, 1–200 characters, only where the role needs one.' })
  @IsOptional()
  @Length(1, 200, { message: 'must be between 1 and 200 characters' })
  name?: string | null;
}

@InputType({ description: 'One agenda slot: it needs a title in Arabic or French and must lie within the event.' })
export class AgendaItemInput {
  @Field({ description: 'Start, ISO-8601 date-time with its UTC offset; not before the event starts (else BAD_USER_INPUT naming items.N.startsAt).' })
  startsAt: Date;

  @Field({
    description: 'End, ISO-8601 date-time with its UTC offset; not before startsAt, nor after the event ends (else BAD_USER_INPUT naming items.N.endsAt).',
  })
  endsAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Title in Arabic, 1–300 characters; give titleAr, titleFr or both (else BAD_USER_INPUT naming items.N.titleAr).',
  })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French, 1–300 characters; give titleAr, titleFr or both.' })
  @IsOptional()
  @Length(1, 300, TITLE_LENGTH)
  @Matches(NOT_BLANK, { message: BLANK_MESSAGE })
  titleFr?: string | null;

  @Field(() => AgendaItemKind, { description: 'What happens in the slot.' })
  kind: AgendaItemKind;

  @Field(() => [SpeakerInput], { nullable: true, description: 'Who speaks, in order, at most 20; null or omitted for nobody.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  speakers?: SpeakerInput[] | null;
}

@InputType({ description: 'Number of people of one category and gender who attended; counts only, no names.' })
export class AttendanceInput {
  @Field(() => AttendeeCategory, {
    description: 'The stakeholder category counted; each category × gender pair at most once per call (else BAD_USER_INPUT naming counts.N).',
  })
  category: AttendeeCategory;

  @Field(() => Gender, { description: 'The gender counted.' })
  gender: Gender;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of people, 0 to 100,000 (BAD_USER_INPUT naming count otherwise); null when the category was present but not counted.',
  })
  @IsOptional()
  @Min(0, { message: 'must be 0 or more' })
  @Max(MAX_ATTENDANCE_COUNT, { message: 'must be 100,000 or less' })
  count?: number | null;
}

@InputType({
  description:
    "An event's fields, agenda and attendance, saved together by saveEvent: omitted or null parts stay as they are. A refused part is named by its path in this input, e.g. agenda.0.endsAt.",
})
export class SaveEventInput extends UpdateEventInput {
  @Field(() => [AgendaItemInput], {
    nullable: true,
    description: 'The whole new agenda, in order, at most 200 items, each within the event as saved; an empty list clears it, null leaves it as it is.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  agenda?: AgendaItemInput[] | null;

  @Field(() => [AttendanceInput], {
    nullable: true,
    description: 'All the attendance counts, one per category × gender pair (at most 100 lines); an empty list clears them, null leaves them as they are.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  attendance?: AttendanceInput[] | null;
}

@InputType({ description: 'A collectivity invited to, or attending, a network event.' })
export class EventParticipantInput {
  @Field(() => ID, { description: 'The collectivity (UUID); each at most once per call (else BAD_USER_INPUT naming participants).' })
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId: string;

  @Field({ defaultValue: true, description: 'Whether it was invited; true by default.' })
  invited: boolean;

  @Field({
    defaultValue: false,
    description: "Whether it attended; false by default. An attended network event appears in that collectivity's events list and figures.",
  })
  attended: boolean;
}
