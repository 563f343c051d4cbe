import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A citizen may leave an e-mail address and agree to be contacted about a proposal (its answer is mailed to them).
 * The address is kept only with that consent (a CHECK says so), is private to the commune like the free-text
 * contact, and is covered by the personal-data export and erasure (law 09-08).
 */
export class ContactConsent1765500000000 implements MigrationInterface {
  name = 'ContactConsent1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE participation.proposal
         ADD COLUMN contact_email text CHECK (contact_email IS NULL OR (contact_email = lower(btrim(contact_email)) AND contact_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' AND length(contact_email) <= 254)),
         ADD COLUMN consent_to_contact boolean NOT NULL DEFAULT false,
         ADD CONSTRAINT proposal_email_needs_consent CHECK (contact_email IS NULL OR consent_to_contact)`,
      'DROP FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text)',
      `CREATE FUNCTION participation.submit_citizen_proposal(
         p_collectivity_id uuid, p_consultation_id uuid, p_title text, p_body text, p_principle text,
         p_submitter_category text, p_consent_to_publish boolean, p_contact text, p_contact_email text, p_consent_to_contact boolean
       ) RETURNS TABLE (id uuid, reference text)
       LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = participation, pg_temp
       AS $$
       DECLARE
         created participation.proposal;
       BEGIN
         IF NOT EXISTS (
           SELECT 1 FROM participation.event e
            WHERE e.collectivity_id = p_collectivity_id AND e.id = p_consultation_id
              AND e.kind = 'PUBLIC_CONSULTATION' AND e.published AND e.status <> 'CANCELLED'
              AND e.starts_at <= now() AND e.ends_at IS NOT NULL AND now() <= e.ends_at
         ) THEN
           RAISE EXCEPTION 'no open public consultation' USING ERRCODE = 'P0001', HINT = 'consultation_closed';
         END IF;
         IF length(p_title) > 300 OR length(p_body) > 5000 OR length(coalesce(p_contact, '')) > 300 THEN
           RAISE EXCEPTION 'input too long' USING ERRCODE = 'P0001', HINT = 'too_long';
         END IF;
         INSERT INTO participation.proposal AS p (collectivity_id, title, body, principle, source, event_id,
             submitter_category, citizen_submitted, consent_to_publish, contact, contact_email, consent_to_contact, status, published)
           VALUES (p_collectivity_id, btrim(p_title), btrim(p_body), p_principle, 'CONSULTATION', p_consultation_id,
             p_submitter_category, true, p_consent_to_publish, nullif(btrim(p_contact), ''),
             -- the address is kept only with the consent to be contacted
             CASE WHEN coalesce(p_consent_to_contact, false) THEN nullif(lower(btrim(p_contact_email)), '') END,
             coalesce(p_consent_to_contact, false), 'SUBMITTED', false)
           RETURNING * INTO created;
         INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, after)
           VALUES (p_collectivity_id, 'participation', NULL, 'ANONYMOUS', 'Proposal', created.id::text, 'CREATE',
             jsonb_build_object('title', created.title, 'principle', created.principle, 'source', created.source,
                                'eventId', created.event_id, 'status', created.status));
         RETURN QUERY SELECT created.id, created.reference;
       END $$`,
      'REVOKE ALL ON FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text, text, boolean) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text, text, boolean) TO infitah_participation',
      // the erasure also removes an e-mail address left to be contacted, and the consent with it
      `CREATE OR REPLACE FUNCTION participation.erase_personal_data(p_email text, p_names text[])
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
           UPDATE participation.proposal
              SET contact = CASE WHEN participation.contact_mentions(contact, needle) THEN NULL ELSE contact END,
                  contact_email = CASE WHEN contact_email = needle THEN NULL ELSE contact_email END,
                  consent_to_contact = CASE WHEN contact_email = needle THEN false ELSE consent_to_contact END,
                  updated_at = now()
            WHERE participation.contact_mentions(contact, needle) OR contact_email = needle;
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
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    throw new Error('ContactConsent1765500000000 is not reversible: e-mail addresses would be lost');
  }
}
