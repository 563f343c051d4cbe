import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention: the worker's daily purge deletes what is kept no longer (docs/personal-data.md): read inbox
 * notifications, sent mails and digest items past their time, and follow requests never confirmed. Only the worker
 * deletes, and of followers only those never confirmed (a confirmed follow ends by its unfollow link or the network's
 * erasure); mails of the worker may already be dropped (DeliveryTokens), digest items are the worker's throughout.
 */
const WORKER = "(SELECT current_setting('app.worker', true)) = 'on'";

export class Retention1765700210000 implements MigrationInterface {
  name = 'Retention1765700210000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE POLICY notification_purge ON notifications.notification FOR DELETE USING (${WORKER} AND read_at IS NOT NULL)`,
      `CREATE POLICY follower_expire ON notifications.follower FOR DELETE USING (${WORKER} AND confirmed_at IS NULL)`,
      "CREATE INDEX notification_read_idx ON notifications.notification (created_at) WHERE read_at IS NOT NULL",
      "CREATE INDEX delivery_sent_idx ON notifications.delivery (sent_at) WHERE status = 'SENT'",
      'CREATE INDEX digest_item_created_idx ON notifications.digest_item (created_at)',
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX notifications.digest_item_created_idx');
    await queryRunner.query('DROP INDEX notifications.delivery_sent_idx');
    await queryRunner.query('DROP INDEX notifications.notification_read_idx');
    await queryRunner.query('DROP POLICY follower_expire ON notifications.follower');
    await queryRunner.query('DROP POLICY notification_purge ON notifications.notification');
  }
}
