import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const ROLE = "(SELECT current_setting('app.role', true))";
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";

/** Events are tenant records: row-level security enabled and forced, as for every tenant table. */
export class EventRowSecurity1764489700000 implements MigrationInterface {
  name = 'EventRowSecurity1764489700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE participation.event ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY event_read ON participation.event FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY event_insert ON participation.event FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY event_update ON participation.event FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY event_delete ON participation.event FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,
    ]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP POLICY event_read ON participation.event`,
      `DROP POLICY event_insert ON participation.event`,
      `DROP POLICY event_update ON participation.event`,
      `DROP POLICY event_delete ON participation.event`,
      `ALTER TABLE participation.event NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event DISABLE ROW LEVEL SECURITY`,
    ]) await queryRunner.query(statement);
  }
}
