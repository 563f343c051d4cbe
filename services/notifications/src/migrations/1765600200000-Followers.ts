import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizens who follow a collectivity by e-mail (double opt-in). A follower belongs to the tenant of the collectivity
 * followed. Anonymous requests reach the table only through three definer functions (follow, confirm, unfollow), run
 * as the owner, which audit what they do (without the address); the worker reads confirmed followers and records the unfollow tokens of the
 * mails it sends; the network reads one person's follows and erases them through a fourth (law 09-08). Tokens are kept as SHA-256 hashes:
 * a confirmation token on the follower, unfollow tokens (one per mail) beside it. A request left unconfirmed for 7
 * days is deleted by the next follow request.
 */
const WORKER = "(SELECT current_setting('app.worker', true)) = 'on'";
const ROLE = "(SELECT current_setting('app.role', true))";
const HASH = "CHECK (token_hash ~ '^[0-9a-f]{64}$')";

export class Followers1765600200000 implements MigrationInterface {
  name = 'Followers1765600200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE notifications.follower (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         email text NOT NULL CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254),
         language text NOT NULL CHECK (language IN ('ar', 'fr')),
         consent_text text NOT NULL,
         consent_version text NOT NULL,
         consented_at timestamptz NOT NULL DEFAULT now(),
         confirm_token_hash text NOT NULL CHECK (confirm_token_hash ~ '^[0-9a-f]{64}$'),
         confirmed_at timestamptz,
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT follower_once UNIQUE (collectivity_id, email)
       )`,
      'CREATE UNIQUE INDEX follower_confirm_token_idx ON notifications.follower (confirm_token_hash)',
      'CREATE INDEX follower_email_idx ON notifications.follower (email)',
      'CREATE INDEX follower_pending_idx ON notifications.follower (consented_at) WHERE confirmed_at IS NULL',
      `CREATE TABLE notifications.follower_token (
         collectivity_id uuid NOT NULL,
         token_hash text NOT NULL ${HASH},
         follower_id uuid NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, token_hash),
         FOREIGN KEY (collectivity_id, follower_id) REFERENCES notifications.follower (collectivity_id, id) ON DELETE CASCADE
       )`,
      'CREATE UNIQUE INDEX follower_token_hash_idx ON notifications.follower_token (token_hash)',
      'CREATE INDEX follower_token_follower_idx ON notifications.follower_token (collectivity_id, follower_id)',
      'ALTER TABLE notifications.follower ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.follower FORCE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.follower_token ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.follower_token FORCE ROW LEVEL SECURITY',
      `CREATE POLICY follower_read ON notifications.follower FOR SELECT USING (${WORKER} OR ${ROLE} = 'NETWORK_ADMIN')`,
      `CREATE POLICY follower_token_read ON notifications.follower_token FOR SELECT USING (${WORKER})`,
      `CREATE POLICY follower_token_mail ON notifications.follower_token FOR INSERT WITH CHECK (${WORKER})`,
      // a new request, or a new confirmation mail for a pending one; a confirmed follower is left as it is. Same
      // answer either way to the caller (the service): whether an address follows is never told.
      `CREATE FUNCTION notifications.request_follow(
         p_collectivity_id uuid, p_email text, p_language text, p_consent_text text, p_consent_version text,
         p_confirm_hash text, p_unfollow_hash text
       ) RETURNS TABLE (follower_id uuid)
       LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = notifications, pg_temp
       AS $$
       DECLARE
         requested notifications.follower;
       BEGIN
         DELETE FROM notifications.follower WHERE confirmed_at IS NULL AND consented_at < now() - interval '7 days';
         INSERT INTO notifications.follower AS f (collectivity_id, email, language, consent_text, consent_version, confirm_token_hash)
           VALUES (p_collectivity_id, lower(btrim(p_email)), p_language, p_consent_text, p_consent_version, p_confirm_hash)
           ON CONFLICT ON CONSTRAINT follower_once DO UPDATE
             SET language = excluded.language, consent_text = excluded.consent_text, consent_version = excluded.consent_version,
                 consented_at = now(), confirm_token_hash = excluded.confirm_token_hash
             WHERE f.confirmed_at IS NULL
           RETURNING * INTO requested;
         IF requested.id IS NOT NULL THEN
           INSERT INTO notifications.follower_token (collectivity_id, token_hash, follower_id) VALUES (requested.collectivity_id, p_unfollow_hash, requested.id);
           INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, after)
             VALUES (requested.collectivity_id, 'notifications', NULL, 'ANONYMOUS', 'Follower', requested.id::text, 'CREATE',
                     jsonb_build_object('language', requested.language, 'consentVersion', requested.consent_version, 'confirmed', false));
         END IF;
         IF requested.id IS NOT NULL THEN
           RETURN QUERY SELECT requested.id;
         END IF;
       END $$`,
      `CREATE FUNCTION notifications.confirm_follow(p_confirm_hash text) RETURNS TABLE (collectivity_id uuid)
       LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = notifications, pg_temp
       AS $$
       DECLARE
         confirmed notifications.follower;
       BEGIN
         -- a second click of the same link confirms again, harmlessly; an unconfirmed request expires after 7 days
         UPDATE notifications.follower f SET confirmed_at = coalesce(f.confirmed_at, now())
          WHERE f.confirm_token_hash = p_confirm_hash AND (f.confirmed_at IS NOT NULL OR f.consented_at >= now() - interval '7 days')
          RETURNING * INTO confirmed;
         IF confirmed.id IS NOT NULL THEN
           INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, after)
             VALUES (confirmed.collectivity_id, 'notifications', NULL, 'ANONYMOUS', 'Follower', confirmed.id::text, 'UPDATE',
                     jsonb_build_object('confirmed', true));
         END IF;
         IF confirmed.id IS NOT NULL THEN
           RETURN QUERY SELECT confirmed.collectivity_id;
         END IF;
       END $$`,
      `CREATE FUNCTION notifications.unfollow(p_token_hash text) RETURNS TABLE (collectivity_id uuid)
       LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = notifications, pg_temp
       AS $$
       DECLARE
         removed notifications.follower;
       BEGIN
         DELETE FROM notifications.follower f
          USING notifications.follower_token t
          WHERE t.token_hash = p_token_hash AND f.collectivity_id = t.collectivity_id AND f.id = t.follower_id
          RETURNING f.* INTO removed;
         IF removed.id IS NOT NULL THEN
           -- the mails sent to the address for this follow go with it
           DELETE FROM notifications.delivery d
            WHERE d.collectivity_id = removed.collectivity_id AND d.recipient = removed.email AND d.kind = 'CONSULTATION_OPENED';
           INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, before)
             VALUES (removed.collectivity_id, 'notifications', NULL, 'ANONYMOUS', 'Follower', removed.id::text, 'DELETE',
                     jsonb_build_object('confirmed', removed.confirmed_at IS NOT NULL));
         END IF;
         IF removed.id IS NOT NULL THEN
           RETURN QUERY SELECT removed.collectivity_id;
         END IF;
       END $$`,
      // law 09-08: the network erases one person's follows, and every mail the platform recorded for the address
      `CREATE FUNCTION notifications.erase_personal_data(p_email text) RETURNS TABLE (followers integer, deliveries integer)
       LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = notifications, pg_temp
       AS $$
       DECLARE
         needle text := lower(btrim(p_email));
         erased_followers integer;
         erased_deliveries integer;
       BEGIN
         IF current_setting('app.role', true) IS DISTINCT FROM 'NETWORK_ADMIN' THEN
           RAISE EXCEPTION 'only the network erases personal data' USING ERRCODE = 'insufficient_privilege';
         END IF;
         DELETE FROM notifications.follower WHERE email = needle;
         GET DIAGNOSTICS erased_followers = ROW_COUNT;
         DELETE FROM notifications.delivery WHERE lower(recipient) = needle;
         GET DIAGNOSTICS erased_deliveries = ROW_COUNT;
         RETURN QUERY SELECT erased_followers, erased_deliveries;
       END $$`,
      'REVOKE ALL ON FUNCTION notifications.erase_personal_data(text) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION notifications.erase_personal_data(text) TO infitah_notifications',
      'REVOKE ALL ON FUNCTION notifications.request_follow(uuid, text, text, text, text, text, text) FROM PUBLIC',
      'REVOKE ALL ON FUNCTION notifications.confirm_follow(text) FROM PUBLIC',
      'REVOKE ALL ON FUNCTION notifications.unfollow(text) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION notifications.request_follow(uuid, text, text, text, text, text, text) TO infitah_notifications',
      'GRANT EXECUTE ON FUNCTION notifications.confirm_follow(text) TO infitah_notifications',
      'GRANT EXECUTE ON FUNCTION notifications.unfollow(text) TO infitah_notifications',
      // followCollectivity's counters per client address and per address followed (rate-limiter-flexible's layout)
      `CREATE TABLE notifications.follow_rate_limit (
         key varchar(255) PRIMARY KEY,
         points integer NOT NULL DEFAULT 0,
         expire bigint
       )`,
      'CREATE INDEX follow_rate_limit_expire_idx ON notifications.follow_rate_limit (expire)',
      'ALTER TABLE notifications.follow_rate_limit ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE notifications.follow_rate_limit FORCE ROW LEVEL SECURITY',
      'CREATE POLICY follow_rate_limit_service ON notifications.follow_rate_limit TO infitah_notifications USING (true) WITH CHECK (true)',
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notifications.follow_rate_limit');
    await queryRunner.query('DROP FUNCTION notifications.erase_personal_data(text)');
    await queryRunner.query('DROP FUNCTION notifications.unfollow(text)');
    await queryRunner.query('DROP FUNCTION notifications.confirm_follow(text)');
    await queryRunner.query('DROP FUNCTION notifications.request_follow(uuid, text, text, text, text, text, text)');
    await queryRunner.query('DROP TABLE notifications.follower_token');
    await queryRunner.query('DROP TABLE notifications.follower');
  }
}
