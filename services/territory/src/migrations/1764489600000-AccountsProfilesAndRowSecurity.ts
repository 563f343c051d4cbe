import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const ROLE = "(SELECT current_setting('app.role', true))";
const USER = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";

/**
 * Accounts, collectivity profiles, and row-level security on every territory table. Reference data
 * (collectivities, memberships, the network) is public; only the network writes it. Login reads accounts
 * through SECURITY DEFINER functions, before the caller is known.
 */
export class AccountsProfilesAndRowSecurity1764489600000 implements MigrationInterface {
  name = 'AccountsProfilesAndRowSecurity1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(`
      CREATE TABLE territory.account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
        display_name text NOT NULL CHECK (btrim(display_name) <> ''),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('NETWORK_ADMIN', 'COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')),
        collectivity_id uuid REFERENCES territory.collectivity (id),
        active boolean NOT NULL DEFAULT true,
        token_version integer NOT NULL DEFAULT 0,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_email_unique UNIQUE (email),
        CONSTRAINT account_tenant_matches_role CHECK ((role = 'NETWORK_ADMIN') = (collectivity_id IS NULL))
      )`,
      'CREATE INDEX account_collectivity_idx ON territory.account (collectivity_id)',
      `CREATE TABLE territory.collectivity_profile (
        collectivity_id uuid PRIMARY KEY REFERENCES territory.collectivity (id),
        focal_point_name text,
        focal_point_role text,
        contact_email text CHECK (contact_email IS NULL OR contact_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
        contact_phone text,
        description_ar text,
        description_fr text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
    );

    // Public reference data: everyone reads; the network writes.
    for (const table of ['territory.collectivity', 'territory.network_membership', 'territory.network']) {
      const name = table.split('.')[1];
      await run(
        `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
        `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
        `CREATE POLICY ${name}_read ON ${table} FOR SELECT USING (true)`,
      );
      if (table !== 'territory.network') {
        await run(
          `CREATE POLICY ${name}_network_insert ON ${table} FOR INSERT WITH CHECK (${ROLE} = 'NETWORK_ADMIN')`,
          `CREATE POLICY ${name}_network_update ON ${table} FOR UPDATE USING (${ROLE} = 'NETWORK_ADMIN') WITH CHECK (${ROLE} = 'NETWORK_ADMIN')`,
        );
      }
    }

    // A collectivity's public profile: its own admins write it.
    const ownAdmin = `(collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN')`;
    await run(
      'ALTER TABLE territory.collectivity_profile ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE territory.collectivity_profile FORCE ROW LEVEL SECURITY',
      'CREATE POLICY collectivity_profile_read ON territory.collectivity_profile FOR SELECT USING (true)',
      `CREATE POLICY collectivity_profile_insert ON territory.collectivity_profile FOR INSERT WITH CHECK ${ownAdmin}`,
      `CREATE POLICY collectivity_profile_update ON territory.collectivity_profile FOR UPDATE USING ${ownAdmin} WITH CHECK ${ownAdmin}`,
    );

    // Accounts: the network manages all; a collectivity's admins manage its commune accounts; everyone
    // reads and updates their own row without changing its role or collectivity.
    const self = `(id = ${USER} AND role = ${ROLE} AND collectivity_id IS NOT DISTINCT FROM ${OWN_COLLECTIVITY})`;
    const manages = `(${ROLE} = 'NETWORK_ADMIN' OR (${ROLE} = 'COLLECTIVITY_ADMIN' AND collectivity_id = ${OWN_COLLECTIVITY} AND role <> 'NETWORK_ADMIN'))`;
    await run(
      'ALTER TABLE territory.account ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE territory.account FORCE ROW LEVEL SECURITY',
      `CREATE POLICY account_read ON territory.account FOR SELECT USING (${manages} OR id = ${USER})`,
      `CREATE POLICY account_insert ON territory.account FOR INSERT WITH CHECK ${manages}`,
      `CREATE POLICY account_update ON territory.account FOR UPDATE USING (${manages} OR ${self}) WITH CHECK (${manages} OR ${self})`,
    );

    // Login and the gateway's revocation check run before a caller exists: narrow definer functions.
    await run(
      `CREATE FUNCTION territory.login_lookup(p_email text)
         RETURNS TABLE (id uuid, password_hash text, role text, collectivity_id uuid, active boolean, token_version integer, display_name text, email text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = territory, pg_temp
         AS $$ SELECT id, password_hash, role, collectivity_id, active, token_version, display_name, email
                 FROM territory.account WHERE email = lower(btrim(p_email)) $$`,
      `CREATE FUNCTION territory.record_login(p_id uuid) RETURNS void
         LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = territory, pg_temp
         AS $$ UPDATE territory.account SET last_login_at = now() WHERE id = p_id $$`,
      `CREATE FUNCTION territory.session_state(p_id uuid) RETURNS TABLE (active boolean, token_version integer)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = territory, pg_temp
         AS $$ SELECT active, token_version FROM territory.account WHERE id = p_id $$`,
      'REVOKE ALL ON FUNCTION territory.login_lookup(text), territory.record_login(uuid), territory.session_state(uuid) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION territory.login_lookup(text), territory.record_login(uuid), territory.session_state(uuid) TO infitah_territory',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION territory.session_state(uuid), territory.record_login(uuid), territory.login_lookup(text)');
    for (const table of ['territory.collectivity', 'territory.network_membership', 'territory.network']) {
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      for (const policy of ['read', 'network_insert', 'network_update']) {
        await queryRunner.query(`DROP POLICY IF EXISTS ${table.split('.')[1]}_${policy} ON ${table}`);
      }
    }
    await queryRunner.query('DROP TABLE territory.collectivity_profile');
    await queryRunner.query('DROP TABLE territory.account');
  }
}
