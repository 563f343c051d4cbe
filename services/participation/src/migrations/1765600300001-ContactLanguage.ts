import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a citizen wrote a proposal in (the portal's locale), kept with the e-mail address they left so that
 * the commune's answer reaches them in that language alone (a language without an address, as the erasure leaves it,
 * tells no one anything).
 */
export class ContactLanguage1765600300001 implements MigrationInterface {
  name = 'ContactLanguage1765600300001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      "ALTER TABLE participation.proposal ADD COLUMN contact_language text CHECK (contact_language IN ('ar', 'fr'))",
      'DROP FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text, text, boolean)',
      `CREATE FUNCTION participation.submit_citizen_proposal(
         p_collectivity_id uuid, p_consultation_id uuid, p_title text, p_body text, p_principle text,
         p_submitter_category text, p_consent_to_publish boolean, p_contact text, p_contact_email text, p_consent_to_contact boolean,
         p_contact_language text
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
             submitter_category, citizen_submitted, consent_to_publish, contact, contact_email, consent_to_contact, contact_language, status, published)
           VALUES (p_collectivity_id, btrim(p_title), btrim(p_body), p_principle, 'CONSULTATION', p_consultation_id,
             p_submitter_category, true, p_consent_to_publish, nullif(btrim(p_contact), ''),
             -- the address is kept only with the consent to be contacted
             CASE WHEN coalesce(p_consent_to_contact, false) THEN nullif(lower(btrim(p_contact_email)), '') END,
             coalesce(p_consent_to_contact, false),
             -- the language the citizen wrote in, for their mail; only with an address kept
             CASE WHEN coalesce(p_consent_to_contact, false) AND p_contact_email IS NOT NULL AND p_contact_language IN ('ar', 'fr') THEN p_contact_language END,
             'SUBMITTED', false)
           RETURNING * INTO created;
         INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, after)
           VALUES (p_collectivity_id, 'participation', NULL, 'ANONYMOUS', 'Proposal', created.id::text, 'CREATE',
             jsonb_build_object('title', created.title, 'principle', created.principle, 'source', created.source,
                                'eventId', created.event_id, 'status', created.status));
         RETURN QUERY SELECT created.id, created.reference;
       END $$`,
      'REVOKE ALL ON FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text, text, boolean, text) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text, text, boolean, text) TO infitah_participation',
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    throw new Error('ContactLanguage1765600300001 is not reversible');
  }
}
