import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SyncFilter } from '@infitah/server-kit';
import { CollectivityKind } from './collectivity.entity';

@InputType({ description: 'Narrows `collectivities`; conditions combine with AND.' })
export class CollectivityFilter extends SyncFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Text found anywhere in the Arabic name, French name or code, ignoring case, accents and Arabic letter variants; up to 200 characters, blank matches all.',
  })
  @MaxLength(200)
  search?: string | null;

  @Field(() => CollectivityKind, { nullable: true, description: 'Only collectivities of this kind.' })
  kind?: CollectivityKind | null;
}

@InputType({ description: 'A new collectivity (reference data), recorded by the network.' })
export class CreateCollectivityInput {
  @Field(() => CollectivityKind, { description: 'Its kind, which fixes the kind its parent may be.' })
  kind: CollectivityKind;

  @Field({ description: 'Official name in Arabic, 1–300 characters; surrounding spaces are trimmed.' })
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameAr: string;

  @Field({ description: 'Official name in French, 1–300 characters; surrounding spaces are trimmed.' })
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameFr: string;

  @Field(() => String, {
    nullable: true,
    description: 'Official code, 1–40 characters, unique within the kind (BAD_USER_INPUT naming `code` otherwise); null when unknown.',
  })
  @IsOptional()
  @Length(1, 40, { message: 'must be between 1 and 40 characters' })
  code?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'UUID of the collectivity directly above: a region for a prefecture or province, a prefecture or province for a commune, none for a region; null when unknown. Anything else is BAD_USER_INPUT naming `parentId`.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  parentId?: string | null;
}

@InputType({ description: 'Changes to a collectivity: a field omitted or null stays as it is.' })
export class UpdateCollectivityInput {
  @Field(() => String, { nullable: true, description: 'New official name in Arabic, 1–300 characters.' })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'New official name in French, 1–300 characters.' })
  @IsOptional()
  @Length(1, 300, { message: 'must be between 1 and 300 characters' })
  nameFr?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New official code, up to 40 characters, unique within the kind; an empty string clears the code.',
  })
  @IsOptional()
  @MaxLength(40)
  code?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'UUID of the new parent, of a kind allowed above this one (as in `createCollectivity`) and not the collectivity itself; set `clearParent` to remove the parent.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True removes the parent; it wins over `parentId`.' })
  clearParent?: boolean | null;
}

@InputType({
  description: 'Changes to a profile: a field omitted stays as it is, null clears it; text is trimmed.',
})
export class CollectivityProfileInput {
  @Field(() => String, { nullable: true, description: 'Name of the focal point (نقطة ارتكاز), up to 200 characters.' })
  @IsOptional()
  @MaxLength(200)
  focalPointName?: string | null;

  @Field(() => String, { nullable: true, description: "The focal point's position or role, up to 200 characters." })
  @IsOptional()
  @MaxLength(200)
  focalPointRole?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact email; must be an email address (BAD_USER_INPUT otherwise).' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Public contact phone: an optional leading + then 6–30 digits, spaces or ( ) . - (BAD_USER_INPUT otherwise).',
  })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'must be a phone number' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Presentation of the collectivity in Arabic, up to 5,000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Presentation of the collectivity in French, up to 5,000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionFr?: string | null;
}
