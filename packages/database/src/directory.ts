import type { Client } from 'pg';
import { appRole } from './roles';
import { runSchemaMigrations, type SchemaMigration } from './schema-migrations';

/**
 * The directory: what one subgraph publishes about its records so that another may link to them without
 * reading its schema. A row says only that a record exists, which collectivity it belongs to and whether it
 * is published: enough to refuse a link across collectivities and to hide a link the caller may not follow.
 *
 * - `directory.commitment` is kept by evaluation: `directory.commitments_changed()` is attached (by
 *   evaluation's own migration) as statement triggers on `evaluation.commitment`, so every write of a
 *   commitment — mutation, import, seed, bulk load, cascade — updates its entry in the same transaction;
 *   `directory.commitments_truncated()`, attached the same way after a TRUNCATE, empties it.
 *   The functions run as the owner; evaluation's runtime role has no privilege on the directory at all.
 * - participation's runtime role may only read it, under row-level security mirroring evaluation's read rule
 *   (the network, the commitment's own collectivity, else published only).
 *
 * - `directory.event` is kept by participation the same way (`directory.events_changed()` and
 *   `directory.events_truncated()` on `participation.event`): an event's kind, status, times and publication, so that
 *   evaluation may check that a programme's council session and public consultation are events of its own
 *   collectivity, and that the consultation was held before adoption. Evaluation's runtime role may only read it, under
 *   the same read rule.
 * - `directory.member_fact` says where each member stands on the network's path, without territory reading
 *   participation or evaluation: one row per fact (collectivity, kind, the record it comes from, the day it happened,
 *   whether that record is published). Participation keeps the facts of its events — network trainings attended
 *   (TRAINING_ATTENDED), committee meetings, co-creation workshops and public consultations held
 *   (COMMITTEE_MEETING_HELD, CO_CREATION_WORKSHOP_HELD, PUBLIC_CONSULTATION_HELD) — through
 *   `directory.participation_member_facts_changed()`, attached by participation's migration to `participation.event`
 *   and `participation.event_participant`; evaluation keeps those of its programmes, reports and reviews
 *   (PROGRAMME_ADOPTED, PROGRAMME_IMPLEMENTING, PROGRESS_REPORT, REVIEW_PUBLISHED) through
 *   `directory.evaluation_member_facts_changed()` on `evaluation.action_program`, `progress_report` and `review`.
 *   Each trigger recomputes, in the writing transaction, the facts of its own kinds for the collectivities the
 *   statement touched (truncates recompute them all), reading the source tables as the owner (BYPASSRLS), so a fact
 *   never depends on what the writer may see. Territory's runtime role reads the facts under the same read rule
 *   (the network all, a collectivity its own, everyone else published facts only) and derives each member's stage.
 *
 * Like the audit trail, it is migrated with the database's preparation, before any subgraph's migrations,
 * so the subgraphs may be migrated in any order, or alone.
 */
const READ_RULE = `(
  (SELECT current_setting('app.role', true)) = 'NETWORK_ADMIN'
  OR collectivity_id = (SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)
  OR published
)`;

const DIRECTORY_MIGRATIONS: SchemaMigration[] = [
  {
    name: '001-commitment',
    sql: `
      CREATE TABLE directory.commitment (
        collectivity_id uuid NOT NULL,
        id uuid NOT NULL,
        published boolean NOT NULL,
        PRIMARY KEY (collectivity_id, id)
      );
      ALTER TABLE directory.commitment ENABLE ROW LEVEL SECURITY;
      ALTER TABLE directory.commitment FORCE ROW LEVEL SECURITY;
      CREATE POLICY commitment_read ON directory.commitment FOR SELECT USING ${READ_RULE};

      -- attached to evaluation.commitment only (FOR EACH STATEMENT, transition tables old_rows / new_rows)
      CREATE FUNCTION directory.commitments_changed() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF TG_TABLE_SCHEMA <> 'evaluation' OR TG_TABLE_NAME <> 'commitment' OR TG_LEVEL <> 'STATEMENT' THEN
          RAISE EXCEPTION 'directory.commitments_changed keeps the entries of evaluation.commitment only';
        END IF;
        IF TG_OP = 'DELETE' THEN
          DELETE FROM directory.commitment d USING old_rows o WHERE d.collectivity_id = o.collectivity_id AND d.id = o.id;
        ELSIF TG_OP = 'UPDATE' THEN
          DELETE FROM directory.commitment d USING old_rows o
           WHERE d.collectivity_id = o.collectivity_id AND d.id = o.id
             AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.collectivity_id = o.collectivity_id AND n.id = o.id);
          INSERT INTO directory.commitment AS d (collectivity_id, id, published)
          SELECT n.collectivity_id, n.id, n.published FROM new_rows n ORDER BY n.collectivity_id, n.id
          ON CONFLICT (collectivity_id, id) DO UPDATE SET published = EXCLUDED.published WHERE d.published IS DISTINCT FROM EXCLUDED.published;
        ELSIF TG_OP = 'INSERT' THEN
          INSERT INTO directory.commitment AS d (collectivity_id, id, published)
          SELECT n.collectivity_id, n.id, n.published FROM new_rows n ORDER BY n.collectivity_id, n.id
          ON CONFLICT (collectivity_id, id) DO UPDATE SET published = EXCLUDED.published WHERE d.published IS DISTINCT FROM EXCLUDED.published;
        END IF;
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION directory.commitments_changed() FROM PUBLIC;

      GRANT USAGE ON SCHEMA directory TO ${appRole('participation')};
      GRANT SELECT ON directory.commitment TO ${appRole('participation')};
    `,
  },
  {
    name: '002-commitment-truncate',
    sql: `
      -- attached to evaluation.commitment only (AFTER TRUNCATE, FOR EACH STATEMENT): a truncate names no rows, and
      -- takes them all, so all of the table's entries go with them
      CREATE FUNCTION directory.commitments_truncated() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF TG_TABLE_SCHEMA <> 'evaluation' OR TG_TABLE_NAME <> 'commitment' OR TG_OP <> 'TRUNCATE' THEN
          RAISE EXCEPTION 'directory.commitments_truncated follows a truncate of evaluation.commitment only';
        END IF;
        DELETE FROM directory.commitment;
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION directory.commitments_truncated() FROM PUBLIC;
    `,
  },
  {
    name: '003-event',
    sql: `
      CREATE TABLE directory.event (
        collectivity_id uuid NOT NULL,
        id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        published boolean NOT NULL,
        PRIMARY KEY (collectivity_id, id)
      );
      CREATE INDEX event_kind_idx ON directory.event (collectivity_id, kind, starts_at);
      CREATE INDEX event_id_idx ON directory.event (id);
      ALTER TABLE directory.event ENABLE ROW LEVEL SECURITY;
      ALTER TABLE directory.event FORCE ROW LEVEL SECURITY;
      CREATE POLICY event_read ON directory.event FOR SELECT USING ${READ_RULE};

      -- attached to participation.event only (FOR EACH STATEMENT, transition tables old_rows / new_rows)
      CREATE FUNCTION directory.events_changed() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF TG_TABLE_SCHEMA <> 'participation' OR TG_TABLE_NAME <> 'event' OR TG_LEVEL <> 'STATEMENT' THEN
          RAISE EXCEPTION 'directory.events_changed keeps the entries of participation.event only';
        END IF;
        -- each branch names only the transition tables its event has
        IF TG_OP = 'DELETE' THEN
          DELETE FROM directory.event d USING old_rows o WHERE d.collectivity_id = o.collectivity_id AND d.id = o.id;
        ELSIF TG_OP = 'UPDATE' THEN
          DELETE FROM directory.event d USING old_rows o
           WHERE d.collectivity_id = o.collectivity_id AND d.id = o.id
             AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.collectivity_id = o.collectivity_id AND n.id = o.id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO directory.event AS d (collectivity_id, id, kind, status, starts_at, ends_at, published)
          SELECT n.collectivity_id, n.id, n.kind, n.status, n.starts_at, n.ends_at, n.published FROM new_rows n ORDER BY n.collectivity_id, n.id
          ON CONFLICT (collectivity_id, id) DO UPDATE
            SET kind = EXCLUDED.kind, status = EXCLUDED.status, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, published = EXCLUDED.published
            WHERE (d.kind, d.status, d.starts_at, d.ends_at, d.published)
              IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.status, EXCLUDED.starts_at, EXCLUDED.ends_at, EXCLUDED.published);
        END IF;
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION directory.events_changed() FROM PUBLIC;

      -- attached to participation.event only (AFTER TRUNCATE, FOR EACH STATEMENT)
      CREATE FUNCTION directory.events_truncated() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF TG_TABLE_SCHEMA <> 'participation' OR TG_TABLE_NAME <> 'event' OR TG_OP <> 'TRUNCATE' THEN
          RAISE EXCEPTION 'directory.events_truncated follows a truncate of participation.event only';
        END IF;
        DELETE FROM directory.event;
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION directory.events_truncated() FROM PUBLIC;

      GRANT USAGE ON SCHEMA directory TO ${appRole('evaluation')};
      GRANT SELECT ON directory.event TO ${appRole('evaluation')};
    `,
  },
  {
    name: '004-member-fact',
    sql: `
      CREATE TABLE directory.member_fact (
        collectivity_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TRAINING_ATTENDED', 'COMMITTEE_MEETING_HELD', 'CO_CREATION_WORKSHOP_HELD', 'PUBLIC_CONSULTATION_HELD', 'PROGRAMME_ADOPTED', 'PROGRAMME_IMPLEMENTING', 'PROGRESS_REPORT', 'REVIEW_PUBLISHED')),
        source_id uuid NOT NULL,
        happened_on date NOT NULL,
        published boolean NOT NULL,
        PRIMARY KEY (collectivity_id, kind, source_id)
      );
      ALTER TABLE directory.member_fact ENABLE ROW LEVEL SECURITY;
      ALTER TABLE directory.member_fact FORCE ROW LEVEL SECURITY;
      CREATE POLICY member_fact_read ON directory.member_fact FOR SELECT USING ${READ_RULE};

      -- a partial ISO-8601 date ("2025", "2025-10", "2025-10-14") as its first day
      CREATE FUNCTION directory.first_day(value text) RETURNS date
        LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
        SELECT CASE length(value) WHEN 4 THEN (value || '-01-01')::date WHEN 7 THEN (value || '-01')::date ELSE value::date END
      $$;

      -- the facts of participation's kinds for the given collectivities, recomputed from its tables
      CREATE FUNCTION directory.refresh_participation_member_facts(members uuid[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        DELETE FROM directory.member_fact WHERE collectivity_id = ANY (members) AND kind IN ('TRAINING_ATTENDED', 'COMMITTEE_MEETING_HELD', 'CO_CREATION_WORKSHOP_HELD', 'PUBLIC_CONSULTATION_HELD');
        INSERT INTO directory.member_fact (collectivity_id, kind, source_id, happened_on, published)
        SELECT DISTINCT ON (1, 2, 3) * FROM (
          SELECT e.collectivity_id, e.kind || '_HELD', e.id, (e.starts_at AT TIME ZONE 'Africa/Casablanca')::date, e.published
            FROM participation.event e
           WHERE e.collectivity_id = ANY (members) AND e.status = 'HELD' AND e.organizer = 'COLLECTIVITY'
             AND e.kind IN ('COMMITTEE_MEETING', 'CO_CREATION_WORKSHOP', 'PUBLIC_CONSULTATION')
          UNION ALL
          SELECT p.participant_id, 'TRAINING_ATTENDED', e.id, (e.starts_at AT TIME ZONE 'Africa/Casablanca')::date, e.published
            FROM participation.event_participant p
            JOIN participation.event e ON e.collectivity_id = p.collectivity_id AND e.id = p.event_id
           WHERE p.participant_id = ANY (members) AND p.attended AND e.organizer = 'NETWORK' AND e.kind = 'TRAINING' AND e.status = 'HELD'
        ) AS facts (collectivity_id, kind, source_id, happened_on, published)
        ORDER BY 1, 2, 3;
      END $$;
      REVOKE ALL ON FUNCTION directory.refresh_participation_member_facts(uuid[]) FROM PUBLIC;

      -- attached to participation.event and participation.event_participant only (FOR EACH STATEMENT; old_rows / new_rows)
      CREATE FUNCTION directory.participation_member_facts_changed() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        touched uuid[];
      BEGIN
        IF TG_TABLE_SCHEMA <> 'participation' OR TG_TABLE_NAME NOT IN ('event', 'event_participant') OR TG_LEVEL <> 'STATEMENT' THEN
          RAISE EXCEPTION 'directory.participation_member_facts_changed keeps the facts of participation.event and event_participant only';
        END IF;
        IF TG_OP = 'TRUNCATE' THEN
          touched := ARRAY(SELECT collectivity_id FROM directory.member_fact WHERE kind IN ('TRAINING_ATTENDED', 'COMMITTEE_MEETING_HELD', 'CO_CREATION_WORKSHOP_HELD', 'PUBLIC_CONSULTATION_HELD')
                           UNION SELECT collectivity_id FROM participation.event UNION SELECT participant_id FROM participation.event_participant);
        ELSIF TG_TABLE_NAME = 'event_participant' THEN
          IF TG_OP = 'INSERT' THEN touched := ARRAY(SELECT DISTINCT participant_id FROM new_rows);
          ELSIF TG_OP = 'DELETE' THEN touched := ARRAY(SELECT DISTINCT participant_id FROM old_rows);
          ELSE touched := ARRAY(SELECT participant_id FROM new_rows UNION SELECT participant_id FROM old_rows);
          END IF;
        ELSE
          -- an event touches its own collectivity and, for a network event, the collectivities that took part
          IF TG_OP = 'INSERT' THEN
            touched := ARRAY(SELECT collectivity_id FROM new_rows UNION
                             SELECT p.participant_id FROM participation.event_participant p JOIN new_rows r ON r.collectivity_id = p.collectivity_id AND r.id = p.event_id);
          ELSIF TG_OP = 'DELETE' THEN
            touched := ARRAY(SELECT collectivity_id FROM old_rows UNION
                             SELECT p.participant_id FROM participation.event_participant p JOIN old_rows r ON r.collectivity_id = p.collectivity_id AND r.id = p.event_id);
          ELSE
            touched := ARRAY(SELECT collectivity_id FROM new_rows UNION SELECT collectivity_id FROM old_rows UNION
                             SELECT p.participant_id FROM participation.event_participant p JOIN new_rows r ON r.collectivity_id = p.collectivity_id AND r.id = p.event_id);
          END IF;
        END IF;
        PERFORM directory.refresh_participation_member_facts(touched);
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION directory.participation_member_facts_changed() FROM PUBLIC;

      -- the facts of evaluation's kinds for the given collectivities, recomputed from its tables
      CREATE FUNCTION directory.refresh_evaluation_member_facts(members uuid[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        DELETE FROM directory.member_fact WHERE collectivity_id = ANY (members) AND kind IN ('PROGRAMME_ADOPTED', 'PROGRAMME_IMPLEMENTING', 'PROGRESS_REPORT', 'REVIEW_PUBLISHED');
        INSERT INTO directory.member_fact (collectivity_id, kind, source_id, happened_on, published)
        SELECT * FROM (
          SELECT p.collectivity_id, 'PROGRAMME_ADOPTED', p.id, directory.first_day(p.adopted_on), p.published
            FROM evaluation.action_program p
           WHERE p.collectivity_id = ANY (members) AND p.status IN ('ADOPTED', 'IMPLEMENTATION', 'CLOSED') AND p.adopted_on IS NOT NULL
          UNION ALL
          SELECT p.collectivity_id, 'PROGRAMME_IMPLEMENTING', p.id,
                 coalesce(p.period_start, directory.first_day(p.adopted_on), (p.updated_at AT TIME ZONE 'Africa/Casablanca')::date), p.published
            FROM evaluation.action_program p
           WHERE p.collectivity_id = ANY (members) AND p.status IN ('IMPLEMENTATION', 'CLOSED')
          UNION ALL
          SELECT r.collectivity_id, 'PROGRESS_REPORT', r.id, r.period_end, r.published
            FROM evaluation.progress_report r WHERE r.collectivity_id = ANY (members)
          UNION ALL
          SELECT v.collectivity_id, 'REVIEW_PUBLISHED', v.id, (v.created_at AT TIME ZONE 'Africa/Casablanca')::date, true
            FROM evaluation.review v WHERE v.collectivity_id = ANY (members) AND v.published
        ) AS facts (collectivity_id, kind, source_id, happened_on, published)
        ORDER BY 1, 2, 3;
      END $$;
      REVOKE ALL ON FUNCTION directory.refresh_evaluation_member_facts(uuid[]) FROM PUBLIC;

      -- attached to evaluation.action_program, progress_report and review only (FOR EACH STATEMENT; old_rows / new_rows)
      CREATE FUNCTION directory.evaluation_member_facts_changed() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        touched uuid[];
      BEGIN
        IF TG_TABLE_SCHEMA <> 'evaluation' OR TG_TABLE_NAME NOT IN ('action_program', 'progress_report', 'review') OR TG_LEVEL <> 'STATEMENT' THEN
          RAISE EXCEPTION 'directory.evaluation_member_facts_changed keeps the facts of evaluation programmes, reports and reviews only';
        END IF;
        IF TG_OP = 'TRUNCATE' THEN
          touched := ARRAY(SELECT collectivity_id FROM directory.member_fact WHERE kind IN ('PROGRAMME_ADOPTED', 'PROGRAMME_IMPLEMENTING', 'PROGRESS_REPORT', 'REVIEW_PUBLISHED')
                           UNION SELECT collectivity_id FROM evaluation.action_program);
        ELSIF TG_OP = 'INSERT' THEN touched := ARRAY(SELECT DISTINCT collectivity_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN touched := ARRAY(SELECT DISTINCT collectivity_id FROM old_rows);
        ELSE touched := ARRAY(SELECT collectivity_id FROM new_rows UNION SELECT collectivity_id FROM old_rows);
        END IF;
        PERFORM directory.refresh_evaluation_member_facts(touched);
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION directory.evaluation_member_facts_changed() FROM PUBLIC;

      GRANT USAGE ON SCHEMA directory TO ${appRole('territory')};
      GRANT SELECT ON directory.member_fact TO ${appRole('territory')};
      -- territory counts commitments by region under the commitment's own read rule
      GRANT SELECT ON directory.commitment TO ${appRole('territory')};
    `,
  },
  {
    // The notifications service resolves who hears of a commune's event: its active editors and admins (or the
    // network's administrators), their id and e-mail address only. A definer function (run as the owner), since
    // territory's accounts are territory's own; only the notifications role may call it.
    name: '005-notification-recipients',
    sql: `
      CREATE FUNCTION directory.notification_recipients(p_collectivity_id uuid, p_roles text[])
        RETURNS TABLE (account_id uuid, email text, role text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        RETURN QUERY
          SELECT a.id, a.email, a.role FROM territory.account a
           WHERE a.active AND a.role = ANY (p_roles)
             AND a.collectivity_id IS NOT DISTINCT FROM p_collectivity_id
           ORDER BY a.email;
      END $$;
      REVOKE ALL ON FUNCTION directory.notification_recipients(uuid, text[]) FROM PUBLIC;
      GRANT USAGE ON SCHEMA directory TO ${appRole('notifications')};
      GRANT EXECUTE ON FUNCTION directory.notification_recipients(uuid, text[]) TO ${appRole('notifications')};
    `,
  },
  {
    // A citizen follows a collectivity with the notifications service: it checks the collectivity exists and names it
    // in the confirmation mail, without reading territory's schema. Collectivities are public reference data.
    name: '006-followed-collectivity',
    sql: `
      CREATE FUNCTION directory.followed_collectivity(p_collectivity_id uuid)
        RETURNS TABLE (name_ar text, name_fr text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        RETURN QUERY SELECT c.name_ar::text, c.name_fr::text FROM territory.collectivity c WHERE c.id = p_collectivity_id;
      END $$;
      REVOKE ALL ON FUNCTION directory.followed_collectivity(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION directory.followed_collectivity(uuid) TO ${appRole('notifications')};
    `,
  },
  {
    // The daily reminders: what falls due, read by the notifications worker through a definer function (run as the
    // owner) rather than by widening evaluation's row-level security; only the notifications role may call it.
    // A pending milestone of an adopted or implemented programme is due on its dueOn. A programme in implementation
    // reports every half-year of its period: the next report is due on the last day of the first half-year that ends
    // after the latest period reported on (the programme's last day at most). Each is due from p_horizon_days before.
    name: '1765600100000-due-reminders',
    sql: `
      CREATE FUNCTION directory.due_reminders(p_today date, p_horizon_days integer DEFAULT 14)
        RETURNS TABLE (kind text, collectivity_id uuid, target_id uuid, item text, due_on date, title_ar text, title_fr text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
          SELECT 'MILESTONE_DUE'::text, m.collectivity_id, m.commitment_id, m.title, m.due_on, c.title_ar, c.title_fr
            FROM evaluation.milestone m
            JOIN evaluation.commitment c ON c.collectivity_id = m.collectivity_id AND c.id = m.commitment_id
            JOIN evaluation.action_program p ON p.collectivity_id = c.collectivity_id AND p.id = c.program_id
           WHERE m.done_on IS NULL AND m.due_on IS NOT NULL AND m.due_on <= p_today + p_horizon_days
             AND p.status IN ('ADOPTED', 'IMPLEMENTATION')
          UNION ALL
          SELECT 'REPORT_DUE'::text, p.collectivity_id, p.id, NULL::text, next.due_on, p.title_ar, p.title_fr
            FROM evaluation.action_program p
            CROSS JOIN LATERAL (
              SELECT min(least(coalesce(p.period_end, 'infinity'::date), (p.period_start + make_interval(months => 6 * n))::date - 1)) AS due_on
                FROM generate_series(1, 40) AS n
               WHERE least(coalesce(p.period_end, 'infinity'::date), (p.period_start + make_interval(months => 6 * n))::date - 1)
                     > coalesce((SELECT max(r.period_end) FROM evaluation.progress_report r
                                  WHERE r.collectivity_id = p.collectivity_id AND r.program_id = p.id), p.period_start - 1)
            ) next
           WHERE p.status = 'IMPLEMENTATION' AND p.period_start IS NOT NULL
             AND next.due_on IS NOT NULL AND next.due_on <= p_today + p_horizon_days
           ORDER BY 2, 1, 5, 3;
      END $$;
      REVOKE ALL ON FUNCTION directory.due_reminders(date, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION directory.due_reminders(date, integer) TO ${appRole('notifications')};

      -- a member's focal point, as its profile gives it: the contact address its admins published (e-mail only)
      CREATE FUNCTION directory.focal_point_contact(p_collectivity_id uuid)
        RETURNS TABLE (email text, name text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        RETURN QUERY
          SELECT lower(f.contact_email), f.focal_point_name FROM territory.collectivity_profile f
           WHERE f.collectivity_id = p_collectivity_id AND f.contact_email IS NOT NULL;
      END $$;
      REVOKE ALL ON FUNCTION directory.focal_point_contact(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION directory.focal_point_contact(uuid) TO ${appRole('notifications')};
    `,
  },
];

/** Applies pending directory migrations, each in its own transaction, as the owner role. */
export function migrateDirectory(client: Client): Promise<string[]> {
  return runSchemaMigrations(client, 'directory', DIRECTORY_MIGRATIONS);
}
