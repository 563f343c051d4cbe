import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CompletionLevel } from '../commitments/commitment.entity';

@ObjectType({ description: 'What a progress report says of one commitment.' })
export class ReportEntry {
  @Field(() => ID)
  commitmentId: string;

  @Field(() => CompletionLevel)
  completion: CompletionLevel;

  @Field(() => [String], { description: 'Links to the evidence.' })
  evidence: string[];

  @Field(() => String, { nullable: true })
  note: string | null;
}

/** A commune's periodic progress report on its programme. */
@ObjectType()
@Entity({ name: 'progress_report' })
export class ProgressReport {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: 'ISO-8601 date.' })
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field({ description: 'ISO-8601 date.' })
  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Field()
  @Column({ type: 'text', default: '' })
  narrative: string;

  @Field(() => [ReportEntry])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  entries: ReportEntry[];

  @Field()
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
