import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRIGGERS: Array<[name: string, event: string, transition: string]> = [
  ['event_directory_insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['event_directory_update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['event_directory_delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
];

/**
 * Participation publishes each event's kind, status, times and publication in the shared directory
 * (`directory.event`, see packages/database/src/directory.ts), which evaluation reads to tie a programme's adoption to
 * its council session and public consultation without reading this schema. Statement triggers keep it in the same
 * transaction as every write; the entries of the events already there are written now.
 */
export class EventDirectory1765310000000 implements MigrationInterface {
  name = 'EventDirectory1765310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, event, transition] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER ${name} AFTER ${event} ON participation.event ${transition}
           FOR EACH STATEMENT EXECUTE FUNCTION directory.events_changed()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER event_directory_truncate AFTER TRUNCATE ON participation.event
         FOR EACH STATEMENT EXECUTE FUNCTION directory.events_truncated()`,
    );
    await queryRunner.query(
      `INSERT INTO directory.event AS d (collectivity_id, id, kind, status, starts_at, ends_at, published)
       SELECT collectivity_id, id, kind, status, starts_at, ends_at, published FROM participation.event ORDER BY collectivity_id, id
       ON CONFLICT (collectivity_id, id) DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${name} ON participation.event`);
    await queryRunner.query('DROP TRIGGER event_directory_truncate ON participation.event');
    await queryRunner.query('DELETE FROM directory.event');
  }
}
