import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each account's notification preferences (per kind: inbox, e-mail, e-mail at once or in a daily digest) and its
 * language, the items a daily digest collects, and the network's retry of a failed delivery. Preferences are the
 * account's own under forced row-level security, like the inbox: an account reads and writes only its rows, in its
 * own tenant (the network's reserved tenant for network accounts); the worker reads them. Digest items are the
 * worker's alone. The network may set a FAILED delivery back to PENDING (its retry), nothing else.
 */
const USER = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";
const TENANT = "(SELECT coalesce(NULLIF(current_setting('app.collectivity_id', true), '')::uuid, '00000000-0000-4000-8000-000000000000'::uuid))";
const WORKER = "(SELECT current_setting('app.worker', true)) = 'on'";
const ROLE = "(SELECT current_setting('app.role', true))";
const OWN = `(account_id = ${USER} AND collectivity_id = ${TENANT})`;

export class Preferences1765600300000 implements MigrationInterface {
  name = 'Preferences1765600300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE notifications.account_setting (
         collectivity_id uuid NOT NULL,
         account_id uuid NOT NULL,
         language text CHECK (language IN ('ar', 'fr')),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, account_id)
       )`,
      'CREATE UNIQUE INDEX account_setting_account_idx ON notifications.account_setting (account_id)',
      `CREATE TABLE notifications.preference (
         collectivity_id uuid NOT NULL,
         account_id uuid NOT NULL,
         kind text NOT NULL,
         inbox boolean NOT NULL,
         email boolean NOT NULL,
         email_frequency text NOT NULL CHECK (email_frequency IN ('IMMEDIATE', 'DAILY_DIGEST')),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, account_id, kind)
       )`,
      'CREATE INDEX preference_account_idx ON notifications.preference (account_id, kind)',
      `CREATE TABLE notifications.digest_item (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         account_id uuid NOT NULL,
         recipient text NOT NULL,
         kind text NOT NULL,
         day date NOT NULL,
         title_ar text NOT NULL,
         title_fr text NOT NULL,
         body_ar text NOT NULL,
         body_fr text NOT NULL,
         link_ar text NOT NULL,
         link_fr text NOT NULL,
         source_key text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         digest_key text,
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT digest_item_once UNIQUE (collectivity_id, account_id, source_key)
       )`,
      'CREATE INDEX digest_item_pending_idx ON notifications.digest_item (day, account_id) WHERE digest_key IS NULL',
      "ALTER TABLE notifications.delivery ADD COLUMN digest boolean NOT NULL DEFAULT false",
    ]) {
      await queryRunner.query(statement);
    }
    for (const table of ['account_setting', 'preference']) {
      await queryRunner.query(`ALTER TABLE notifications.${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE notifications.${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_read ON notifications.${table} FOR SELECT USING (${OWN} OR ${WORKER})`);
      await queryRunner.query(`CREATE POLICY ${table}_insert ON notifications.${table} FOR INSERT WITH CHECK (${OWN})`);
      await queryRunner.query(`CREATE POLICY ${table}_update ON notifications.${table} FOR UPDATE USING (${OWN}) WITH CHECK (${OWN})`);
    }
    await queryRunner.query('ALTER TABLE notifications.digest_item ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE notifications.digest_item FORCE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY digest_item_worker ON notifications.digest_item USING (${WORKER}) WITH CHECK (${WORKER})`);
    await queryRunner.query(
      `CREATE POLICY delivery_retry ON notifications.delivery FOR UPDATE USING (${ROLE} = 'NETWORK_ADMIN' AND status = 'FAILED') WITH CHECK (${ROLE} = 'NETWORK_ADMIN' AND status = 'PENDING')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY delivery_retry ON notifications.delivery');
    await queryRunner.query('ALTER TABLE notifications.delivery DROP COLUMN digest');
    await queryRunner.query('DROP TABLE notifications.digest_item');
    await queryRunner.query('DROP TABLE notifications.preference');
    await queryRunner.query('DROP TABLE notifications.account_setting');
  }
}
