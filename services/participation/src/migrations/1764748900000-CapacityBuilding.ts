import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NETWORK_TENANT_ID, tenantTablePolicySql } from '@infitah/server-kit';

const CATEGORIES =
  "'COUNCIL_MEMBER', 'IEPEG_MEMBER', 'CIVIL_SOCIETY', 'SCHOOL_DIRECTOR', 'STUDENT_RESEARCHER', 'STAFF', 'CITIZEN', 'TRAINER_NETWORK'";

/** A child row is visible exactly when its event is: the event's own policy decides, inside the subquery. */
const visibleEvent = (table: string) =>
  `EXISTS (SELECT 1 FROM participation.event e WHERE e.collectivity_id = ${table}.collectivity_id AND e.id = ${table}.event_id)`;

/**
 * Capacity building on the network's own events: how many people each attending collectivity sent, by
 * category and gender (counts only, never names), and the training materials (title and link). Both
 * belong to the network's reserved tenant, like the events they describe; the outcomes are the event's
 * own `outcome`.
 */
export class CapacityBuilding1764748900000 implements MigrationInterface {
  name = 'CapacityBuilding1764748900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE participation.participant_attendance (
         collectivity_id uuid NOT NULL,
         event_id uuid NOT NULL,
         participant_id uuid NOT NULL,
         category text NOT NULL CHECK (category IN (${CATEGORIES})),
         gender text NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'UNSPECIFIED')),
         count integer NOT NULL CHECK (count >= 0),
         is_illustrative boolean NOT NULL DEFAULT false,
         PRIMARY KEY (collectivity_id, event_id, participant_id, category, gender),
         FOREIGN KEY (collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT participant_attendance_network_event CHECK (collectivity_id = '${NETWORK_TENANT_ID}'::uuid),
         CONSTRAINT participant_attendance_not_the_network CHECK (participant_id <> '${NETWORK_TENANT_ID}'::uuid)
       )`,
      'CREATE INDEX participant_attendance_participant_idx ON participation.participant_attendance (participant_id)',
      ...tenantTablePolicySql('participation.participant_attendance', {
        read: { sql: visibleEvent('participant_attendance') },
        networkWrites: true,
        editorsDelete: true,
      }),

      `CREATE TABLE participation.training_material (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         event_id uuid NOT NULL,
         position integer NOT NULL CHECK (position >= 0),
         title text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
         url text NOT NULL CHECK (url ~* '^https?://[^\\s/?#]+' AND length(url) <= 2000),
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT training_material_network_event CHECK (collectivity_id = '${NETWORK_TENANT_ID}'::uuid)
       )`,
      'CREATE INDEX training_material_event_idx ON participation.training_material (collectivity_id, event_id, position)',
      ...tenantTablePolicySql('participation.training_material', {
        read: { sql: visibleEvent('training_material') },
        networkWrites: true,
        editorsDelete: true,
      }),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'DROP TABLE participation.training_material',
      'DROP TABLE participation.participant_attendance',
    ]) {
      await queryRunner.query(statement);
    }
  }
}
