import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox and the e-mail deliveries. A notification belongs to its recipient's tenant (the network's reserved
 * tenant for network accounts) and to the recipient: under forced row-level security an account reads and marks
 * only its own. The worker writes with `app.worker` set, in its own transactions; `source_key` (the event's key)
 * with the recipient makes each delivery happen once whatever the retries. Deliveries are read by the network only.
 */
const USER = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";
const WORKER = "(SELECT current_setting('app.worker', true)) = 'on'";
const ROLE = "(SELECT current_setting('app.role', true))";

export class Inbox1765500100000 implements MigrationInterface {
  name = 'Inbox1765500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE notifications.notification (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         recipient_id uuid NOT NULL,
         kind text NOT NULL,
         title_ar text NOT NULL,
         title_fr text NOT NULL,
         body_ar text NOT NULL,
         body_fr text NOT NULL,
         link text NOT NULL,
         source_key text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         read_at timestamptz,
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT notification_once UNIQUE (collectivity_id, recipient_id, source_key)
       )`,
      'CREATE INDEX notification_inbox_idx ON notifications.notification (collectivity_id, recipient_id, created_at DESC)',
      'ALTER TABLE notifications.notification ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.notification FORCE ROW LEVEL SECURITY',
      `CREATE POLICY notification_read ON notifications.notification FOR SELECT USING (recipient_id = ${USER} OR ${WORKER})`,
      `CREATE POLICY notification_mark ON notifications.notification FOR UPDATE USING (recipient_id = ${USER}) WITH CHECK (recipient_id = ${USER})`,
      `CREATE POLICY notification_deliver ON notifications.notification FOR INSERT WITH CHECK (${WORKER})`,
      `CREATE TABLE notifications.delivery (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         channel text NOT NULL CHECK (channel IN ('EMAIL')),
         kind text NOT NULL,
         recipient text NOT NULL,
         subject text NOT NULL,
         text_body text NOT NULL,
         html_body text NOT NULL,
         source_key text NOT NULL,
         status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
         attempts integer NOT NULL DEFAULT 0,
         last_error text,
         created_at timestamptz NOT NULL DEFAULT now(),
         sent_at timestamptz,
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT delivery_once UNIQUE (collectivity_id, source_key, channel, recipient)
       )`,
      "CREATE INDEX delivery_failed_idx ON notifications.delivery (created_at DESC) WHERE status = 'FAILED'",
      'ALTER TABLE notifications.delivery ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.delivery FORCE ROW LEVEL SECURITY',
      `CREATE POLICY delivery_read ON notifications.delivery FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR ${WORKER})`,
      `CREATE POLICY delivery_insert ON notifications.delivery FOR INSERT WITH CHECK (${WORKER})`,
      `CREATE POLICY delivery_update ON notifications.delivery FOR UPDATE USING (${WORKER}) WITH CHECK (${WORKER})`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notifications.delivery');
    await queryRunner.query('DROP TABLE notifications.notification');
  }
}
