import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL is inline, so that editing a kit helper never changes this migration.

/** Every record table of this subgraph's part of the public graph. */
const TABLES: string[] = ['collectivity', 'collectivity_profile', 'network_membership', 'cohort', 'onboarding_step', 'account', 'network', 'network_charter', 'support_programme', 'reported_composition'];

/** The record types a sync reads deletions of (`deleted…` root lists), by table. */
const TOMBSTONED: Record<string, string> = { cohort: 'Cohort' };

/** Parts synced with their record: a write to one touches its record (child table: [record table, column naming it]). */
const PARENTS: Record<string, [string, string]> = {};

/** The root lists' tables, read in sync order by (updated_xid, id). */
const SYNC_INDEXED: string[] = ['collectivity', 'cohort', 'account'];

const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';
const ROLE = "(SELECT current_setting('app.role', true))";
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const CAN_SEE_UNPUBLISHED = `(${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY})`;

/**
 * Incremental sync (docs/graph.md, Incremental sync): every record keeps `updated_at` (exposed as `updatedAt`) and
 * `updated_xid`, the id of the transaction that last wrote it, both set by a BEFORE INSERT OR UPDATE trigger so that
 * every write path keeps them (resolvers, SQL functions, imports, the seed). `updated_at` is backfilled from
 * `created_at` where the table has one. Deletions, and withdrawals (a published record unpublished), leave a row in
 * `territory.tombstone` from an AFTER trigger, readable under row-level security by those who could read the record.
 */
export class IncrementalSync1765600500000 implements MigrationInterface {
  name = 'IncrementalSync1765600500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION territory.stamp_change() RETURNS trigger
       LANGUAGE plpgsql SET search_path = territory, pg_temp
       AS $$
       BEGIN
         NEW.updated_at := now();
         NEW.updated_xid := pg_current_xact_id();
         RETURN NEW;
       END $$`,
    );
    for (const table of TABLES) {
      const [{ created, updated }] = await queryRunner.query(
        `SELECT bool_or(column_name = 'created_at') AS created, bool_or(column_name = 'updated_at') AS updated
           FROM information_schema.columns WHERE table_schema = 'territory' AND table_name = $1`,
        [table],
      );
      if (!updated) {
        await queryRunner.query(`ALTER TABLE territory.${table} ADD COLUMN updated_at timestamptz`);
        await queryRunner.query(`UPDATE territory.${table} SET updated_at = ${created ? 'created_at' : 'now()'}`);
        await queryRunner.query(`ALTER TABLE territory.${table} ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at SET NOT NULL`);
      }
      await queryRunner.query(`ALTER TABLE territory.${table} ADD COLUMN updated_xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_stamp_change BEFORE INSERT OR UPDATE ON territory.${table} FOR EACH ROW EXECUTE FUNCTION territory.stamp_change()`,
      );
    }
    for (const table of SYNC_INDEXED) {
      await queryRunner.query(`CREATE INDEX ${table}_sync_idx ON territory.${table} (updated_xid, id)`);
    }
    for (const statement of [
      `CREATE TABLE territory.tombstone (
         collectivity_id uuid NOT NULL,
         type text NOT NULL,
         id uuid NOT NULL,
         published boolean NOT NULL,
         withdrawn boolean NOT NULL DEFAULT false,
         deleted_at timestamptz NOT NULL DEFAULT now(),
         deleted_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
         PRIMARY KEY (collectivity_id, type, id)
       )`,
      `COMMENT ON TABLE territory.tombstone IS 'Deleted records (withdrawn: unpublished, for those who no longer see them), written only by triggers, read by deleted… lists'`,
      'CREATE INDEX tombstone_sync_idx ON territory.tombstone (type, deleted_xid, id)',
      'REVOKE ALL ON territory.tombstone FROM PUBLIC, infitah_territory',
      'GRANT SELECT ON territory.tombstone TO infitah_territory',
      'ALTER TABLE territory.tombstone ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE territory.tombstone FORCE ROW LEVEL SECURITY',
      // a deletion: as the record was read; a withdrawal: only for those who could read it published and no longer can
      `CREATE POLICY tombstone_read ON territory.tombstone FOR SELECT USING (CASE WHEN withdrawn THEN published AND NOT coalesce(${CAN_SEE_UNPUBLISHED}, false) ELSE (${CAN_SEE_UNPUBLISHED} OR published) END)`,
      `CREATE FUNCTION territory.record_tombstone() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = territory, pg_temp
       AS $$
       BEGIN
         INSERT INTO territory.tombstone AS t (collectivity_id, type, id, published, withdrawn)
         VALUES (coalesce((to_jsonb(OLD) ->> 'collectivity_id')::uuid, '${NETWORK_TENANT_ID}'::uuid), TG_ARGV[0], OLD.id,
                 coalesce((to_jsonb(OLD) ->> 'published')::boolean, true), TG_OP = 'UPDATE')
         ON CONFLICT (collectivity_id, type, id) DO UPDATE
           SET published = EXCLUDED.published, withdrawn = EXCLUDED.withdrawn, deleted_at = now(), deleted_xid = pg_current_xact_id();
         RETURN NULL;
       END $$`,
      'REVOKE ALL ON FUNCTION territory.record_tombstone() FROM PUBLIC',
      // published again: the record itself comes back in sync order, its withdrawal no longer applies
      `CREATE FUNCTION territory.clear_withdrawal() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = territory, pg_temp
       AS $$
       BEGIN
         DELETE FROM territory.tombstone t WHERE t.collectivity_id = NEW.collectivity_id AND t.type = TG_ARGV[0] AND t.id = NEW.id AND t.withdrawn;
         RETURN NULL;
       END $$`,
      'REVOKE ALL ON FUNCTION territory.clear_withdrawal() FROM PUBLIC',
      // an agenda item, a milestone…: its record changes with it, so a sync reads the record again (a touch is an
      // UPDATE, so a measurement touches its indicator, which touches its commitment)
      `CREATE FUNCTION territory.touch_record() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = territory, pg_temp
       AS $$
       BEGIN
         EXECUTE format(
           'UPDATE territory.%I AS r SET updated_at = now() FROM (SELECT DISTINCT collectivity_id, %I AS record_id FROM changed_rows) AS c
             WHERE r.collectivity_id = c.collectivity_id AND r.id = c.record_id', TG_ARGV[0], TG_ARGV[1]);
         RETURN NULL;
       END $$`,
      'REVOKE ALL ON FUNCTION territory.touch_record() FROM PUBLIC',
    ]) await queryRunner.query(statement);
    for (const [child, [record, column]] of Object.entries(PARENTS)) {
      for (const [event, transition] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']]) {
        await queryRunner.query(
          `CREATE TRIGGER ${child}_touch_${event.toLowerCase()} AFTER ${event} ON territory.${child} REFERENCING ${transition} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION territory.touch_record('${record}', '${column}')`,
        );
      }
    }
    for (const [table, type] of Object.entries(TOMBSTONED)) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_tombstone AFTER DELETE ON territory.${table} FOR EACH ROW EXECUTE FUNCTION territory.record_tombstone('${type}')`,
      );
      const [{ published }] = await queryRunner.query(
        `SELECT count(*) > 0 AS published FROM information_schema.columns WHERE table_schema = 'territory' AND table_name = $1 AND column_name = 'published'`,
        [table],
      );
      if (!published) continue;
      await queryRunner.query(
        `CREATE TRIGGER ${table}_withdrawal AFTER UPDATE OF published ON territory.${table} FOR EACH ROW WHEN (OLD.published AND NOT NEW.published) EXECUTE FUNCTION territory.record_tombstone('${type}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_republished AFTER UPDATE OF published ON territory.${table} FOR EACH ROW WHEN (NOT OLD.published AND NEW.published) EXECUTE FUNCTION territory.clear_withdrawal('${type}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const child of Object.keys(PARENTS)) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${child}_touch_${event} ON territory.${child}`);
    }
    await queryRunner.query('DROP FUNCTION territory.touch_record()');
    for (const table of Object.keys(TOMBSTONED)) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_republished ON territory.${table}`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_withdrawal ON territory.${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_tombstone ON territory.${table}`);
    }
    await queryRunner.query('DROP FUNCTION territory.clear_withdrawal()');
    await queryRunner.query('DROP FUNCTION territory.record_tombstone()');
    await queryRunner.query('DROP TABLE territory.tombstone');
    for (const table of SYNC_INDEXED) await queryRunner.query(`DROP INDEX territory.${table}_sync_idx`);
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_stamp_change ON territory.${table}`);
      await queryRunner.query(`ALTER TABLE territory.${table} DROP COLUMN updated_xid`);
    }
    // updated_at stays: tables that had it before keep it, and the others' values are harmless
    await queryRunner.query('DROP FUNCTION territory.stamp_change()');
  }
}
