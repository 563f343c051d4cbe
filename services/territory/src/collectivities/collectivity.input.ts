import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CollectivityKind } from './collectivity.entity';

@InputType()
export class CollectivityFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches Arabic and French names and codes, ignoring case, accents and Arabic letter variants.',
  })
  @MaxLength(200)
  search?: string | null;

  @Field(() => CollectivityKind, { nullable: true })
  kind?: CollectivityKind | null;
}

@InputType()
export class CreateCollectivityInput {
  @Field(() => CollectivityKind)
  kind: CollectivityKind;

  @Field()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameAr: string;

  @Field()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameFr: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40, { message: 'must be between 1 and 40 characters' })
  code?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  parentId?: string | null;
}

@InputType()
export class UpdateCollectivityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears the code.' })
  @IsOptional()
  @MaxLength(40)
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set `clearParent` to remove the parent.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true })
  clearParent?: boolean | null;
}

@InputType()
export class CollectivityProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  focalPointName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  focalPointRole?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'must be a phone number' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionFr?: string | null;
}
