import { Entity, PrimaryColumn } from 'typeorm';

/** An organisation of the commune's registry present at one of its events. */
@Entity({ name: 'event_organisation' })
export class EventOrganisation {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;
}
