import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL is inline, so that editing a kit helper never changes this migration.

/**
 * Incremental sync of `apiKeys` (docs/graph.md, Incremental sync): an API key changes after its creation (its last use,
 * its revocation), so it keeps `updated_at` and `updated_xid` like every other record, set by the same
 * `territory.stamp_change()` trigger on every insert and update whatever the write path (`api_key_used()` included),
 * and the list reads it in sync order by (updated_xid, id). Keys are revoked, never deleted: no tombstone.
 */
export class ApiKeySync1765700100000 implements MigrationInterface {
  name = 'ApiKeySync1765700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'ALTER TABLE territory.api_key ADD COLUMN updated_at timestamptz',
      'UPDATE territory.api_key SET updated_at = greatest(created_at, last_used_at, revoked_at)',
      'ALTER TABLE territory.api_key ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at SET NOT NULL',
      'ALTER TABLE territory.api_key ADD COLUMN updated_xid xid8 NOT NULL DEFAULT pg_current_xact_id()',
      'CREATE TRIGGER api_key_stamp_change BEFORE INSERT OR UPDATE ON territory.api_key FOR EACH ROW EXECUTE FUNCTION territory.stamp_change()',
      'CREATE INDEX api_key_sync_idx ON territory.api_key (updated_xid, id)',
    ]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX territory.api_key_sync_idx');
    await queryRunner.query('DROP TRIGGER api_key_stamp_change ON territory.api_key');
    await queryRunner.query('ALTER TABLE territory.api_key DROP COLUMN updated_xid, DROP COLUMN updated_at');
  }
}
