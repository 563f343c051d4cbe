import type { DataSource, EntityManager } from 'typeorm';
import { newToken, tokenHash } from '../follow/tokens';
import { FOLLOW_REQUESTED } from './planners/follow-requested';
import { asWorker } from './planners/types';
import { CONFIRM_SLOT, UNFOLLOW_SLOT } from './templates';

/** What the worker sends mail with: nodemailer's SMTP transport in production, or any object that sends the same way. */
export interface Mailer {
  sendMail(mail: { from: string; to: string; subject: string; text: string; html: string; headers?: Record<string, string> }): Promise<unknown>;
}

/** What a mail's List-Unsubscribe offers: the one-click unfollow of a follower, or an account's notification settings. */
export type Unsubscribe = 'UNFOLLOW' | 'PREFERENCES';

export interface SendOptions {
  mailer: Mailer;
  from: string;
  /** The platform's public address: the one-click unfollow endpoint and the console's notification settings. */
  publicUrl: string;
  /** Confirmation tokens known to the job sending these mails, by the delivery's source key (never stored). */
  confirmTokens?: ReadonlyMap<string, string>;
}

/** The console's page where an account chooses which notifications it receives, and how. */
export const preferencesUrl = (publicUrl: string) => `${publicUrl}/admin/#/notification-settings`;

/** The one-click unfollow address (RFC 8058): a POST unfollows at once, a GET opens the portal's unfollow page. */
export const oneClickUnfollowUrl = (publicUrl: string, token: string, language: string) => `${publicUrl}/unfollow/${token}?locale=${language}`;

interface PendingRow {
  collectivity_id: string;
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  source_key: string;
  unsubscribe: Unsubscribe | null;
}

/**
 * The mail as sent: the stored text with its token slots filled (tokens minted now, only their hashes kept) and its
 * List-Unsubscribe headers; null when the follower it was for is gone, the row then dropped.
 */
async function mailOf(manager: EntityManager, row: PendingRow, options: SendOptions): Promise<{ text: string; html: string; headers: Record<string, string> } | null> {
  let [text, html] = [row.text_body, row.html_body];
  const headers: Record<string, string> = {};
  // decided from what the row is, never from its text: a title a citizen typed may hold a slot's characters
  const confirmation = row.source_key.startsWith(`${FOLLOW_REQUESTED}:`);
  if (row.unsubscribe === 'UNFOLLOW' || confirmation) {
    const [follower]: Array<{ id: string; language: string }> = await manager.query(
      'SELECT id, language FROM notifications.follower WHERE collectivity_id = $1 AND email = $2',
      [row.collectivity_id, row.recipient],
    );
    if (!follower) {
      await manager.query('DELETE FROM notifications.delivery WHERE collectivity_id = $1 AND id = $2', [row.collectivity_id, row.id]);
      return null;
    }
    if (confirmation) {
      let confirm = options.confirmTokens?.get(row.source_key);
      if (!confirm) {
        // a retry without the request's token (the network's): a fresh one replaces it, if the request still waits
        confirm = newToken();
        const [{ reissued }]: Array<{ reissued: boolean }> = await manager.query('SELECT notifications.reissue_confirm_token($1, $2, $3) AS reissued', [
          row.collectivity_id,
          row.recipient,
          tokenHash(confirm),
        ]);
        if (!reissued) {
          await manager.query('DELETE FROM notifications.delivery WHERE collectivity_id = $1 AND id = $2', [row.collectivity_id, row.id]);
          return null;
        }
      }
      [text, html] = [text.split(CONFIRM_SLOT).join(confirm), html.split(CONFIRM_SLOT).join(confirm)];
    }
    const unfollow = newToken();
    await manager.query('INSERT INTO notifications.follower_token (collectivity_id, token_hash, follower_id) VALUES ($1, $2, $3)', [
      row.collectivity_id,
      tokenHash(unfollow),
      follower.id,
    ]);
    [text, html] = [text.split(UNFOLLOW_SLOT).join(unfollow), html.split(UNFOLLOW_SLOT).join(unfollow)];
    headers['List-Unsubscribe'] = `<${oneClickUnfollowUrl(options.publicUrl, unfollow, follower.language)}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  } else if (row.unsubscribe === 'PREFERENCES') {
    headers['List-Unsubscribe'] = `<${preferencesUrl(options.publicUrl)}>`;
  }
  return { text, html, headers };
}

/**
 * Sends the PENDING e-mails of these events (or these deliveries), each recorded SENT, or its error kept; the last
 * attempt leaves the failures FAILED. Throws the last failure so that the job is retried. The tokens of a follower's
 * links exist only in the mail sent: what is stored keeps their slots.
 */
export async function sendPending(dataSource: DataSource, options: SendOptions, which: { sourceKeys: string[] } | { ids: string[] }, attempt: { isLast: boolean }): Promise<number> {
  const [condition, values] = 'ids' in which ? ['id = ANY($1::uuid[])', which.ids] : ['source_key = ANY($1)', which.sourceKeys];
  if (!values.length) return 0;
  const pending: PendingRow[] = await asWorker(dataSource, (manager) =>
    manager.query(
      `SELECT collectivity_id, id, recipient, subject, text_body, html_body, source_key, unsubscribe FROM notifications.delivery WHERE ${condition} AND status = 'PENDING' ORDER BY recipient`,
      [values],
    ),
  );
  let failure: unknown = null;
  let sent = 0;
  for (const row of pending) {
    try {
      // the mail's tokens are committed before it goes (a token whose mail failed is harmless; a mail whose token was
      // rolled back would carry a dead unfollow link), and no transaction stays open while the mail server answers
      const mail = await asWorker(dataSource, (manager) => mailOf(manager, row, options));
      if (!mail) continue;
      await options.mailer.sendMail({ from: options.from, to: row.recipient, subject: row.subject, text: mail.text, html: mail.html, headers: mail.headers });
      await asWorker(dataSource, (manager) =>
        manager.query("UPDATE notifications.delivery SET status = 'SENT', sent_at = now(), attempts = attempts + 1 WHERE collectivity_id = $1 AND id = $2", [
          row.collectivity_id,
          row.id,
        ]),
      );
      sent += 1;
    } catch (error) {
      failure = error;
      await asWorker(dataSource, (manager) =>
        manager.query('UPDATE notifications.delivery SET attempts = attempts + 1, last_error = $3, status = $4 WHERE collectivity_id = $1 AND id = $2', [
          row.collectivity_id,
          row.id,
          String((error as Error)?.message ?? error).slice(0, 1000),
          attempt.isLast ? 'FAILED' : 'PENDING',
        ]),
      );
    }
  }
  if (failure) throw failure;
  return sent;
}
