import { IsBoolean, IsEmail, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Language, OpennessPrinciple, SyncFilter } from '@infitah/server-kit';
import { AttendeeCategory } from '../events/attendance.entity';
import { ProposalSource, ProposalStatus } from './proposal.entity';

const NOT_BLANK = { message: 'must not be blank' };
/** More supporters than the most populous region has people is a typing mistake. */
export const MAX_SUPPORTS_COUNT = 10_000_000;

@InputType({ description: 'Narrows the proposals list; the criteria given combine (AND).' })
export class ProposalFilter extends SyncFilter {
  @Field(() => ID, { nullable: true, description: "Only this collectivity's proposals (UUID; BAD_USER_INPUT naming the field when malformed)." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => OpennessPrinciple, { nullable: true, description: 'Only proposals serving this openness principle.' })
  principle?: OpennessPrinciple | null;

  @Field(() => ProposalStatus, { nullable: true, description: 'Only proposals with this status.' })
  status?: ProposalStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches title and text, ignoring case, accents and Arabic letter variants; at most 200 characters.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Proposals collected at this event.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  eventId?: string | null;
}

@InputType({ description: 'A proposal as the commune records it, e.g. from a workshop. On update, omitted fields stay as they are.' })
export class ProposalInput {
  @Field(() => String, { nullable: true, description: 'Short title, 1–300 characters, not blank; required on create (else BAD_USER_INPUT naming title).' })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(/\S/, NOT_BLANK)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text, at most 5,000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  body?: string | null;

  @Field(() => OpennessPrinciple, {
    nullable: true,
    description: 'The openness principle it serves; required on create (else BAD_USER_INPUT naming principle).',
  })
  principle?: OpennessPrinciple | null;

  @Field(() => ProposalSource, { nullable: true, description: 'Where it was collected; EVENT when not given on create.' })
  source?: ProposalSource | null;

  @Field(() => ID, {
    nullable: true,
    description: "The event where it was collected, of the proposal's own collectivity (else BAD_USER_INPUT naming eventId); null removes the link.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  eventId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The organisation that proposed it, of the proposal's own collectivity (else BAD_USER_INPUT naming organisationId); null removes the link.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string | null;

  @Field(() => AttendeeCategory, { nullable: true, description: 'Stakeholder category of whoever proposed it; null clears it.' })
  submitterCategory?: AttendeeCategory | null;

  @Field(() => Int, { nullable: true, description: 'Number of people who supported it, 0 to 10,000,000 (BAD_USER_INPUT naming supportsCount otherwise).' })
  @IsOptional()
  @Min(0, { message: 'must be 0 or more' })
  @Max(MAX_SUPPORTS_COUNT, { message: 'must be 10,000,000 or less' })
  supportsCount?: number | null;
}

@InputType({ description: "The collectivity's decision on a proposal: under review, or a public answer." })
export class ProposalAnswerInput {
  @Field(() => ProposalStatus, { description: 'UNDER_REVIEW, RETAINED, MERGED or REJECTED; SUBMITTED is refused (BAD_USER_INPUT naming status).' })
  status: ProposalStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The public answer, at most 5,000 characters; required when retaining, merging or rejecting (else BAD_USER_INPUT naming answer).',
  })
  @IsOptional()
  @MaxLength(5000)
  answer?: string | null;

  @Field(() => ID, { nullable: true, description: 'When merging, and only then: the proposal of the same collectivity this one joins, itself not merged.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  mergedIntoId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "When retaining, and only then: the commitment of the same collectivity's programme it became; omitted keeps the current link.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  commitmentId?: string | null;
}

@InputType({ description: "A citizen's proposal to a commune's open public consultation." })
export class CitizenProposalInput {
  @Field(() => ID, { description: 'The commune holding the consultation (UUID).' })
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId: string;

  @Field(() => ID, {
    description: "The commune's PUBLIC_CONSULTATION event, open now: published, not CANCELLED, started and not yet ended (else BAD_USER_INPUT naming consultationId).",
  })
  @IsUUID('all', { message: 'must be a UUID' })
  consultationId: string;

  @Field({ description: 'Short title, 3–300 characters, not blank.' })
  @Length(3, 300, { message: 'must be between 3 and 300 characters' })
  @Matches(/\S/, NOT_BLANK)
  title: string;

  @Field({ description: 'Full text, 1–5,000 characters, not blank.' })
  @Length(1, 5000, { message: 'must be between 1 and 5000 characters' })
  @Matches(/\S/, NOT_BLANK)
  body: string;

  @Field(() => OpennessPrinciple, { description: 'The openness principle it serves.' })
  principle: OpennessPrinciple;

  @Field(() => AttendeeCategory, { nullable: true, description: 'Who is proposing; CITIZEN when not given.' })
  submitterCategory?: AttendeeCategory | null;

  @Field({ description: 'Whether the commune may publish the proposal. Nothing is public until it does.' })
  consentToPublish: boolean;

  @Field(() => String, { nullable: true, description: 'Optional contact, at most 300 characters; kept private to the commune.' })
  @IsOptional()
  @MaxLength(300)
  contact?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Optional e-mail address (at most 254 characters) to which the commune's answer is sent once it is answered and published; kept only with consentToContact true (BAD_USER_INPUT naming consentToContact otherwise), private to the commune, covered by the personal-data export and erasure.",
  })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the citizen agrees to be contacted at `email` about this proposal; false when not given.' })
  @IsOptional()
  @IsBoolean()
  consentToContact?: boolean | null;

  @Field(() => Language, {
    nullable: true,
    description: "The language the citizen writes in (the portal's): the commune's answer is mailed in it alone; in Arabic and French when not given.",
  })
  @IsOptional()
  language?: Language | null;
}
