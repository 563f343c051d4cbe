import type { Client } from 'pg';
import { OWNER_ROLE } from './roles';
import { runSchemaMigrations, type SchemaMigration } from './schema-migrations';

/**
 * The audit trail lives in one `audit` schema shared by every subgraph (each may insert and read, none may
 * change or delete). Its migrations run with the database's preparation, before any subgraph starts.
 */
const AUDIT_MIGRATIONS: SchemaMigration[] = [
  {
    name: '001-create-audit-entry',
    sql: `
      CREATE TABLE audit.entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        -- null for network-level records (collectivities, network accounts)
        collectivity_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        service text NOT NULL,
        actor_id uuid,
        actor_role text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        before jsonb,
        after jsonb,
        PRIMARY KEY (id)
      );
      CREATE INDEX entry_collectivity_time_idx ON audit.entry (collectivity_id, occurred_at DESC);
      CREATE INDEX entry_entity_idx ON audit.entry (entity, entity_id);

      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
        FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
      CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON audit.entry
        FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

      ALTER TABLE audit.entry ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit.entry FORCE ROW LEVEL SECURITY;
      CREATE POLICY entry_read ON audit.entry FOR SELECT USING (
        (SELECT current_setting('app.role', true)) = 'NETWORK_ADMIN'
        OR collectivity_id = (SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)
      );
      -- an entry names its real actor, and a commune writes entries of its own collectivity only
      CREATE POLICY entry_append ON audit.entry FOR INSERT WITH CHECK (
        actor_role = (SELECT current_setting('app.role', true))
        AND actor_id IS NOT DISTINCT FROM (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)
        AND (
          (SELECT current_setting('app.role', true)) = 'NETWORK_ADMIN'
          OR collectivity_id = (SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)
        )
      );
    `,
  },
  {
    // Law 09-08: when the network erases a person's data, the trail keeps every entry but the person's
    // values in before/after become '[erased]'. Nothing else may change an entry: the one way in is
    // audit.redact, a definer function that checks the caller is the network and touches one service's entries.
    name: '002-redact-personal-data',
    sql: `
      CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_user = '${OWNER_ROLE}'
           AND current_setting('infitah.audit_redacting', true) = 'on' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE POLICY entry_redact ON audit.entry FOR UPDATE TO ${OWNER_ROLE}
        USING ((SELECT current_setting('infitah.audit_redacting', true)) = 'on')
        WITH CHECK ((SELECT current_setting('infitah.audit_redacting', true)) = 'on');

      -- every string of a JSON value equal (ignoring case and surrounding spaces) to one of p_values, erased
      CREATE FUNCTION audit.redact_json(p_value jsonb, p_values text[]) RETURNS jsonb
        LANGUAGE plpgsql IMMUTABLE SET search_path = audit, pg_temp AS $$
      BEGIN
        IF p_value IS NULL THEN RETURN NULL; END IF;
        CASE jsonb_typeof(p_value)
          WHEN 'object' THEN
            RETURN (SELECT coalesce(jsonb_object_agg(key, audit.redact_json(value, p_values)), '{}'::jsonb) FROM jsonb_each(p_value));
          WHEN 'array' THEN
            RETURN (SELECT coalesce(jsonb_agg(audit.redact_json(value, p_values) ORDER BY position), '[]'::jsonb)
                      FROM jsonb_array_elements(p_value) WITH ORDINALITY AS item(value, position));
          WHEN 'string' THEN
            IF lower(btrim(p_value #>> '{}')) = ANY (p_values) THEN RETURN to_jsonb('[erased]'::text); END IF;
            RETURN p_value;
          ELSE
            RETURN p_value;
        END CASE;
      END $$;

      CREATE FUNCTION audit.redact(p_service text, p_values text[]) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = audit, pg_temp AS $$
      DECLARE
        needles text[] := ARRAY(SELECT DISTINCT lower(btrim(v)) FROM unnest(p_values) AS v WHERE coalesce(btrim(v), '') <> '');
        changed integer;
      BEGIN
        IF current_setting('app.role', true) IS DISTINCT FROM 'NETWORK_ADMIN' THEN
          RAISE EXCEPTION 'only the network erases personal data' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF cardinality(needles) = 0 THEN RETURN 0; END IF;
        PERFORM set_config('infitah.audit_redacting', 'on', true);
        UPDATE audit.entry e
           SET before = audit.redact_json(e.before, needles), after = audit.redact_json(e.after, needles)
         WHERE e.service = p_service
           AND EXISTS (SELECT 1 FROM unnest(needles) AS n
                        WHERE strpos(lower(coalesce(e.before::text, '') || coalesce(e.after::text, '')), n) > 0);
        GET DIAGNOSTICS changed = ROW_COUNT;
        PERFORM set_config('infitah.audit_redacting', 'off', true);
        RETURN changed;
      END $$;
      REVOKE ALL ON FUNCTION audit.redact(text, text[]), audit.redact_json(jsonb, text[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION audit.redact(text, text[]) TO infitah_territory, infitah_participation, infitah_evaluation;
    `,
  },
  {
    // a write made with an API key names the key beside the account that created it; like the actor, the key an entry
    // names must be the caller's own (`app.api_key_id`, empty for a person's session)
    name: '003-api-key-actor',
    sql: `
      ALTER TABLE audit.entry ADD COLUMN api_key_id uuid;
      CREATE INDEX entry_api_key_idx ON audit.entry (api_key_id, occurred_at DESC) WHERE api_key_id IS NOT NULL;
      DROP POLICY entry_append ON audit.entry;
      CREATE POLICY entry_append ON audit.entry FOR INSERT WITH CHECK (
        actor_role = (SELECT current_setting('app.role', true))
        AND actor_id IS NOT DISTINCT FROM (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)
        AND api_key_id IS NOT DISTINCT FROM (SELECT NULLIF(current_setting('app.api_key_id', true), '')::uuid)
        AND (
          (SELECT current_setting('app.role', true)) = 'NETWORK_ADMIN'
          OR collectivity_id = (SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)
        )
      );
    `,
  },
];

/** Applies pending audit migrations, each in its own transaction, as the owner role. */
export function migrateAudit(client: Client): Promise<string[]> {
  return runSchemaMigrations(client, 'audit', AUDIT_MIGRATIONS);
}
