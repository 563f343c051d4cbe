import { moroccoLocal } from '@infitah/morocco-time';
import type { DataSource, EntityManager } from 'typeorm';
import { languagesOf } from '../preferences/choices';
import type { Delivery } from './planners';
import { asWorker, LANGUAGES } from './planners/types';
import { composeDigest, type DigestItem, type MailLanguage } from './templates';
import { sendPending, type Mailer } from './send';

/** The hour (Morocco's wall clock) from which the previous day's digests go out. */
export const DIGEST_HOUR = 7;
/** graphile-worker's crontab line: every hour, so that the Morocco-time check (and a missed run) is the task's. */
export const DIGEST_CRONTAB = '0 * * * * notifications_digest ?max=3';

/** Keeps a notification for the account's digest of that Morocco day, once whatever the retries. */
export async function collectForDigest(manager: EntityManager, tenantId: string, delivery: Delivery, day: string): Promise<void> {
  const part = (language: MailLanguage) => delivery.parts.find((entry) => entry.language === language)!;
  const [ar, fr] = [part('ar'), part('fr')];
  await manager.query(
    `INSERT INTO notifications.digest_item (collectivity_id, account_id, recipient, kind, day, title_ar, title_fr, body_ar, body_fr, link_ar, link_fr, source_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT ON CONSTRAINT digest_item_once DO NOTHING`,
    [tenantId, delivery.accountId, delivery.email, delivery.kind, day, ar.rendered.title, fr.rendered.title, ar.rendered.body, fr.rendered.body, ar.link, fr.link, delivery.sourceKey],
  );
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

interface DigestGroup {
  collectivity_id: string;
  account_id: string;
  recipient: string;
  day: string;
  ids: string[];
  items: Array<{ kind: string; title_ar: string; title_fr: string; body_ar: string; body_fr: string; link_ar: string; link_fr: string }>;
}

/**
 * Sends each account one e-mail per past day listing that day's collected notifications, from DIGEST_HOUR on the
 * next morning (Morocco time); once per account and day (the digest's key), whatever the runs and retries.
 */
export async function sendDigests(
  dataSource: DataSource,
  options: { mailer: Mailer; from: string; publicUrl: string },
  now: Date,
  attempt: { isLast: boolean },
): Promise<number> {
  const local = moroccoLocal(now);
  const today = local.slice(0, 10);
  // before the morning hour, yesterday's digest waits; older ones (a missed run) go at once
  const dueBefore = Number(local.slice(11, 13)) >= DIGEST_HOUR ? today : dayBefore(today);
  const keys = await asWorker(dataSource, async (manager) => {
    const groups: DigestGroup[] = await manager.query(
      `SELECT (array_agg(collectivity_id ORDER BY created_at DESC))[1] AS collectivity_id, account_id, to_char(day, 'YYYY-MM-DD') AS day,
              (array_agg(recipient ORDER BY created_at DESC))[1] AS recipient,
              array_agg(id ORDER BY created_at, id) AS ids,
              json_agg(json_build_object('kind', kind, 'title_ar', title_ar, 'title_fr', title_fr, 'body_ar', body_ar, 'body_fr', body_fr, 'link_ar', link_ar, 'link_fr', link_fr)
                       ORDER BY created_at, id) AS items
         FROM notifications.digest_item
        WHERE digest_key IS NULL AND day < $1::date
        GROUP BY account_id, day
        ORDER BY day, account_id`,
      [dueBefore],
    );
    const languages = await languagesOf(manager, [...new Set(groups.map((group) => group.account_id))]);
    for (const group of groups) {
      const key = `DIGEST:${group.account_id}:${group.day}`;
      const language = languages.get(group.account_id) ?? null;
      const items: DigestItem[] = group.items.map((item) => ({
        kind: item.kind,
        title: { ar: item.title_ar, fr: item.title_fr },
        body: { ar: item.body_ar, fr: item.body_fr },
        link: { ar: item.link_ar, fr: item.link_fr },
      }));
      const mail = composeDigest(group.day, items, language ? [language] : LANGUAGES, `${options.publicUrl}/admin/#/inbox`);
      await manager.query(
        `INSERT INTO notifications.delivery (collectivity_id, channel, kind, recipient, subject, text_body, html_body, source_key, digest, unsubscribe)
         VALUES ($1, 'EMAIL', $2, $3, $4, $5, $6, $7, true, 'PREFERENCES') ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING`,
        [group.collectivity_id, items[0].kind, group.recipient, mail.subject, mail.text, mail.html, key],
      );
      await manager.query('UPDATE notifications.digest_item SET digest_key = $2 WHERE id = ANY($1::uuid[])', [group.ids, key]);
    }
    // this run's digests, and any an earlier run could not send
    const pending: Array<{ source_key: string }> = await manager.query("SELECT DISTINCT source_key FROM notifications.delivery WHERE digest AND status = 'PENDING'");
    return pending.map((row) => row.source_key);
  });
  return sendPending(dataSource, options, { sourceKeys: keys }, attempt);
}
