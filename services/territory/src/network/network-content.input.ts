import { Field, InputType } from 'type-graphql';
import { CharterText, SupportProgrammeAxis, SupportProgrammePartner } from './network-content.entity';

@InputType({ description: 'The support programme as a whole: every field is replaced.' })
export class SupportProgrammeInput {
  @Field({ description: 'Its name in Arabic, 1–300 characters.' })
  nameAr: string;

  @Field({ description: 'Its name in French, 1–300 characters.' })
  nameFr: string;

  @Field({ description: 'When it was launched, ISO-8601 at the precision known ("2022", "2022-12"), not in the future.' })
  launchedOn: string;

  @Field({ description: 'What it is for, in Arabic, up to 4,000 characters.' })
  descriptionAr: string;

  @Field({ description: 'What it is for, in French, up to 4,000 characters.' })
  descriptionFr: string;

  @Field(() => [SupportProgrammePartner], { description: 'The institutions behind it, 1–10, exactly one of them the lead.' })
  partners: SupportProgrammePartner[];

  @Field(() => [SupportProgrammeAxis], { description: 'Its axes, 1–12, numbered 1, 2, 3… in the order given.' })
  axes: SupportProgrammeAxis[];
}

@InputType({ description: 'The charter as a whole: every field is replaced.' })
export class CharterInput {
  @Field(() => [CharterText], { description: 'The recitals of its preamble, 0–20.' })
  preamble: CharterText[];

  @Field({ description: 'The decision closing the preamble, in Arabic, up to 4,000 characters.' })
  decisionAr: string;

  @Field({ description: 'The decision closing the preamble, in French, up to 4,000 characters.' })
  decisionFr: string;

  @Field({ description: 'What the charter sets out, in Arabic, up to 4,000 characters.' })
  purposeAr: string;

  @Field({ description: 'What the charter sets out, in French, up to 4,000 characters.' })
  purposeFr: string;

  @Field({ description: 'What an open collectivity is, in Arabic, 1–4,000 characters.' })
  openCollectivityAr: string;

  @Field({ description: 'What an open collectivity is, in French, 1–4,000 characters.' })
  openCollectivityFr: string;

  @Field(() => [CharterText], { description: 'The aims of openness, 1–20.' })
  objectives: CharterText[];

  @Field(() => [CharterText], { description: 'The network’s values, 1–20.' })
  values: CharterText[];

  @Field(() => [CharterText], { description: 'The members’ commitments, 1–20.' })
  commitments: CharterText[];
}
