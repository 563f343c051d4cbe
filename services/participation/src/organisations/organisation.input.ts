import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PartnerStatus } from './organisation.entity';

const NAME_LENGTH = { message: 'must be between 1 and 300 characters' };

@InputType()
export class OrganisationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, NAME_LENGTH)
  @Matches(/\S/, { message: 'must not be blank' })
  nameAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, NAME_LENGTH)
  @Matches(/\S/, { message: 'must not be blank' })
  nameFr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'Seen only by the commune and the network.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Seen only by the commune and the network.' })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'must be a phone number' })
  contactPhone?: string | null;

  @Field(() => PartnerStatus, { nullable: true })
  partnerStatus?: PartnerStatus | null;
}

@InputType()
export class OrganisationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches Arabic and French names, ignoring case, accents and Arabic letter variants.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}
