import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const ROLE = "(SELECT current_setting('app.role', true))";
const USER = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";
const API_KEY = "(SELECT NULLIF(current_setting('app.api_key_id', true), '')::uuid)";

/**
 * API keys for machines. A key belongs to the account that created it and to that account's tenant (null for the
 * network); only its secret's public prefix and a keyed hash of it are stored. A collectivity's admins manage its keys,
 * the network its own; no one manages keys while acting with a key. The gateway's check of a presented secret runs
 * before any caller exists: narrow definer functions, as for sign-in.
 */
export class ApiKeys1765600600000 implements MigrationInterface {
  name = 'ApiKeys1765600600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const manages = `(${API_KEY} IS NULL AND ((${ROLE} = 'NETWORK_ADMIN' AND collectivity_id IS NULL) OR (${ROLE} = 'COLLECTIVITY_ADMIN' AND collectivity_id = ${OWN_COLLECTIVITY})))`;
    const statements = [
      `CREATE TABLE territory.api_key (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         collectivity_id uuid REFERENCES territory.collectivity (id),
         account_id uuid NOT NULL REFERENCES territory.account (id),
         name text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 100),
         prefix text NOT NULL CHECK (prefix ~ '^[0-9a-f]{12}$'),
         secret_hash bytea NOT NULL CHECK (octet_length(secret_hash) = 32),
         read_only boolean NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         last_used_at timestamptz,
         revoked_at timestamptz,
         CONSTRAINT api_key_prefix_unique UNIQUE (prefix)
       )`,
      'CREATE INDEX api_key_collectivity_idx ON territory.api_key (collectivity_id, created_at DESC)',
      'CREATE INDEX api_key_account_idx ON territory.api_key (account_id)',
      'ALTER TABLE territory.api_key ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE territory.api_key FORCE ROW LEVEL SECURITY',
      `CREATE POLICY api_key_read ON territory.api_key FOR SELECT USING ${manages}`,
      // created in the caller's own name only
      `CREATE POLICY api_key_insert ON territory.api_key FOR INSERT WITH CHECK (${manages} AND account_id = ${USER})`,
      `CREATE POLICY api_key_update ON territory.api_key FOR UPDATE USING ${manages} WITH CHECK ${manages}`,
      `CREATE FUNCTION territory.api_key_lookup(p_prefix text)
         RETURNS TABLE (id uuid, secret_hash bytea, read_only boolean, revoked boolean, account_id uuid, role text,
                        collectivity_id uuid, active boolean, token_version integer)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = territory, pg_temp
         AS $$ SELECT k.id, k.secret_hash, k.read_only, k.revoked_at IS NOT NULL, a.id, a.role, a.collectivity_id, a.active, a.token_version
                 FROM territory.api_key k JOIN territory.account a ON a.id = k.account_id
                WHERE k.prefix = p_prefix $$`,
      // the last use, to the minute: a busy key does not write its row on every request
      `CREATE FUNCTION territory.api_key_used(p_id uuid) RETURNS void
         LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = territory, pg_temp
         AS $$ UPDATE territory.api_key SET last_used_at = now()
                WHERE id = p_id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') $$`,
      'REVOKE ALL ON FUNCTION territory.api_key_lookup(text), territory.api_key_used(uuid) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION territory.api_key_lookup(text), territory.api_key_used(uuid) TO infitah_territory',
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION territory.api_key_used(uuid), territory.api_key_lookup(text)');
    await queryRunner.query('DROP TABLE territory.api_key');
  }
}
