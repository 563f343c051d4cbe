import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTablePolicySql } from '@infitah/server-kit';

/** Events are tenant records: row-level security enabled and forced, as for every tenant table. */
export class EventRowSecurity1764489700000 implements MigrationInterface {
  name = 'EventRowSecurity1764489700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of tenantTablePolicySql('participation.event')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const policy of ['read', 'insert', 'update', 'delete']) {
      await queryRunner.query(`DROP POLICY event_${policy} ON participation.event`);
    }
    await queryRunner.query('ALTER TABLE participation.event NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE participation.event DISABLE ROW LEVEL SECURITY');
  }
}
