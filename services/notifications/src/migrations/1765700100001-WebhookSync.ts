import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL is inline, so that editing a kit helper never changes this migration.

const ROLE = "(SELECT current_setting('app.role', true))";
const COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';
/** The webhook's own read rule (webhook_read, without the worker): its owner's administrators. */
const OWNER = `((${ROLE} = 'COLLECTIVITY_ADMIN' AND collectivity_id = ${COLLECTIVITY}) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`;

/**
 * Incremental sync of `webhooks` (docs/graph.md, Incremental sync). A webhook changes after its registration (the worker
 * disables it after a delivery fails every retry), so it keeps `updated_at` and `updated_xid`, set by the subgraph's
 * `notifications.stamp_change()` trigger on every insert and update, and the list reads it in sync order by
 * (updated_xid, id). `deleteWebhook` deletes the row: an AFTER DELETE trigger leaves its tombstone in
 * `notifications.tombstone` for `deletedWebhooks`. A webhook has no `published` flag (its tombstone would read as
 * published, i.e. public), so a restrictive policy shows a Webhook tombstone only to those who could read the webhook:
 * its owner's administrators, as `webhook_read` says. The delivery log (`webhook_delivery`) is append-only: a log, not
 * a record list, it keeps its own order and needs none of this.
 */
export class WebhookSync1765700100001 implements MigrationInterface {
  name = 'WebhookSync1765700100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'ALTER TABLE notifications.webhook ADD COLUMN updated_at timestamptz',
      'UPDATE notifications.webhook SET updated_at = greatest(created_at, disabled_at)',
      'ALTER TABLE notifications.webhook ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at SET NOT NULL',
      'ALTER TABLE notifications.webhook ADD COLUMN updated_xid xid8 NOT NULL DEFAULT pg_current_xact_id()',
      'CREATE TRIGGER webhook_stamp_change BEFORE INSERT OR UPDATE ON notifications.webhook FOR EACH ROW EXECUTE FUNCTION notifications.stamp_change()',
      'CREATE INDEX webhook_sync_idx ON notifications.webhook (updated_xid, id)',
      "CREATE TRIGGER webhook_tombstone AFTER DELETE ON notifications.webhook FOR EACH ROW EXECUTE FUNCTION notifications.record_tombstone('Webhook')",
      `CREATE POLICY tombstone_webhook_owners ON notifications.tombstone AS RESTRICTIVE FOR SELECT USING (type <> 'Webhook' OR ${OWNER})`,
    ]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY tombstone_webhook_owners ON notifications.tombstone');
    await queryRunner.query("DELETE FROM notifications.tombstone WHERE type = 'Webhook'");
    await queryRunner.query('DROP TRIGGER webhook_tombstone ON notifications.webhook');
    await queryRunner.query('DROP INDEX notifications.webhook_sync_idx');
    await queryRunner.query('DROP TRIGGER webhook_stamp_change ON notifications.webhook');
    await queryRunner.query('ALTER TABLE notifications.webhook DROP COLUMN updated_xid, DROP COLUMN updated_at');
  }
}
