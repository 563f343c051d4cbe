import { ArrayMaxSize, IsISO8601, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OpennessPrinciple, SyncFilter } from '@infitah/server-kit';
import { ProgramStatus } from './action-program.entity';

const TITLE = { message: 'must be between 1 and 300 characters' };
const NOT_BLANK = { message: 'must not be blank' };
const DATE = { message: 'must be an ISO-8601 date such as 2025-11-01' };
/** A calendar day as PostgreSQL's date takes it: YYYY-MM-DD (IsISO8601 alone also lets 2024, 2024-12 or a time through). */
const ISO_DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Narrows the programme list; the fields given combine with AND.' })
export class ActionProgramFilter extends SyncFilter {
  @Field(() => ID, { nullable: true, description: "Only this collectivity's programmes (UUID; BAD_USER_INPUT on filter.collectivityId otherwise)." })
  collectivityId?: string | null;

  @Field(() => ProgramStatus, { nullable: true, description: 'Only programmes in this lifecycle status.' })
  status?: ProgramStatus | null;
}

@InputType({
  description:
    'The titles and period of a programme; on update, omitted fields keep their value. It must keep a title in Arabic or French (BAD_USER_INPUT on titleFr otherwise).',
})
export class ActionProgramInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic, 1–300 characters and not blank; null clears it.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, NOT_BLANK)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French, 1–300 characters and not blank; null clears it.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, NOT_BLANK)
  titleFr?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'First day, ISO-8601 date (YYYY-MM-DD). The period may not overlap that of another programme of the collectivity that is not CLOSED (BAD_USER_INPUT on periodStart).',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, ISO-8601 date (YYYY-MM-DD), after periodStart (BAD_USER_INPUT on periodEnd otherwise).' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  periodEnd?: string | null;
}

@InputType({ description: 'The status to move a programme to, with what that move requires.' })
export class ProgramStatusInput {
  @Field(() => ProgramStatus, {
    description:
      'The new status: the next one in the lifecycle, or any earlier one with a reason. The current status or a skipped step gives BAD_USER_INPUT on status.',
  })
  status: ProgramStatus;

  @Field(() => String, { nullable: true, description: 'Why, up to 2,000 characters: required to step back (BAD_USER_INPUT on reason), optional forward.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use councilSessionEventId: the COUNCIL_SESSION event that adopted the programme.',
    description:
      'The adopting council session as free text, e.g. "October 2025 ordinary session", up to 300 characters: moving forward to ADOPTED requires it or councilSessionEventId (BAD_USER_INPUT on councilSessionEventId when neither is given); ignored otherwise.',
  })
  @IsOptional()
  @MaxLength(300)
  councilSession?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The COUNCIL_SESSION event of the programme's collectivity that adopted it, started no later than adoptedOn (BAD_USER_INPUT on councilSessionEventId otherwise): how a move forward to ADOPTED names its session; ignored otherwise.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  councilSessionEventId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The PUBLIC_CONSULTATION held for the programme before adoption: an event of its collectivity, not cancelled, over (HELD, or ended before now) and started no later than adoptedOn, and after the adoption of the collectivity's previous programme (a consultation held for that one does not count again) (BAD_USER_INPUT on consultationEventId otherwise). Omitted, the latest such consultation is taken; adoption is refused (BAD_USER_INPUT on consultationEventId) when there is none and no consultationWaiver is given.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  consultationEventId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the programme is adopted without a public consultation held for it, up to 2,000 characters: stated instead of a consultation, and kept on the programme (consultationWaiver).',
  })
  @IsOptional()
  @MaxLength(2000)
  consultationWaiver?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The adoption date, ISO-8601 at the precision known (YYYY, YYYY-MM or YYYY-MM-DD): required to move forward to ADOPTED (BAD_USER_INPUT on adoptedOn), ignored otherwise.',
  })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'must be an ISO-8601 date such as 2025-10 or 2025-10-28' })
  adoptedOn?: string | null;
}

@InputType({ description: 'One priority axis; its place in the list is its order. It needs a title in Arabic or French.' })
export class PriorityAxisInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic, 1–300 characters.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  titleAr?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Title in French, 1–300 characters; BAD_USER_INPUT on axes.N.titleFr when the axis has neither title.',
  })
  @IsOptional()
  @Length(1, 300, TITLE)
  titleFr?: string | null;

  @Field(() => [OpennessPrinciple], { defaultValue: [], description: 'The openness principles the axis serves, at most 5, duplicates removed; none by default.' })
  @ArrayMaxSize(5)
  principles: OpennessPrinciple[];
}


