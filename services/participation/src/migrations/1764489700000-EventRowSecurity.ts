import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantTablePolicySql, tenantTablePolicySql } from '@infitah/server-kit';

/** Events are tenant records: row-level security enabled and forced, as for every tenant table. */
export class EventRowSecurity1764489700000 implements MigrationInterface {
  name = 'EventRowSecurity1764489700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of tenantTablePolicySql('participation.event')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropTenantTablePolicySql('participation.event')) await queryRunner.query(statement);
  }
}
