import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Law 09-08: the network erases one person's data. Accounts the network may already update; a
 * collectivity's profile (its focal point) only its own admins may, so the erasure goes through one
 * narrow SECURITY DEFINER function that checks the caller is the network, and an owner-only policy that
 * opens only while that function runs (a transaction-local flag the service role cannot use: it has no
 * policy of its own for it).
 */
export class PersonalData1764921600000 implements MigrationInterface {
  name = 'PersonalData1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const erasing = "(SELECT current_setting('infitah.erasing', true)) = 'on'";
    for (const statement of [
      `CREATE POLICY collectivity_profile_erase ON territory.collectivity_profile FOR UPDATE TO infitah_owner USING (${erasing}) WITH CHECK (${erasing})`,
      `CREATE FUNCTION territory.erase_personal_data(p_email text) RETURNS TABLE (accounts integer, focal_points integer)
         LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = territory, pg_temp
         AS $$
         DECLARE
           needle text := lower(btrim(p_email));
           erased_accounts integer;
           erased_profiles integer;
         BEGIN
           IF current_setting('app.role', true) IS DISTINCT FROM 'NETWORK_ADMIN' THEN
             RAISE EXCEPTION 'only the network erases personal data' USING ERRCODE = 'insufficient_privilege';
           END IF;
           PERFORM set_config('infitah.erasing', 'on', true);
           -- the account stays (its id is named by the audit trail) but says nothing of the person, and is closed
           UPDATE territory.account
              SET email = 'erased-' || id || '@erased.invalid', display_name = '[erased]', active = false,
                  token_version = token_version + 1, last_login_at = NULL, updated_at = now()
            WHERE email = needle;
           GET DIAGNOSTICS erased_accounts = ROW_COUNT;
           UPDATE territory.collectivity_profile
              SET focal_point_name = NULL, focal_point_role = NULL, contact_email = NULL, contact_phone = NULL, updated_at = now()
            WHERE lower(btrim(contact_email)) = needle;
           GET DIAGNOSTICS erased_profiles = ROW_COUNT;
           PERFORM set_config('infitah.erasing', 'off', true);
           RETURN QUERY SELECT erased_accounts, erased_profiles;
         END $$`,
      'REVOKE ALL ON FUNCTION territory.erase_personal_data(text) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION territory.erase_personal_data(text) TO infitah_territory',
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION territory.erase_personal_data(text)');
    await queryRunner.query('DROP POLICY collectivity_profile_erase ON territory.collectivity_profile');
  }
}
