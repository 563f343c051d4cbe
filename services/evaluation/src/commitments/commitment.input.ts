import { ArrayMaxSize, IsISO8601, IsNumber, IsOptional, IsUUID, Length, Matches, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OpennessPrinciple } from '@infitah/server-kit';
import { CompletionLevel, IndicatorDirection } from './commitment.entity';

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
export class CommitmentFilter {
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

  @Field(() => String, { nullable: true, description: 'Planned date, ISO-8601 date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  dueOn?: string | null;

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
