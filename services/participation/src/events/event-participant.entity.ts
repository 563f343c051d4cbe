import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A collectivity invited to, or attending, a network event. */
@Entity({ name: 'event_participant' })
export class EventParticipant {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ type: 'boolean', default: true })
  invited: boolean;

  @Column({ type: 'boolean', default: false })
  attended: boolean;
}
