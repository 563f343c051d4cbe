import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const ROLE = "(SELECT current_setting('app.role', true))";
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";

/** Programmes are tenant records: row-level security enabled and forced, as for every tenant table. */
export class ActionProgramRowSecurity1764489800000 implements MigrationInterface {
  name = 'ActionProgramRowSecurity1764489800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE evaluation.action_program ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.action_program FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY action_program_read ON evaluation.action_program FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY action_program_insert ON evaluation.action_program FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY action_program_update ON evaluation.action_program FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY action_program_delete ON evaluation.action_program FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,
    ]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP POLICY action_program_read ON evaluation.action_program`,
      `DROP POLICY action_program_insert ON evaluation.action_program`,
      `DROP POLICY action_program_update ON evaluation.action_program`,
      `DROP POLICY action_program_delete ON evaluation.action_program`,
      `ALTER TABLE evaluation.action_program NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.action_program DISABLE ROW LEVEL SECURITY`,
    ]) await queryRunner.query(statement);
  }
}
