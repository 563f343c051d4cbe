import { IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OpennessPrinciple } from '@infitah/server-kit';
import { AttendeeCategory } from '../events/attendance.entity';
import { ProposalSource, ProposalStatus } from './proposal.entity';

const NOT_BLANK = { message: 'must not be blank' };

@InputType()
export class ProposalFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => OpennessPrinciple, { nullable: true })
  principle?: OpennessPrinciple | null;

  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches title and text, ignoring case, accents and Arabic letter variants.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Proposals collected at this event.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  eventId?: string | null;
}

@InputType({ description: 'A proposal as the commune records it, e.g. from a workshop.' })
export class ProposalInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  @Matches(/\S/, NOT_BLANK)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  body?: string | null;

  @Field(() => OpennessPrinciple, { nullable: true })
  principle?: OpennessPrinciple | null;

  @Field(() => ProposalSource, { nullable: true })
  source?: ProposalSource | null;

  @Field(() => ID, { nullable: true, description: "An event of the proposal's own collectivity." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  eventId?: string | null;

  @Field(() => ID, { nullable: true, description: "An organisation of the proposal's own collectivity." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string | null;

  @Field(() => AttendeeCategory, { nullable: true })
  submitterCategory?: AttendeeCategory | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'must be 0 or more' })
  supportsCount?: number | null;
}

@InputType()
export class ProposalAnswerInput {
  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'Required when retaining, merging or rejecting.' })
  @IsOptional()
  @MaxLength(5000)
  answer?: string | null;

  @Field(() => ID, { nullable: true, description: 'When merging: the proposal this one joins.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  mergedIntoId?: string | null;

  @Field(() => ID, { nullable: true, description: "When retaining: the commitment of the same collectivity's programme it became." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  commitmentId?: string | null;
}

@InputType({ description: "A citizen's proposal to a commune's open public consultation." })
export class CitizenProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId: string;

  @Field(() => ID, { description: 'The PUBLIC_CONSULTATION event, open now.' })
  @IsUUID('all', { message: 'must be a UUID' })
  consultationId: string;

  @Field()
  @Length(3, 300, { message: 'must be between 3 and 300 characters' })
  @Matches(/\S/, NOT_BLANK)
  title: string;

  @Field()
  @Length(1, 5000, { message: 'must be between 1 and 5000 characters' })
  @Matches(/\S/, NOT_BLANK)
  body: string;

  @Field(() => OpennessPrinciple)
  principle: OpennessPrinciple;

  @Field(() => AttendeeCategory, { nullable: true })
  submitterCategory?: AttendeeCategory | null;

  @Field({ description: 'Whether the commune may publish the proposal. Nothing is public until it does.' })
  consentToPublish: boolean;

  @Field(() => String, { nullable: true, description: 'Optional; kept private to the commune.' })
  @IsOptional()
  @MaxLength(300)
  contact?: string | null;
}
