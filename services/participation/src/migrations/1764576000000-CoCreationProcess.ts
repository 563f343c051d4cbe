import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';
const ROLE = "(SELECT current_setting('app.role', true))";

const PARTIAL = "'MINUTE', 'DAY', 'MONTH'";
const CATEGORIES =
  "'COUNCIL_MEMBER', 'IEPEG_MEMBER', 'CIVIL_SOCIETY', 'SCHOOL_DIRECTOR', 'STUDENT_RESEARCHER', 'STAFF', 'CITIZEN', 'TRAINER_NETWORK'";
const PRINCIPLES = "'TRANSPARENCY', 'ACCOUNTABILITY', 'ACCESS_TO_INFORMATION', 'CITIZEN_PARTICIPATION', 'DIGITALIZATION'";

/** A child row is visible exactly when its event is: the event's own policy decides, inside the subquery. */
const VISIBLE_EVENT = `EXISTS (SELECT 1 FROM participation.event e WHERE e.collectivity_id = %T.collectivity_id AND e.id = %T.event_id)`;

/**
 * The co-creation process: events complete (network events, status, outcome, precision of the date),
 * agenda items, attendance by category and gender, the organisations registry, and proposals with
 * their public answers. Network events live in the network's reserved tenant.
 */
export class CoCreationProcess1764576000000 implements MigrationInterface {
  name = 'CoCreationProcess1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      `DROP POLICY event_read ON participation.event`,
      `DROP POLICY event_insert ON participation.event`,
      `DROP POLICY event_update ON participation.event`,
      `DROP POLICY event_delete ON participation.event`,
      `ALTER TABLE participation.event NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event DISABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event
         ADD COLUMN description_ar text,
         ADD COLUMN description_fr text,
         ADD COLUMN online_url text CHECK (online_url IS NULL OR online_url ~ '^https?://'),
         ADD COLUMN status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
         ADD COLUMN outcome text,
         ADD COLUMN starts_at_precision text NOT NULL DEFAULT 'MINUTE' CHECK (starts_at_precision IN (${PARTIAL})),
         ADD CONSTRAINT event_network_tenant CHECK ((organizer = 'NETWORK') = (collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `ALTER TABLE participation.event ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY event_read ON participation.event FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY event_insert ON participation.event FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY event_update ON participation.event FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid)) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY event_delete ON participation.event FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN') OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      'CREATE INDEX event_kind_idx ON participation.event (collectivity_id, kind)',
    );

    await run(
      `CREATE TABLE participation.event_participant (
         collectivity_id uuid NOT NULL,
         event_id uuid NOT NULL,
         participant_id uuid NOT NULL,
         invited boolean NOT NULL DEFAULT true,
         attended boolean NOT NULL DEFAULT false,
         PRIMARY KEY (collectivity_id, event_id, participant_id),
         FOREIGN KEY (collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX event_participant_participant_idx ON participation.event_participant (participant_id, attended)',
      `ALTER TABLE participation.event_participant ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event_participant FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY event_participant_read ON participation.event_participant FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${VISIBLE_EVENT.replaceAll('%T', 'event_participant')} OR participant_id = ${OWN_COLLECTIVITY}))`,
      `CREATE POLICY event_participant_insert ON participation.event_participant FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY event_participant_update ON participation.event_participant FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid)) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY event_participant_delete ON participation.event_participant FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,

      `CREATE TABLE participation.agenda_item (
         collectivity_id uuid NOT NULL,
         event_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         position integer NOT NULL CHECK (position >= 0),
         starts_at timestamptz NOT NULL,
         ends_at timestamptz NOT NULL CHECK (ends_at >= starts_at),
         title_ar text,
         title_fr text,
         kind text NOT NULL CHECK (kind IN ('WELCOME', 'SPEECH', 'PRESENTATION', 'WORKSHOP', 'BREAK', 'DISCUSSION', 'OTHER')),
         speakers jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(speakers) = 'array'),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT agenda_item_has_title CHECK (coalesce(btrim(title_ar), '') <> '' OR coalesce(btrim(title_fr), '') <> '')
       )`,
      'CREATE INDEX agenda_item_event_idx ON participation.agenda_item (collectivity_id, event_id, position)',
      `ALTER TABLE participation.agenda_item ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.agenda_item FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY agenda_item_read ON participation.agenda_item FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${VISIBLE_EVENT.replaceAll('%T', 'agenda_item')}))`,
      `CREATE POLICY agenda_item_insert ON participation.agenda_item FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY agenda_item_update ON participation.agenda_item FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid)) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY agenda_item_delete ON participation.agenda_item FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,

      `CREATE TABLE participation.attendance (
         collectivity_id uuid NOT NULL,
         event_id uuid NOT NULL,
         category text NOT NULL CHECK (category IN (${CATEGORIES})),
         gender text NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'UNSPECIFIED')),
         -- null: the category was present but its number is not known
         count integer CHECK (count IS NULL OR count >= 0),
         PRIMARY KEY (collectivity_id, event_id, category, gender),
         FOREIGN KEY (collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE
       )`,
      `ALTER TABLE participation.attendance ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.attendance FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY attendance_read ON participation.attendance FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${VISIBLE_EVENT.replaceAll('%T', 'attendance')}))`,
      `CREATE POLICY attendance_insert ON participation.attendance FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY attendance_update ON participation.attendance FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid)) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,
      `CREATE POLICY attendance_delete ON participation.attendance FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')) OR (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`,

      `CREATE TABLE participation.organisation (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         name_ar text,
         name_fr text,
         field text,
         contact_email text CHECK (contact_email IS NULL OR contact_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
         contact_phone text,
         partner_status text NOT NULL DEFAULT 'NONE' CHECK (partner_status IN ('NONE', 'PARTNER', 'FORMER_PARTNER')),
         published boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT organisation_has_name CHECK (coalesce(btrim(name_ar), '') <> '' OR coalesce(btrim(name_fr), '') <> '')
       )`,
      `ALTER TABLE participation.organisation ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.organisation FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY organisation_read ON participation.organisation FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY organisation_insert ON participation.organisation FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY organisation_update ON participation.organisation FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY organisation_delete ON participation.organisation FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,

      `CREATE TABLE participation.event_organisation (
         collectivity_id uuid NOT NULL,
         event_id uuid NOT NULL,
         organisation_id uuid NOT NULL,
         PRIMARY KEY (collectivity_id, event_id, organisation_id),
         FOREIGN KEY (collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE,
         FOREIGN KEY (collectivity_id, organisation_id) REFERENCES participation.organisation (collectivity_id, id) ON DELETE CASCADE
       )`,
      `ALTER TABLE participation.event_organisation ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event_organisation FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY event_organisation_read ON participation.event_organisation FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${VISIBLE_EVENT.replaceAll('%T', 'event_organisation')}))`,
      `CREATE POLICY event_organisation_insert ON participation.event_organisation FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY event_organisation_update ON participation.event_organisation FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY event_organisation_delete ON participation.event_organisation FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,

      `CREATE TABLE participation.proposal (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         title text NOT NULL CHECK (btrim(title) <> ''),
         body text NOT NULL DEFAULT '',
         principle text NOT NULL CHECK (principle IN (${PRINCIPLES})),
         source text NOT NULL CHECK (source IN ('EVENT', 'CONSULTATION', 'ONLINE')),
         event_id uuid,
         organisation_id uuid,
         submitter_category text CHECK (submitter_category IN (${CATEGORIES})),
         status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'RETAINED', 'MERGED', 'REJECTED')),
         supports_count integer NOT NULL DEFAULT 0 CHECK (supports_count >= 0),
         answer text,
         answered_at timestamptz,
         merged_into_id uuid,
         citizen_submitted boolean NOT NULL DEFAULT false,
         consent_to_publish boolean NOT NULL DEFAULT true,
         -- a citizen's contact stays private to the commune
         contact text,
         reference text NOT NULL DEFAULT upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)),
         is_illustrative boolean NOT NULL DEFAULT false,
         published boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE SET NULL (event_id),
         FOREIGN KEY (collectivity_id, organisation_id) REFERENCES participation.organisation (collectivity_id, id) ON DELETE SET NULL (organisation_id),
         FOREIGN KEY (collectivity_id, merged_into_id) REFERENCES participation.proposal (collectivity_id, id) ON DELETE RESTRICT,
         CONSTRAINT proposal_reference_unique UNIQUE (collectivity_id, reference),
         CONSTRAINT proposal_answered CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW') OR coalesce(btrim(answer), '') <> ''),
         CONSTRAINT proposal_merge_named CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
         CONSTRAINT proposal_not_merged_into_itself CHECK (merged_into_id IS DISTINCT FROM id),
         CONSTRAINT proposal_publication_consented CHECK (NOT published OR consent_to_publish)
       )`,
      'CREATE INDEX proposal_principle_idx ON participation.proposal (collectivity_id, principle)',
      'CREATE INDEX proposal_id_idx ON participation.proposal (id)',
      'CREATE INDEX proposal_reference_idx ON participation.proposal (reference)',
      `ALTER TABLE participation.proposal ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.proposal FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY proposal_read ON participation.proposal FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY proposal_insert ON participation.proposal FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY proposal_update ON participation.proposal FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY proposal_delete ON participation.proposal FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,
    );

    // The one write anonymous callers may make: a proposal to a commune whose public consultation is open.
    await run(
      `CREATE FUNCTION participation.submit_citizen_proposal(
         p_collectivity_id uuid, p_consultation_id uuid, p_title text, p_body text, p_principle text,
         p_submitter_category text, p_consent_to_publish boolean, p_contact text
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
             submitter_category, citizen_submitted, consent_to_publish, contact, status, published)
           VALUES (p_collectivity_id, btrim(p_title), btrim(p_body), p_principle, 'CONSULTATION', p_consultation_id,
             p_submitter_category, true, p_consent_to_publish, nullif(btrim(p_contact), ''), 'SUBMITTED', false)
           RETURNING * INTO created;
         INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, after)
           VALUES (p_collectivity_id, 'participation', NULL, 'ANONYMOUS', 'Proposal', created.id::text, 'CREATE',
             jsonb_build_object('title', created.title, 'principle', created.principle, 'source', created.source,
                                'eventId', created.event_id, 'status', created.status));
         RETURN QUERY SELECT created.id, created.reference;
       END $$`,
      // A citizen follows the answer to a proposal with its reference: status and answer only.
      `CREATE FUNCTION participation.proposal_follow_up(p_reference text)
         RETURNS TABLE (collectivity_id uuid, title text, status text, answer text, published boolean, submitted_at timestamptz)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = participation, pg_temp
         AS $$ SELECT collectivity_id, title, status, answer, published, created_at FROM participation.proposal
                WHERE reference = upper(btrim(p_reference)) AND citizen_submitted $$`,
      'REVOKE ALL ON FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text), participation.proposal_follow_up(text) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text), participation.proposal_follow_up(text) TO infitah_participation',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'DROP FUNCTION participation.proposal_follow_up(text)',
      'DROP FUNCTION participation.submit_citizen_proposal(uuid, uuid, text, text, text, text, boolean, text)',
      'DROP TABLE participation.proposal',
      'DROP TABLE participation.event_organisation',
      'DROP TABLE participation.organisation',
      'DROP TABLE participation.attendance',
      'DROP TABLE participation.agenda_item',
      'DROP TABLE participation.event_participant',
      `DROP POLICY event_read ON participation.event`,
      `DROP POLICY event_insert ON participation.event`,
      `DROP POLICY event_update ON participation.event`,
      `DROP POLICY event_delete ON participation.event`,
      `ALTER TABLE participation.event NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event DISABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event DROP CONSTRAINT event_network_tenant, DROP COLUMN starts_at_precision, DROP COLUMN outcome,
         DROP COLUMN status, DROP COLUMN online_url, DROP COLUMN description_fr, DROP COLUMN description_ar`,
      `ALTER TABLE participation.event ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.event FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY event_read ON participation.event FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY event_insert ON participation.event FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY event_update ON participation.event FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY event_delete ON participation.event FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
