import { ArrayMaxSize, IsISO8601, IsOptional, IsUUID, Length, Matches, MaxLength, Min, Max } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OpennessPrinciple } from '@infitah/server-kit';
import { CompletionLevel, IndicatorDirection } from './commitment.entity';

const TITLE = { message: 'must be between 1 and 300 characters' };
const DATE = { message: 'must be an ISO-8601 date such as 2026-03-31' };

@InputType()
export class CommitmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programId?: string | null;

  @Field(() => OpennessPrinciple, { nullable: true })
  principle?: OpennessPrinciple | null;

  @Field(() => CompletionLevel, { nullable: true })
  completion?: CompletionLevel | null;

  @Field(() => String, { nullable: true, description: 'Matches titles, problem and action, ignoring case, accents and Arabic letter variants.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: 'The OGP commitment template; on update, any subset.' })
export class CommitmentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  titleAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  titleFr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  problem?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  statusQuo?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  contribution?: string | null;

  @Field(() => [OpennessPrinciple], { nullable: true, description: 'At least one of the five.' })
  @IsOptional()
  @ArrayMaxSize(5)
  principles?: OpennessPrinciple[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  leadUnit?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  partners?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  endsOn?: string | null;

  @Field(() => ID, { nullable: true, description: "A priority axis of the commitment's own programme." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  axisId?: string | null;

  @Field(() => CompletionLevel, { nullable: true })
  completion?: CompletionLevel | null;
}

@InputType()
export class MilestoneInput {
  @Field()
  @Length(1, 300, TITLE)
  @Matches(/\S/, { message: 'must not be blank' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  dueOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  doneOn?: string | null;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1, { message: 'must be between 1 and 100' })
  @Max(100, { message: 'must be between 1 and 100' })
  weight: number;
}

@InputType()
export class IndicatorInput {
  @Field()
  @Length(1, 300, TITLE)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(50)
  unit: string;

  @Field(() => Float)
  baseline: number;

  @Field(() => Float)
  target: number;

  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;
}

@InputType()
export class MeasurementInput {
  @Field()
  @IsISO8601({ strict: true }, DATE)
  measuredOn: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
