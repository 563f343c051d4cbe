import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CompletionLevel } from '../commitments/commitment.entity';
import { OpenGovernmentEffect, PotentialForResults } from '../reviews/review.entity';

export enum ProgramReportKind {
  DESIGN = 'DESIGN',
  RESULTS = 'RESULTS',
}
registerEnumType(ProgramReportKind, {
  name: 'ProgramReportKind',
  description: "The two reports the OGP IRM writes on an action plan, which the network writes on a programme.",
  valuesConfig: {
    DESIGN: { description: "The design report (IRM Action Plan Review), once the programme is adopted: the co-creation process and each commitment's design." },
    RESULTS: { description: "The results report, at the end of the programme's period: each commitment's completion and early results." },
  },
});

export enum PublicInfluence {
  INFORM = 'INFORM',
  CONSULT = 'CONSULT',
  INVOLVE = 'INVOLVE',
  COLLABORATE = 'COLLABORATE',
  EMPOWER = 'EMPOWER',
}
registerEnumType(PublicInfluence, {
  name: 'PublicInfluence',
  description: "The OGP IRM's level of public influence on the programme (the IAP2 spectrum), from least to most.",
  valuesConfig: {
    INFORM: { description: 'The public was told of the programme, without a say in it.' },
    CONSULT: { description: 'The public could give its views.' },
    INVOLVE: { description: "The public's views were taken in, with feedback on how." },
    COLLABORATE: { description: 'Iterative dialogue: the public helped set the agenda.' },
    EMPOWER: { description: 'The public took part in the decision itself.' },
  },
});

/** What a programme report says of one commitment: the design criteria in a DESIGN report, completion and results in a RESULTS report. */
@ObjectType({ description: 'What a programme report says of one commitment, on the OGP IRM criteria of its kind.' })
export class CommitmentAssessment {
  @Field(() => ID, { description: "The commitment assessed (UUID), one of the report's programme." })
  commitmentId: string;

  @Field(() => Boolean, { nullable: true, description: 'DESIGN: whether its milestones and results are specific enough to be verified; null when not assessed.' })
  verifiable: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'DESIGN: whether it has an open-government lens (relevant to transparency, participation or accountability); null when not assessed.' })
  openGovernmentLens: boolean | null;

  @Field(() => PotentialForResults, { nullable: true, description: 'DESIGN: its potential for results; null when not assessed.' })
  potentialForResults: PotentialForResults | null;

  @Field(() => Boolean, { nullable: true, description: 'DESIGN: whether the IRM would call it promising; null when not assessed.' })
  promising: boolean | null;

  @Field(() => CompletionLevel, { nullable: true, description: 'RESULTS: its completion on the OGP IRM scale as verified at the end of the period; null when not assessed.' })
  completion: CompletionLevel | null;

  @Field(() => OpenGovernmentEffect, { nullable: true, description: 'RESULTS: "did it open government?"; null when not assessed.' })
  didItOpenGovernment: OpenGovernmentEffect | null;

  @Field(() => String, { nullable: true, description: 'The analysis in Arabic, up to 5,000 characters.' })
  analysisAr: string | null;

  @Field(() => String, { nullable: true, description: 'The analysis in French, up to 5,000 characters.' })
  analysisFr: string | null;
}

/** The network's report on a whole programme, on the OGP IRM model. Only the network writes it. */
@ObjectType({
  description:
    "The network's report on a programme, on the OGP IRM model: a design report after adoption, a results report at the end of the period; one of each per programme. Written by the network only, editable while unpublished; published reports are public, drafts are seen by the network and the programme's collectivity.",
})
@Entity({ name: 'program_report' })
export class ProgramReport {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The report id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ProgramReportKind, { description: 'DESIGN or RESULTS.' })
  @Column({ type: 'text' })
  kind: ProgramReportKind;

  @Field(() => String, { nullable: true, description: 'The summary (key observations) in Arabic, up to 10,000 characters.' })
  @Column({ name: 'summary_ar', type: 'text', nullable: true })
  summaryAr: string | null;

  @Field(() => String, { nullable: true, description: 'The summary (key observations) in French, up to 10,000 characters.' })
  @Column({ name: 'summary_fr', type: 'text', nullable: true })
  summaryFr: string | null;

  @Field(() => String, { nullable: true, description: 'The assessment of the co-creation process (DESIGN) or of participation during implementation (RESULTS), in Arabic.' })
  @Column({ name: 'co_creation_assessment_ar', type: 'text', nullable: true })
  coCreationAssessmentAr: string | null;

  @Field(() => String, { nullable: true, description: 'The assessment of the co-creation process (DESIGN) or of participation during implementation (RESULTS), in French.' })
  @Column({ name: 'co_creation_assessment_fr', type: 'text', nullable: true })
  coCreationAssessmentFr: string | null;

  @Field(() => PublicInfluence, { nullable: true, description: 'The level of public influence on the programme; null when not assessed.' })
  @Column({ name: 'public_influence', type: 'text', nullable: true })
  publicInfluence: PublicInfluence | null;

  @Field(() => String, { nullable: true, description: 'Recommendations (DESIGN) or lessons for the next programme (RESULTS), in Arabic.' })
  @Column({ name: 'recommendations_ar', type: 'text', nullable: true })
  recommendationsAr: string | null;

  @Field(() => String, { nullable: true, description: 'Recommendations (DESIGN) or lessons for the next programme (RESULTS), in French.' })
  @Column({ name: 'recommendations_fr', type: 'text', nullable: true })
  recommendationsFr: string | null;

  @Column({ name: 'commitment_assessments', type: 'jsonb', default: () => "'[]'" })
  commitmentAssessments: CommitmentAssessment[];

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Field({ description: 'Whether the public can see it: false at creation, changed by setProgramReportPublished.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field({ description: 'When it was written (ISO-8601 date-time, UTC).' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it was last changed (ISO-8601 date-time, UTC).' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
