import type { MigrationInterface, QueryRunner } from 'typeorm';

const WORKER = "(SELECT current_setting('app.worker', true)) = 'on'";

/**
 * The daily reminders' memory: one row per item and due date reminded (its source key), written in the transaction
 * that enqueues the reminder, so that a second run, the same day or later, enqueues nothing for it; a changed due
 * date is a new key. `reminder_run` keeps the Morocco days the daily run has done. Only the worker reads or writes them.
 */
export class Reminders1765600100000 implements MigrationInterface {
  name = 'Reminders1765600100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE notifications.reminder (
         collectivity_id uuid NOT NULL,
         source_key text NOT NULL,
         kind text NOT NULL CHECK (kind IN ('MILESTONE_DUE', 'REPORT_DUE')),
         due_on date NOT NULL,
         reminded_on date NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, source_key)
       )`,
      'ALTER TABLE notifications.reminder ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.reminder FORCE ROW LEVEL SECURITY',
      `CREATE POLICY reminder_worker ON notifications.reminder FOR ALL USING (${WORKER}) WITH CHECK (${WORKER})`,
      `CREATE TABLE notifications.reminder_run (
         day date PRIMARY KEY,
         reminders integer NOT NULL,
         ran_at timestamptz NOT NULL DEFAULT now()
       )`,
      'ALTER TABLE notifications.reminder_run ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.reminder_run FORCE ROW LEVEL SECURITY',
      `CREATE POLICY reminder_run_worker ON notifications.reminder_run FOR ALL USING (${WORKER}) WITH CHECK (${WORKER})`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notifications.reminder_run');
    await queryRunner.query('DROP TABLE notifications.reminder');
  }
}
