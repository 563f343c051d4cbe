import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OpennessPrinciple, SyncFilter } from '@infitah/server-kit';
import { LibraryEntryKind, LibraryEntryStatus } from './library-entry.entity';

const TITLE = { message: 'must be between 1 and 300 characters' };
const NOT_BLANK = { message: 'must not be blank' };

@InputType({ description: 'Which library entries to list; every condition given must hold.' })
export class LibraryEntryFilter extends SyncFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over titles, summaries and bodies in Arabic and French: every word must match (the last one as a prefix), ignoring case, French accents, Arabic letter variants (أ إ آ ا, ة ه, ى ي) and the Arabic article. Best matches first.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => LibraryEntryKind, { nullable: true, description: 'Only entries of this kind.' })
  kind?: LibraryEntryKind | null;

  @Field(() => OpennessPrinciple, { nullable: true, description: 'Only entries serving this principle.' })
  principle?: OpennessPrinciple | null;

  @Field(() => ID, { nullable: true, description: 'Only entries coming from this collectivity.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => LibraryEntryStatus, { nullable: true, description: 'Only entries in this status (e.g. PROPOSED: the proposals awaiting a decision).' })
  status?: LibraryEntryStatus | null;
}

@InputType({ description: 'A link to attach to a library entry.' })
export class LibraryLinkInput {
  @Field({ description: 'An http or https address.' })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http or https address' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the link leads to.' })
  @IsOptional()
  @MaxLength(300)
  label?: string | null;
}

@InputType({ description: 'What a collectivity proposes to the library; unset fields are taken from the commitment (titles, principles).' })
export class LibraryProposalInput {
  @Field(() => LibraryEntryKind, { nullable: true, description: 'The kind of entry: required to create one; GOOD_PRACTICE by default when proposing from a commitment.' })
  kind?: LibraryEntryKind | null;

  @Field(() => String, { nullable: true, description: 'The title in Arabic, 1–300 characters.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, NOT_BLANK)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The title in French, 1–300 characters.' })
  @IsOptional()
  @Length(1, 300, TITLE)
  @Matches(/\S/, NOT_BLANK)
  titleFr?: string | null;

  @Field(() => String, { nullable: true, description: 'A summary in Arabic, at most 2,000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  summaryAr?: string | null;

  @Field(() => String, { nullable: true, description: 'A summary in French, at most 2,000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  summaryFr?: string | null;

  @Field(() => String, { nullable: true, description: 'The full text in Arabic, at most 50,000 characters.' })
  @IsOptional()
  @MaxLength(50000)
  bodyAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The full text in French, at most 50,000 characters.' })
  @IsOptional()
  @MaxLength(50000)
  bodyFr?: string | null;

  @Field(() => [OpennessPrinciple], { nullable: true, description: 'The principles the entry serves (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(5)
  principles?: OpennessPrinciple[] | null;

  @Field(() => [LibraryLinkInput], { nullable: true, description: 'Attached links, at most 20 (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested()
  links?: LibraryLinkInput[] | null;
}

@InputType({ description: 'A library entry as the network writes it; on update, any subset (a list given replaces the old one).' })
export class LibraryEntryInput extends LibraryProposalInput {
  @Field(() => ID, { nullable: true, description: 'The collectivity the practice comes from; null for the network’s own material.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  collectivityId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Commitments the entry documents, all of `collectivityId` (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be a list of UUIDs' })
  commitmentIds?: string[] | null;
}
