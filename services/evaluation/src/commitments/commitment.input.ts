import { ArrayMaxSize, IsEmail, IsISO8601, IsNumber, IsOptional, IsUUID, Length, Matches, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OpennessPrinciple, SyncFilter } from '@infitah/server-kit';
import { ActorKind, CompletionLevel, IndicatorDirection } from './commitment.entity';

const TITLE = { message: 'must be between 1 and 300 characters' };
const DATE = { message: 'must be an ISO-8601 date such as 2026-03-31' };
/** A calendar day as PostgreSQL's date takes it: YYYY-MM-DD (IsISO8601 alone also lets 2024, 2024-12 or a time through). */
const ISO_DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

/**
 * The largest magnitude an indicator value may have: a commune's figures (budgets in dirhams, people,
 * days, percentages) stay far below it, and a value past it would only flatten every chart.
 */
export const INDICATOR_VALUE_LIMIT = 1e12;
const VALUE_RANGE = { message: 'must be a finite number from -1e12 to 1e12' };
const RANGE_TEXT = 'a finite number from -1,000,000,000,000 to 1,000,000,000,000 (else BAD_USER_INPUT naming the field)';

/** A finite indicator value within ±INDICATOR_VALUE_LIMIT. */
function IndicatorValue(): PropertyDecorator {
  return (target, property) => {
    IsNumber({ allowNaN: false, allowInfinity: false }, VALUE_RANGE)(target, property);
    Min(-INDICATOR_VALUE_LIMIT, VALUE_RANGE)(target, property);
    Max(INDICATOR_VALUE_LIMIT, VALUE_RANGE)(target, property);
  };
}

@InputType({ description: 'Narrows the commitment list; the fields given combine with AND.' })
export class CommitmentFilter extends SyncFilter {
  @Field(() => ID, { nullable: true, description: "Only this collectivity's commitments (UUID; BAD_USER_INPUT otherwise)." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this programme's commitments (UUID; BAD_USER_INPUT otherwise)." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programId?: string | null;

  @Field(() => OpennessPrinciple, { nullable: true, description: 'Only commitments naming this openness principle (among others or not).' })
  principle?: OpennessPrinciple | null;

  @Field(() => CompletionLevel, { nullable: true, description: 'Only commitments at this declared completion level.' })
  completion?: CompletionLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text contained in the titles, problem or action, ignoring case, accents and Arabic letter variants; up to 200 characters, blank ignored.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: 'How a commitment is relevant to one of the principles it names.' })
export class PrincipleRelevanceInput {
  @Field(() => OpennessPrinciple, { description: "One of the commitment's principles (BAD_USER_INPUT on relevance.N.principle otherwise, or when given twice)." })
  principle: OpennessPrinciple;

  @Field({ description: 'How the commitment serves it, 1–2,000 characters and not blank.' })
  @Length(1, 2000, { message: 'must be between 1 and 2,000 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  text: string;
}

@InputType({ description: 'An actor supporting a commitment, by kind.' })
export class SupportingActorInput {
  @Field(() => ActorKind, { description: 'Government, civil society or private sector.' })
  kind: ActorKind;

  @Field({ description: 'Its name, 1–300 characters and not blank.' })
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  name: string;
}

@InputType({ description: 'Whom to contact about a commitment; blank parts are stored as not given. It replaces the whole contact.' })
export class CommitmentContactInput {
  @Field(() => String, { nullable: true, description: 'The person or office, up to 300 characters.' })
  @IsOptional()
  @MaxLength(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Their title or position, up to 300 characters.' })
  @IsOptional()
  @MaxLength(300)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address, up to 254 characters (BAD_USER_INPUT on contact.email when malformed).' })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A telephone number: digits, spaces, +, -, ( and ), up to 40 characters.' })
  @IsOptional()
  @MaxLength(40)
  @Matches(/^[+\d][\d\s().-]*$/, { message: 'must be a telephone number such as +212 5 22 00 00 00' })
  phone?: string | null;
}

@InputType({
  description:
    'A commitment on the OGP template; on update, omitted fields keep their value. It must keep a title in Arabic or French (BAD_USER_INPUT on titleFr) and at least one principle.',
})
export class CommitmentInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic, 1–300 characters and not blank; null clears it.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French, 1–300 characters and not blank; null clears it.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  titleFr?: string | null;

  @Field(() => String, { nullable: true, description: 'The public problem it addresses, up to 5,000 characters; null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  problem?: string | null;

  @Field(() => String, { nullable: true, description: 'The situation before the commitment, up to 5,000 characters; null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  statusQuo?: string | null;

  @Field(() => String, { nullable: true, description: 'What will be done, up to 5,000 characters; null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'How it contributes to solving the problem, up to 5,000 characters; null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  contribution?: string | null;

  @Field(() => String, { nullable: true, description: 'The objective: the results expected, up to 5,000 characters; null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  objective?: string | null;

  @Field(() => String, { nullable: true, description: 'The causes of the problem, up to 5,000 characters; null or blank clears it.' })
  @IsOptional()
  @MaxLength(5000)
  causes?: string | null;

  @Field(() => [PrincipleRelevanceInput], {
    nullable: true,
    description: 'How it is relevant to each of its principles, at most one text per principle (BAD_USER_INPUT on relevance.N.principle for a principle it does not name); replaces the whole list, null keeps it.',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  relevance?: PrincipleRelevanceInput[] | null;

  @Field(() => CommitmentContactInput, { nullable: true, description: 'Whom to contact about it; replaces the whole contact, null keeps it (an empty object clears it).' })
  @IsOptional()
  @ValidateNested()
  contact?: CommitmentContactInput | null;

  @Field(() => [SupportingActorInput], { nullable: true, description: 'Supporting actors by kind, at most 30; replaces the whole list, null keeps it.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  supportingActors?: SupportingActorInput[] | null;

  @Field(() => [OpennessPrinciple], {
    nullable: true,
    description: 'The openness principles it serves: 1–5, duplicates removed (BAD_USER_INPUT on principles when none); null keeps the current ones.',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  principles?: OpennessPrinciple[] | null;

  @Field(() => String, { nullable: true, description: "The collectivity's unit leading its implementation, up to 300 characters; null or blank clears it." })
  @IsOptional()
  @MaxLength(300)
  leadUnit?: string | null;

  @Field(() => [String], { nullable: true, description: 'Partners by name, at most 30, blank names dropped; replaces the whole list, null keeps it.' })
  @IsOptional()
  @ArrayMaxSize(30)
  partners?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "First day, ISO-8601 date (YYYY-MM-DD), not before the programme's periodStart (BAD_USER_INPUT on startsOn); null clears it.",
  })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  startsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Last day, ISO-8601 date (YYYY-MM-DD), not before startsOn nor after the programme's periodEnd (BAD_USER_INPUT on endsOn); null clears it.",
  })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  endsOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A priority axis of the commitment's own programme (UUID; BAD_USER_INPUT on axisId otherwise); null unlinks it.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  axisId?: string | null;

  @Field(() => CompletionLevel, { nullable: true, description: 'Completion on the OGP IRM scale as the collectivity assesses it; null keeps the current level (NOT_STARTED at creation).' })
  completion?: CompletionLevel | null;
}

@InputType({ description: 'One milestone; its place in the list is its order.' })
export class MilestoneInput {
  @Field({ description: 'What is to be done, 1–300 characters and not blank.' })
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: "Planned start, ISO-8601 date (YYYY-MM-DD), within the commitment's period and not after dueOn (BAD_USER_INPUT naming milestones.N.startsOn).",
  })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: "Planned date, ISO-8601 date (YYYY-MM-DD), within the commitment's period (BAD_USER_INPUT naming milestones.N.dueOn)." })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  dueOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What it delivers, up to 1,000 characters; blank is none.' })
  @IsOptional()
  @MaxLength(1000)
  deliverable?: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence that it was done (a link, a document reference…), up to 2,000 characters; blank is none.' })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it was done, ISO-8601 date (YYYY-MM-DD); null while pending.' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  doneOn?: string | null;

  @Field(() => Int, { defaultValue: 1, description: "Its weight in the commitment's progress, 1–100, default 1." })
  @Min(1, { message: 'must be between 1 and 100' })
  @Max(100, { message: 'must be between 1 and 100' })
  weight: number;
}

/** The most milestones a commitment keeps: a plan, not a task list. */
export const MILESTONES_LIMIT = 100;

@InputType({
  description:
    "A commitment's fields and milestones, saved together by saveCommitment: omitted fields keep their value, omitted or null milestones stay as they are. A refused part is named by its path in this input, e.g. titleFr or milestones.0.dueOn.",
})
export class SaveCommitmentInput extends CommitmentInput {
  @Field(() => [MilestoneInput], {
    nullable: true,
    description:
      "The whole new list of milestones, in order, at most 100, each due within the commitment's period as saved (BAD_USER_INPUT naming milestones.<n>.dueOn otherwise); an empty list removes them all, null leaves them as they are.",
  })
  @IsOptional()
  @ArrayMaxSize(MILESTONES_LIMIT, { message: 'must hold at most 100 milestones' })
  @ValidateNested({ each: true })
  milestones?: MilestoneInput[] | null;
}

@InputType({ description: 'A new indicator of a commitment.' })
export class IndicatorInput {
  @Field({ description: 'What is measured, 1–300 characters.' })
  @Length(1, 300, TITLE)
  title: string;

  @Field({ defaultValue: '', description: 'Unit of the values (e.g. "%", "requests"), up to 50 characters; empty by default.' })
  @MaxLength(50)
  unit: string;

  @Field(() => Float, { description: `The value before the commitment, in unit: ${RANGE_TEXT}.` })
  @IndicatorValue()
  baseline: number;

  @Field(() => Float, {
    description: `The value to reach, in unit: above the baseline for INCREASE, below it for DECREASE (BAD_USER_INPUT on target otherwise); ${RANGE_TEXT}.`,
  })
  @IndicatorValue()
  target: number;

  @Field(() => IndicatorDirection, { description: 'Whether reaching the target means the value going up or down.' })
  direction: IndicatorDirection;
}

@InputType({ description: 'A dated value of an indicator.' })
export class MeasurementInput {
  @Field({ description: 'The day measured, ISO-8601 date (YYYY-MM-DD); a measurement already on that day is replaced.' })
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  measuredOn: string;

  @Field(() => Float, { description: `The measured value, in the indicator's unit: ${RANGE_TEXT}.` })
  @IndicatorValue()
  value: number;

  @Field(() => String, { nullable: true, description: 'A remark on the value or its source, up to 1,000 characters.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'Corrections to an indicator: omitted fields keep their value; the target must still lie in its direction from the baseline (BAD_USER_INPUT on target).' })
export class IndicatorUpdateInput {
  @Field(() => String, { nullable: true, description: 'What is measured, 1–300 characters and not blank.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the values, up to 50 characters.' })
  @IsOptional()
  @MaxLength(50)
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: `The value before the commitment: ${RANGE_TEXT}.` })
  @IsOptional()
  @IndicatorValue()
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: `The value to reach: ${RANGE_TEXT}.` })
  @IsOptional()
  @IndicatorValue()
  target?: number | null;

  @Field(() => IndicatorDirection, { nullable: true, description: 'Whether reaching the target means the value going up or down.' })
  @IsOptional()
  direction?: IndicatorDirection | null;
}

@InputType({
  description:
    "One change to a commitment's indicators within an amendment: with no indicatorId, a new indicator (title, baseline, target and direction required, BAD_USER_INPUT naming indicators.N.<field>); with one, a correction of that indicator, or its removal when remove is true.",
})
export class IndicatorChangeInput extends IndicatorUpdateInput {
  @Field(() => ID, { nullable: true, description: "An indicator of the amended commitment (UUID; BAD_USER_INPUT on indicators.N.indicatorId otherwise); null adds one." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  indicatorId?: string | null;

  @Field({ defaultValue: false, description: 'True removes the indicator named, with its measurements.' })
  remove: boolean;
}

@InputType({
  description:
    "An amendment of a commitment of an adopted programme, approved by the council: why, at which council session, from which day, and what changes. Any field of CommitmentInput, the whole list of milestones, and the indicators (added, corrected — targets included — or removed) may change in one amendment; at least one thing must change (BAD_USER_INPUT on changes).",
})
export class CommitmentAmendmentInput {
  @Field({ description: 'Why the commitment is amended, 1–2,000 characters and not blank.' })
  @Length(1, 2000, { message: 'must be between 1 and 2,000 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  reason: string;

  @Field(() => ID, {
    description: "The COUNCIL_SESSION event of the commitment's collectivity that approved the amendment, held (started) no later than amendedOn (BAD_USER_INPUT on councilSessionEventId otherwise).",
  })
  @IsUUID('all', { message: 'must be a UUID' })
  councilSessionEventId: string;

  @Field({ description: 'The day the amendment takes effect, ISO-8601 date (YYYY-MM-DD), not in the future.' })
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  amendedOn: string;

  @Field(() => CommitmentInput, { nullable: true, description: 'The fields to change, checked as by createCommitment (field paths are prefixed with changes., e.g. changes.endsOn); omitted ones keep their value.' })
  @IsOptional()
  @ValidateNested()
  changes?: CommitmentInput | null;

  @Field(() => [MilestoneInput], {
    nullable: true,
    description: "The whole new list of milestones, at most 100, each within the commitment's period as amended (BAD_USER_INPUT naming milestones.N.dueOn); null leaves them.",
  })
  @IsOptional()
  @ArrayMaxSize(MILESTONES_LIMIT, { message: 'must hold at most 100 milestones' })
  @ValidateNested({ each: true })
  milestones?: MilestoneInput[] | null;

  @Field(() => [IndicatorChangeInput], { nullable: true, description: 'Indicators to add, correct or remove, at most 50; null leaves them.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  indicators?: IndicatorChangeInput[] | null;
}

@InputType({ description: 'A milestone done, or undone: carrying the programme out, open after adoption.' })
export class MilestoneDoneInput {
  @Field(() => String, { nullable: true, description: 'The day it was done, ISO-8601 date (YYYY-MM-DD), not in the future; null marks it pending again.' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  doneOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence that it was done, up to 2,000 characters; omitted keeps it, null or blank clears it.' })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;
}
