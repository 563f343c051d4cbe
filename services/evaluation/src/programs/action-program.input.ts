import { ArrayMaxSize, IsISO8601, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OpennessPrinciple } from '@infitah/server-kit';
import { ProgramStatus } from './action-program.entity';

const TITLE = { message: 'must be between 1 and 300 characters' };
const NOT_BLANK = { message: 'must not be blank' };
const DATE = { message: 'must be an ISO-8601 date such as 2025-11-01' };

@InputType()
export class ActionProgramFilter {
  @Field(() => ID, { nullable: true })
  collectivityId?: string | null;

  @Field(() => ProgramStatus, { nullable: true })
  status?: ProgramStatus | null;
}

@InputType()
export class ActionProgramInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, NOT_BLANK)
  titleAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, NOT_BLANK)
  titleFr?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 date.' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 date.' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  periodEnd?: string | null;
}

@InputType()
export class ProgramStatusInput {
  @Field(() => ProgramStatus)
  status: ProgramStatus;

  @Field(() => String, { nullable: true, description: 'Required to step back.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for ADOPTED: e.g. "October 2025 ordinary session".' })
  @IsOptional()
  @MaxLength(300)
  councilSession?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for ADOPTED: ISO-8601 at the precision known.' })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'must be an ISO-8601 date such as 2025-10 or 2025-10-28' })
  adoptedOn?: string | null;
}

@InputType()
export class PriorityAxisInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE)
  titleAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, TITLE)
  titleFr?: string | null;

  @Field(() => [OpennessPrinciple], { defaultValue: [] })
  @ArrayMaxSize(5)
  principles: OpennessPrinciple[];
}


