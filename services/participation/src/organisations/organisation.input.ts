import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SyncFilter } from '@infitah/server-kit';
import { PartnerStatus } from './organisation.entity';

const NAME_LENGTH = { message: 'must be between 1 and 300 characters' };

@InputType({
  description:
    'An organisation’s fields: it needs a name in Arabic or French (else BAD_USER_INPUT naming nameFr). On update, omitted fields stay as they are and null clears one.',
})
export class OrganisationInput {
  @Field(() => String, { nullable: true, description: 'Name in Arabic, 1–300 characters, not blank.' })
  @IsOptional()
  @Length(1, 300, NAME_LENGTH)
  @Matches(/\S/, { message: 'must not be blank' })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in French, 1–300 characters, not blank.' })
  @IsOptional()
  @Length(1, 300, NAME_LENGTH)
  @Matches(/\S/, { message: 'must not be blank' })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Field of action, e.g. youth, women, environment; at most 200 characters.' })
  @IsOptional()
  @MaxLength(200)
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email address; seen only by the commune and the network.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number, 6–30 digits, spaces or + ( ) . -; seen only by the commune and the network.' })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'must be a phone number' })
  contactPhone?: string | null;

  @Field(() => PartnerStatus, { nullable: true, description: 'Partnership with the collectivity; NONE when not given on create, null leaves it as it is.' })
  partnerStatus?: PartnerStatus | null;
}

@InputType({ description: 'Narrows the organisations list; the criteria given combine (AND).' })
export class OrganisationFilter extends SyncFilter {
  @Field(() => ID, { nullable: true, description: "Only this collectivity's registry (UUID; BAD_USER_INPUT naming the field when malformed)." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches Arabic and French names, ignoring case, accents and Arabic letter variants; at most 200 characters.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}
