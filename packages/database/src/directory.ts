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
    // The notifications service resolves who hears of a commune's event: its active editors and admins (or the
    // network's administrators), their id and e-mail address only. A definer function (run as the owner), since
    // territory's accounts are territory's own; only the notifications role may call it.
    name: '004-notification-recipients',
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
];

/** Applies pending directory migrations, each in its own transaction, as the owner role. */
export function migrateDirectory(client: Client): Promise<string[]> {
  return runSchemaMigrations(client, 'directory', DIRECTORY_MIGRATIONS);
}
