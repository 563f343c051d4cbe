import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Law 09-08: the network erases one person's data held here (a citizen's contact on the proposals they
 * sent, an organisation's contact, their name as a speaker in agendas). Only a proposal's own collectivity may update it, so
 * the erasure goes through one SECURITY DEFINER function that checks the caller is the network, and
 * owner-only policies that open only while that function runs.
 */
export class PersonalData1764921700000 implements MigrationInterface {
  name = 'PersonalData1764921700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const erasing = "(SELECT current_setting('infitah.erasing', true)) = 'on'";
    for (const statement of [
      `CREATE POLICY proposal_erase ON participation.proposal FOR UPDATE TO infitah_owner USING (${erasing}) WITH CHECK (${erasing})`,
      `CREATE POLICY organisation_erase ON participation.organisation FOR UPDATE TO infitah_owner USING (${erasing}) WITH CHECK (${erasing})`,
      `CREATE POLICY agenda_item_erase ON participation.agenda_item FOR UPDATE TO infitah_owner USING (${erasing}) WITH CHECK (${erasing})`,
      // a contact is free text ("name, email, phone"): it mentions the email when the address stands alone in it
      `CREATE FUNCTION participation.contact_mentions(p_contact text, p_email text) RETURNS boolean
         LANGUAGE sql IMMUTABLE
         AS $$ SELECT p_contact IS NOT NULL AND btrim(p_email) <> '' AND lower(p_contact) ~ (
                 '(^|[^a-z0-9._%+-])' || regexp_replace(lower(btrim(p_email)), '([.^$*+?()\\[\\]{}|\\\\-])', '\\\\\\1', 'g') || '($|[^a-z0-9.-]|\\.($|[^a-z0-9-]))') $$`,
      `CREATE FUNCTION participation.erase_personal_data(p_email text, p_names text[])
         RETURNS TABLE (proposals integer, organisations integer, speakers integer)
         LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = participation, pg_temp
         AS $$
         DECLARE
           needle text := lower(btrim(p_email));
           names text[] := ARRAY(SELECT lower(btrim(n)) FROM unnest(coalesce(p_names, '{}'::text[])) AS n WHERE btrim(n) <> '');
           erased_proposals integer;
           erased_organisations integer;
           erased_speakers integer;
         BEGIN
           IF current_setting('app.role', true) IS DISTINCT FROM 'NETWORK_ADMIN' THEN
             RAISE EXCEPTION 'only the network erases personal data' USING ERRCODE = 'insufficient_privilege';
           END IF;
           PERFORM set_config('infitah.erasing', 'on', true);
           UPDATE participation.proposal SET contact = NULL, updated_at = now() WHERE participation.contact_mentions(contact, needle);
           GET DIAGNOSTICS erased_proposals = ROW_COUNT;
           UPDATE participation.organisation SET contact_email = NULL, contact_phone = NULL, updated_at = now()
            WHERE lower(btrim(contact_email)) = needle;
           GET DIAGNOSTICS erased_organisations = ROW_COUNT;
           -- a speaker named as the person keeps the role, loses the name
           UPDATE participation.agenda_item a
              SET speakers = (SELECT jsonb_agg(CASE WHEN lower(btrim(s.value->>'name')) = ANY (names)
                                                    THEN s.value || jsonb_build_object('name', NULL) ELSE s.value END ORDER BY s.position)
                                FROM jsonb_array_elements(a.speakers) WITH ORDINALITY AS s(value, position))
            WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(a.speakers) AS s(value) WHERE lower(btrim(s.value->>'name')) = ANY (names));
           GET DIAGNOSTICS erased_speakers = ROW_COUNT;
           PERFORM set_config('infitah.erasing', 'off', true);
           RETURN QUERY SELECT erased_proposals, erased_organisations, erased_speakers;
         END $$`,
      'REVOKE ALL ON FUNCTION participation.erase_personal_data(text, text[]) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION participation.erase_personal_data(text, text[]) TO infitah_participation',
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION participation.erase_personal_data(text, text[])');
    await queryRunner.query('DROP POLICY agenda_item_erase ON participation.agenda_item');
    await queryRunner.query('DROP FUNCTION participation.contact_mentions(text, text)');
    await queryRunner.query('DROP POLICY organisation_erase ON participation.organisation');
    await queryRunner.query('DROP POLICY proposal_erase ON participation.proposal');
  }
}
