import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints, the messages fanned out to them and the log of every delivery attempt. An endpoint belongs to
 * its owner: a collectivity (registered by one of its admins) or the network's reserved tenant (registered by the
 * network). Under forced row-level security only the owner's admins read, create and delete its endpoints and read
 * their attempts; the worker (`app.worker`) reads every endpoint, writes messages and attempts and disables an endpoint.
 * The signing secret is stored (the worker signs with it) but no GraphQL field ever returns it after its creation.
 */
const ROLE = "(SELECT current_setting('app.role', true))";
const COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const WORKER = "(SELECT current_setting('app.worker', true)) = 'on'";
const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';
const OWNER = `((${ROLE} = 'COLLECTIVITY_ADMIN' AND collectivity_id = ${COLLECTIVITY}) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`;

export class Webhooks1765600400000 implements MigrationInterface {
  name = 'Webhooks1765600400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE notifications.webhook (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         url text NOT NULL CHECK (length(url) <= 2000),
         kinds text[] NOT NULL CHECK (cardinality(kinds) > 0),
         secret text NOT NULL,
         active boolean NOT NULL DEFAULT true,
         created_by uuid,
         created_at timestamptz NOT NULL DEFAULT now(),
         disabled_at timestamptz,
         PRIMARY KEY (collectivity_id, id)
       )`,
      'CREATE INDEX webhook_kinds_idx ON notifications.webhook USING gin (kinds) WHERE active',
      'ALTER TABLE notifications.webhook ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.webhook FORCE ROW LEVEL SECURITY',
      `CREATE POLICY webhook_read ON notifications.webhook FOR SELECT USING (${OWNER} OR ${WORKER})`,
      `CREATE POLICY webhook_create ON notifications.webhook FOR INSERT WITH CHECK (${OWNER})`,
      `CREATE POLICY webhook_delete ON notifications.webhook FOR DELETE USING (${OWNER})`,
      `CREATE POLICY webhook_disable ON notifications.webhook FOR UPDATE USING (${WORKER}) WITH CHECK (${WORKER})`,
      `CREATE TABLE notifications.webhook_message (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         webhook_id uuid NOT NULL,
         event_key text NOT NULL,
         kind text NOT NULL,
         body text NOT NULL,
         status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
         attempts integer NOT NULL DEFAULT 0,
         created_at timestamptz NOT NULL DEFAULT now(),
         delivered_at timestamptz,
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT webhook_message_once UNIQUE (collectivity_id, webhook_id, event_key),
         FOREIGN KEY (collectivity_id, webhook_id) REFERENCES notifications.webhook (collectivity_id, id) ON DELETE CASCADE
       )`,
      'ALTER TABLE notifications.webhook_message ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.webhook_message FORCE ROW LEVEL SECURITY',
      `CREATE POLICY webhook_message_worker ON notifications.webhook_message FOR ALL USING (${WORKER}) WITH CHECK (${WORKER})`,
      `CREATE TABLE notifications.webhook_delivery (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         webhook_id uuid NOT NULL,
         message_id uuid NOT NULL,
         kind text NOT NULL,
         attempt integer NOT NULL,
         succeeded boolean NOT NULL,
         status_code integer,
         error text,
         duration_ms integer NOT NULL,
         attempted_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, webhook_id) REFERENCES notifications.webhook (collectivity_id, id) ON DELETE CASCADE,
         FOREIGN KEY (collectivity_id, message_id) REFERENCES notifications.webhook_message (collectivity_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX webhook_delivery_log_idx ON notifications.webhook_delivery (collectivity_id, webhook_id, attempted_at DESC)',
      'CREATE INDEX webhook_delivery_message_idx ON notifications.webhook_delivery (collectivity_id, message_id)',
      'ALTER TABLE notifications.webhook_delivery ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.webhook_delivery FORCE ROW LEVEL SECURITY',
      `CREATE POLICY webhook_delivery_read ON notifications.webhook_delivery FOR SELECT USING (${OWNER} OR ${WORKER})`,
      `CREATE POLICY webhook_delivery_log ON notifications.webhook_delivery FOR INSERT WITH CHECK (${WORKER})`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notifications.webhook_delivery');
    await queryRunner.query('DROP TABLE notifications.webhook_message');
    await queryRunner.query('DROP TABLE notifications.webhook');
  }
}
