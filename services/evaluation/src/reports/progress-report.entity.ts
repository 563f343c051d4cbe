import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CompletionLevel } from '../commitments/commitment.entity';

@ObjectType({ description: 'What a progress report says of one commitment.' })
export class ReportEntry {
  @Field(() => ID, { description: "The commitment reported on (UUID), one of the report's programme." })
  commitmentId: string;

  @Field(() => CompletionLevel, {
    description: "Its completion on the OGP IRM scale at the end of the period, as reported; the commitment's own completion is not changed by it.",
  })
  completion: CompletionLevel;

  @Field(() => [String], { description: 'Links (http or https URLs) to the evidence, at most 20; empty when none.' })
  evidence: string[];

  @Field(() => String, { nullable: true, description: 'A remark on the commitment for the period, up to 2,000 characters.' })
  note: string | null;
}

/** A commune's periodic progress report on its programme. */
@ObjectType({
  description:
    "A collectivity's periodic progress report on its programme. Created unpublished: until published it is seen only by its collectivity's accounts and the network.",
})
@Entity({ name: 'progress_report' })
export class ProgressReport {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The report id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: 'First day of the period reported on, ISO-8601 date (YYYY-MM-DD).' })
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field({ description: 'Last day of the period reported on, ISO-8601 date (YYYY-MM-DD), not before periodStart.' })
  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Field({ description: 'Account of the period, up to 20,000 characters; empty when none was written.' })
  @Column({ type: 'text', default: '' })
  narrative: string;

  @Field(() => [ReportEntry], {
    description:
      'What it says of each commitment reported on, in the order given; an entry on a commitment the caller may not see (an unpublished one, for the public) is left out.',
  })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  entries: ReportEntry[];

  @Field({ description: "Whether the public can see it; false at creation (seen then only by its collectivity's accounts and the network), changed by setProgressReportPublished." })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field({ description: 'When it was filed (ISO-8601 date-time, UTC).' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
