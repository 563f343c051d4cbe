import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AttendeeCategory, Gender } from '../events/attendance.entity';

/**
 * People one collectivity sent to a network event, by category and gender. Counts only: no name or other
 * personal data is ever recorded. The row belongs to the network's reserved tenant, like its event.
 */
@ObjectType({
  description:
    'People of one attending collectivity counted at a network event (a training, for instance), by category and gender: counts only, never names. Seen by whoever may see the event.',
})
@Entity({ name: 'participant_attendance' })
export class ParticipantAttendance {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Field(() => AttendeeCategory, { description: 'The stakeholder category counted.' })
  @PrimaryColumn({ type: 'text' })
  category: AttendeeCategory;

  @Field(() => Gender, { description: 'The gender counted.' })
  @PrimaryColumn({ type: 'text' })
  gender: Gender;

  @Field(() => Int, { description: 'People of this category and gender, 0 or more.' })
  @Column({ type: 'integer' })
  count: number;

  @Field({ description: 'True for illustrative demo counts, which the press kit does not give.' })
  @Column({ name: 'is_illustrative', type: 'boolean', default: false })
  isIllustrative: boolean;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
