import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['action_program', 'progress_report', 'review'];
const TRIGGERS: Array<[suffix: string, event: string, transition: string]> = [
  ['insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
  ['truncate', 'TRUNCATE', ''],
];

/**
 * Evaluation keeps its part of where each member stands (`directory.member_fact`, see
 * packages/database/src/directory.ts): programmes adopted and in implementation, progress reports and published
 * reviews. Statement triggers keep the facts in the writing transaction; the facts of the records already there are
 * written now.
 */
export class MemberFacts1765400100000 implements MigrationInterface {
  name = 'MemberFacts1765400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const [suffix, event, transition] of TRIGGERS) {
        await queryRunner.query(
          `CREATE TRIGGER ${table}_member_facts_${suffix} AFTER ${event} ON evaluation.${table} ${transition}
             FOR EACH STATEMENT EXECUTE FUNCTION directory.evaluation_member_facts_changed()`,
        );
      }
    }
    await queryRunner.query('SELECT directory.refresh_evaluation_member_facts(ARRAY(SELECT DISTINCT collectivity_id FROM evaluation.action_program))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const [suffix] of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${table}_member_facts_${suffix} ON evaluation.${table}`);
    }
    await queryRunner.query("DELETE FROM directory.member_fact WHERE kind IN ('PROGRAMME_ADOPTED', 'PROGRAMME_IMPLEMENTING', 'PROGRESS_REPORT', 'REVIEW_PUBLISHED')");
  }
}
