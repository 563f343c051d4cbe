import type { NotificationKind } from '@infitah/contract';
import type { EntityManager } from 'typeorm';
import type { MailLanguage } from '../delivery/templates';
import { DEFAULT_PREFERENCE, type EmailFrequency } from './preference.entity';

export interface Choice {
  inbox: boolean;
  email: boolean;
  emailFrequency: EmailFrequency;
  /** The one language of its mails; null: Arabic and French. */
  language: MailLanguage | null;
}

/** What each of these accounts chose (the defaults where it saved nothing), read in one query each, as the worker. */
export async function choicesOf(manager: EntityManager, accountIds: Array<string | null>): Promise<{ of(accountId: string, kind: NotificationKind): Choice }> {
  const ids = [...new Set(accountIds.filter((id): id is string => !!id))];
  const languages = await languagesOf(manager, ids);
  const saved: Array<{ account_id: string; kind: string; inbox: boolean; email: boolean; email_frequency: EmailFrequency }> = ids.length
    ? await manager.query('SELECT account_id, kind, inbox, email, email_frequency FROM notifications.preference WHERE account_id = ANY($1::uuid[])', [ids])
    : [];
  return {
    of(accountId, kind) {
      const language = languages.get(accountId) ?? null;
      const row = saved.find((entry) => entry.account_id === accountId && entry.kind === kind);
      return row ? { inbox: row.inbox, email: row.email, emailFrequency: row.email_frequency, language } : { ...DEFAULT_PREFERENCE, language };
    },
  };
}

/** The language each of these accounts chose for its mails (null: both), as the worker. */
export async function languagesOf(manager: EntityManager, accountIds: string[]): Promise<Map<string, MailLanguage | null>> {
  const rows: Array<{ account_id: string; language: MailLanguage | null }> = accountIds.length
    ? await manager.query('SELECT account_id, language FROM notifications.account_setting WHERE account_id = ANY($1::uuid[])', [accountIds])
    : [];
  return new Map(rows.map((row) => [row.account_id, row.language]));
}
