import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A member's answer to the network's invitation to one of its events: the member's own record. */
@ObjectType({
  description:
    "An invited member's answer to the network's invitation to one of its events (a training): whether it will attend. Seen by the network (the expected attendance) and by the member itself, nobody else.",
})
@Entity({ name: 'invitation_answer' })
export class InvitationAnswer {
  /** The answering member (its tenant). */
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_collectivity_id', type: 'uuid' })
  eventCollectivityId: string;

  @Field({ description: 'True when the member will attend, false when it will not.' })
  @Column({ type: 'boolean' })
  attending: boolean;

  @Field({ description: 'When it last answered, ISO-8601 date-time in UTC.' })
  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
