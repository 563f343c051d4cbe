import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'An institution behind the support programme.' })
@InputType('SupportProgrammePartnerInput', { description: 'An institution behind the support programme.' })
export class SupportProgrammePartner {
  @Field({ description: 'Its name in Arabic.' })
  nameAr: string;

  @Field({ description: 'Its name in French.' })
  nameFr: string;

  @Field({ description: 'Whether it leads the programme (the DGCT) rather than partners in it (the ARM).' })
  lead: boolean;
}

@ObjectType({ description: 'One axis of the support programme.' })
@InputType('SupportProgrammeAxisInput', { description: 'One axis of the support programme.' })
export class SupportProgrammeAxis {
  @Field(() => Int, { description: 'Its number, from 1, in the programme’s order.' })
  number: number;

  @Field({ description: 'Its title in Arabic.' })
  titleAr: string;

  @Field({ description: 'Its title in French.' })
  titleFr: string;

  @Field({ description: 'What it covers, in Arabic.' })
  descriptionAr: string;

  @Field({ description: 'What it covers, in French.' })
  descriptionFr: string;
}

/** The programme that runs the network; one row, the network's. */
@ObjectType({
  description:
    'The support programme for open territorial collectivities, which runs the network: launched at the end of 2022 by the Interior Ministry’s General Directorate of Territorial Collectivities with the Association of Regions of Morocco. Public; the network edits it.',
})
@Entity({ name: 'support_programme' })
export class SupportProgramme {
  @PrimaryColumn({ name: 'network_id', type: 'text' })
  networkId: string;

  @Field({ description: 'Its name in Arabic.' })
  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Field({ description: 'Its name in French.' })
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Field({ description: 'When it was launched, ISO-8601 at the precision known ("2022": the press kit says the end of 2022).' })
  @Column({ name: 'launched_on', type: 'text' })
  launchedOn: string;

  @Field({ description: 'What it is for, in Arabic.' })
  @Column({ name: 'description_ar', type: 'text' })
  descriptionAr: string;

  @Field({ description: 'What it is for, in French.' })
  @Column({ name: 'description_fr', type: 'text' })
  descriptionFr: string;

  @Field(() => [SupportProgrammePartner], { description: 'The institutions behind it, the lead first.' })
  @Column({ type: 'jsonb' })
  partners: SupportProgrammePartner[];

  @Field(() => [SupportProgrammeAxis], { description: 'Its axes, in order (four).' })
  @Column({ type: 'jsonb' })
  axes: SupportProgrammeAxis[];

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'One paragraph or item of the charter, in both languages.' })
@InputType('CharterTextInput', { description: 'One paragraph or item of the charter, in both languages.' })
export class CharterText {
  @Field({ description: 'In Arabic.' })
  textAr: string;

  @Field({ description: 'In French.' })
  textFr: string;
}

/** The network's charter (ميثاق); one row, the network's. */
@ObjectType({ description: 'The network’s charter: its preamble, what an open collectivity is, the aims of openness, the network’s values and its members’ commitments. Public; the network edits it.' })
@Entity({ name: 'network_charter' })
export class Charter {
  @PrimaryColumn({ name: 'network_id', type: 'text' })
  networkId: string;

  @Field(() => [CharterText], { description: 'The recitals of its preamble, in order.' })
  @Column({ type: 'jsonb' })
  preamble: CharterText[];

  @Field({ description: 'The decision that closes the preamble (the network is created; this document is its charter), in Arabic.' })
  @Column({ name: 'decision_ar', type: 'text' })
  decisionAr: string;

  @Field({ description: 'The same, in French.' })
  @Column({ name: 'decision_fr', type: 'text' })
  decisionFr: string;

  @Field({ description: 'What the charter sets out, in Arabic.' })
  @Column({ name: 'purpose_ar', type: 'text' })
  purposeAr: string;

  @Field({ description: 'What the charter sets out, in French.' })
  @Column({ name: 'purpose_fr', type: 'text' })
  purposeFr: string;

  @Field({ description: 'What an open territorial collectivity is, in Arabic.' })
  @Column({ name: 'open_collectivity_ar', type: 'text' })
  openCollectivityAr: string;

  @Field({ description: 'What an open territorial collectivity is, in French.' })
  @Column({ name: 'open_collectivity_fr', type: 'text' })
  openCollectivityFr: string;

  @Field(() => [CharterText], { description: 'What a collectivity’s openness aims at, in order.' })
  @Column({ type: 'jsonb' })
  objectives: CharterText[];

  @Field(() => [CharterText], { description: 'The network’s values.' })
  @Column({ name: 'values', type: 'jsonb' })
  values: CharterText[];

  @Field(() => [CharterText], { description: 'What the members commit to.' })
  @Column({ type: 'jsonb' })
  commitments: CharterText[];

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The composition the network itself reports, beside the one computed from the platform's data. */
@ObjectType({
  description:
    'The members the network reports in a dated public source (228 in March 2025: 12 regions, 17 prefecture and province councils, 199 communes), beside `memberCount`, which counts the members recorded on this platform.',
})
@Entity({ name: 'reported_composition' })
export class ReportedComposition {
  @PrimaryColumn({ name: 'network_id', type: 'text' })
  networkId: string;

  @Field({ description: 'When the source gives these figures, ISO-8601 at its precision ("2025-03").' })
  @Column({ name: 'as_of', type: 'text' })
  asOf: string;

  @Field({ description: 'The source, in Arabic.' })
  @Column({ name: 'source_ar', type: 'text' })
  sourceAr: string;

  @Field({ description: 'The source, in French.' })
  @Column({ name: 'source_fr', type: 'text' })
  sourceFr: string;

  @Field(() => String, { nullable: true, description: 'Where the source can be found; null when not online.' })
  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl: string | null;

  @Field(() => Int, { description: 'Regions reported.' })
  @Column({ type: 'int' })
  regions: number;

  @Field(() => Int, { description: 'Prefecture and province councils reported.' })
  @Column({ name: 'prefecture_province_councils', type: 'int' })
  prefectureProvinceCouncils: number;

  @Field(() => Int, { description: 'Communes reported.' })
  @Column({ type: 'int' })
  communes: number;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'When the demo data stands and what in it is invented; present only where the demo data was loaded.' })
export class DemoNote {
  @Field({ description: 'The date the demo data is true at, ISO-8601 ("2025-03": the press kit’s date).' })
  asOf: string;

  @Field({ description: 'The note, in Arabic.' })
  noteAr: string;

  @Field({ description: 'The note, in French.' })
  noteFr: string;
}
