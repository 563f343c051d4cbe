import type { DataSource } from 'typeorm';
import { asWorker } from './planners/types';

/** What the worker sends mail with: nodemailer's SMTP transport in production, or any object that sends the same way. */
export interface Mailer {
  sendMail(mail: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

/**
 * Sends the PENDING e-mails of these events (or these deliveries), each recorded SENT, or its error kept; the last
 * attempt leaves the failures FAILED. Throws the last failure so that the job is retried.
 */
export async function sendPending(
  dataSource: DataSource,
  mailer: Mailer,
  from: string,
  which: { sourceKeys: string[] } | { ids: string[] },
  attempt: { isLast: boolean },
): Promise<number> {
  const [condition, values] = 'ids' in which ? ['id = ANY($1::uuid[])', which.ids] : ['source_key = ANY($1)', which.sourceKeys];
  if (!values.length) return 0;
  const pending: Array<{ collectivity_id: string; id: string; recipient: string; subject: string; text_body: string; html_body: string }> = await asWorker(dataSource, (manager) =>
    manager.query(`SELECT collectivity_id, id, recipient, subject, text_body, html_body FROM notifications.delivery WHERE ${condition} AND status = 'PENDING' ORDER BY recipient`, [values]),
  );
  let failure: unknown = null;
  let sent = 0;
  for (const row of pending) {
    try {
      await mailer.sendMail({ from, to: row.recipient, subject: row.subject, text: row.text_body, html: row.html_body });
      sent += 1;
      await asWorker(dataSource, (manager) =>
        manager.query("UPDATE notifications.delivery SET status = 'SENT', sent_at = now(), attempts = attempts + 1 WHERE collectivity_id = $1 AND id = $2", [row.collectivity_id, row.id]),
      );
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
