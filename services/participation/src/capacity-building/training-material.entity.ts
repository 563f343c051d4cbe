import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A document or page used at one of the network's events: a title and an http(s) link. */
@ObjectType({ description: 'Training material of a network event: a title and an http(s) link. Seen by whoever may see the event.' })
@Entity({ name: 'training_material' })
export class TrainingMaterial {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The material id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field({ description: 'What the material is, in Arabic or French.' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Where to find it: an http or https address.' })
  @Column({ type: 'text' })
  url: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
