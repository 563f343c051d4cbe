import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';
const ROLE = "(SELECT current_setting('app.role', true))";
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const OWN_ACCOUNT = `(collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))`;

/**
 * A member's answer to the network's invitation to one of its events (a training): attending or not. The answer is
 * the member's own record (its tenant), about an event of the network's tenant; the member writes and reads its own,
 * the network reads them all, as the expected attendance. Nobody else sees them.
 */
export class TrainingInvitationAnswers1765600100000 implements MigrationInterface {
  name = 'TrainingInvitationAnswers1765600100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE participation.invitation_answer (
         collectivity_id uuid NOT NULL,
         event_collectivity_id uuid NOT NULL DEFAULT '${NETWORK_TENANT_ID}'::uuid,
         event_id uuid NOT NULL,
         attending boolean NOT NULL,
         answered_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, event_id),
         FOREIGN KEY (event_collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT invitation_answer_network_event CHECK (event_collectivity_id = '${NETWORK_TENANT_ID}'::uuid),
         CONSTRAINT invitation_answer_not_the_network CHECK (collectivity_id <> '${NETWORK_TENANT_ID}'::uuid)
       )`,
      'CREATE INDEX invitation_answer_event_idx ON participation.invitation_answer (event_id)',
      'ALTER TABLE participation.invitation_answer ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE participation.invitation_answer FORCE ROW LEVEL SECURITY',
      `CREATE POLICY invitation_answer_read ON participation.invitation_answer FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY})`,
      `CREATE POLICY invitation_answer_insert ON participation.invitation_answer FOR INSERT WITH CHECK ${OWN_ACCOUNT}`,
      `CREATE POLICY invitation_answer_update ON participation.invitation_answer FOR UPDATE USING ${OWN_ACCOUNT} WITH CHECK ${OWN_ACCOUNT}`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participation.invitation_answer');
  }
}
