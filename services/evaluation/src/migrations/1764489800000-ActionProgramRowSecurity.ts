import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTenantTablePolicySql, tenantTablePolicySql } from '@infitah/server-kit';

/** Programmes are tenant records: row-level security enabled and forced, as for every tenant table. */
export class ActionProgramRowSecurity1764489800000 implements MigrationInterface {
  name = 'ActionProgramRowSecurity1764489800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of tenantTablePolicySql('evaluation.action_program')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropTenantTablePolicySql('evaluation.action_program')) await queryRunner.query(statement);
  }
}
