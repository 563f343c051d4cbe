import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SyncFilter } from '@infitah/server-kit';

const NOT_BLANK = /\S/;
const LABEL_LENGTH = { message: 'must be between 1 and 200 characters' };
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const PERIOD_MESSAGE = { message: 'must be a year or a month, ISO-8601: 2024 or 2024-12' };

@InputType({ description: 'Narrows the list of waves.' })
export class CohortFilter extends SyncFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches Arabic and French labels and the period, ignoring case, accents and Arabic letter variants.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: 'A new wave of members.' })
export class CohortInput {
  @Field({ description: 'Its name in Arabic, 1–200 characters, unique among waves.' })
  @Length(1, 200, LABEL_LENGTH)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  labelAr: string;

  @Field({ description: 'Its name in French, 1–200 characters, unique among waves.' })
  @Length(1, 200, LABEL_LENGTH)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  labelFr: string;

  @Field({ description: 'The year or month it stands for, ISO-8601: "2024" or "2024-12".' })
  @Matches(PERIOD, PERIOD_MESSAGE)
  period: string;
}

@InputType({ description: 'Any subset of a wave’s fields; the fields left out stay as they are.' })
export class UpdateCohortInput {
  @Field(() => String, { nullable: true, description: 'Its name in Arabic, 1–200 characters, unique among waves.' })
  @IsOptional()
  @Length(1, 200, LABEL_LENGTH)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  labelAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Its name in French, 1–200 characters, unique among waves.' })
  @IsOptional()
  @Length(1, 200, LABEL_LENGTH)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  labelFr?: string | null;

  @Field(() => String, { nullable: true, description: 'The year or month it stands for, ISO-8601: "2024" or "2024-12".' })
  @IsOptional()
  @Matches(PERIOD, PERIOD_MESSAGE)
  period?: string | null;
}
