import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['event', 'event_participant'];
const TRIGGERS: Array<[suffix: string, event: string, transition: string]> = [
  ['insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
  ['truncate', 'TRUNCATE', ''],
];

/**
 * Participation keeps its part of where each member stands (`directory.member_fact`, see
 * packages/database/src/directory.ts): the network trainings a collectivity attended, and the committee meetings,
 * co-creation workshops and public consultations it held. Statement triggers keep the facts in the writing
 * transaction; the facts of the records already there are written now.
 */
export class MemberFacts1765400000000 implements MigrationInterface {
  name = 'MemberFacts1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const [suffix, event, transition] of TRIGGERS) {
        await queryRunner.query(
          `CREATE TRIGGER ${table}_member_facts_${suffix} AFTER ${event} ON participation.${table} ${transition}
             FOR EACH STATEMENT EXECUTE FUNCTION directory.participation_member_facts_changed()`,
        );
      }
    }
    await queryRunner.query(
      `SELECT directory.refresh_participation_member_facts(ARRAY(
         SELECT collectivity_id FROM participation.event UNION SELECT participant_id FROM participation.event_participant))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const [suffix] of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${table}_member_facts_${suffix} ON participation.${table}`);
    }
    await queryRunner.query(
      "DELETE FROM directory.member_fact WHERE kind IN ('TRAINING_ATTENDED', 'COMMITTEE_MEETING_HELD', 'CO_CREATION_WORKSHOP_HELD', 'PUBLIC_CONSULTATION_HELD')",
    );
  }
}
