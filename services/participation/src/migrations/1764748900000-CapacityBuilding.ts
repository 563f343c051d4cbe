import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';
const ROLE = "(SELECT current_setting('app.role', true))";
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";

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
      `ALTER TABLE participation.participant_attendance ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.participant_attendance FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY participant_attendance_read ON participation.participant_attendance FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${visibleEvent('participant_attendance')}))`,
      `CREATE POLICY participant_attendance_insert ON participation.participant_attendance FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY participant_attendance_update ON participation.participant_attendance FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid)) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY participant_attendance_delete ON participation.participant_attendance FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,

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
      `ALTER TABLE participation.training_material ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.training_material FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY training_material_read ON participation.training_material FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${visibleEvent('training_material')}))`,
      `CREATE POLICY training_material_insert ON participation.training_material FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY training_material_update ON participation.training_material FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid)) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY training_material_delete ON participation.training_material FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
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
