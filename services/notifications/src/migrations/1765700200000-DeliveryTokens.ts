import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored mail keeps no secret. The links of a follower's mail carry their tokens only in the mail sent: the delivery
 * row holds `{{confirm-token}}` and `{{unfollow-token}}` where they go, filled at send time (an unfollow token minted
 * per send, its hash beside the follower; a confirmation token from the request's job, or a fresh one when the network
 * retries a failed confirmation mail, which then replaces the request's). `unsubscribe` says what the mail's
 * List-Unsubscribe header offers: UNFOLLOW, the one-click unfollow (RFC 8058), or PREFERENCES, the console's
 * notification settings of an account; none for a citizen's answer to their own proposal. Tokens already stored in
 * clear are replaced by their slot here.
 */
const WORKER = "(SELECT current_setting('app.worker', true)) = 'on'";

export class DeliveryTokens1765700200000 implements MigrationInterface {
  name = 'DeliveryTokens1765700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      "ALTER TABLE notifications.delivery ADD COLUMN unsubscribe text CHECK (unsubscribe IN ('UNFOLLOW', 'PREFERENCES'))",
      ...['text_body', 'html_body'].map(
        (column) =>
          `UPDATE notifications.delivery SET ${column} = regexp_replace(regexp_replace(${column},
             '#/follow/confirm/[A-Za-z0-9_-]{43}', '#/follow/confirm/{{confirm-token}}', 'g'),
             '#/unfollow/[A-Za-z0-9_-]{43}', '#/unfollow/{{unfollow-token}}', 'g')
           WHERE ${column} ~ '#/(follow/confirm|unfollow)/[A-Za-z0-9_-]{43}'`,
      ),
      "UPDATE notifications.delivery SET unsubscribe = 'UNFOLLOW' WHERE text_body LIKE '%{{unfollow-token}}%'",
      // the worker's fresh confirmation token for a request still awaiting it (a retried confirmation mail)
      `CREATE FUNCTION notifications.reissue_confirm_token(p_collectivity_id uuid, p_email text, p_confirm_hash text) RETURNS boolean
       LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = notifications, pg_temp
       AS $$
       BEGIN
         IF current_setting('app.worker', true) IS DISTINCT FROM 'on' THEN
           RAISE EXCEPTION 'only the worker mails confirmation links' USING ERRCODE = 'insufficient_privilege';
         END IF;
         UPDATE notifications.follower SET confirm_token_hash = p_confirm_hash
          WHERE collectivity_id = p_collectivity_id AND email = lower(btrim(p_email)) AND confirmed_at IS NULL
            AND consented_at >= now() - interval '7 days';
         RETURN FOUND;
       END $$`,
      'REVOKE ALL ON FUNCTION notifications.reissue_confirm_token(uuid, text, text) FROM PUBLIC',
      'GRANT EXECUTE ON FUNCTION notifications.reissue_confirm_token(uuid, text, text) TO infitah_notifications',
      // a mail whose follower is gone (unfollowed, erased, expired) is dropped at send time rather than sent
      `CREATE POLICY delivery_drop ON notifications.delivery FOR DELETE USING (${WORKER})`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY delivery_drop ON notifications.delivery');
    await queryRunner.query('DROP FUNCTION notifications.reissue_confirm_token(uuid, text, text)');
    await queryRunner.query('ALTER TABLE notifications.delivery DROP COLUMN unsubscribe');
  }
}
