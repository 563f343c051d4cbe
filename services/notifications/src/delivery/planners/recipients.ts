import type { NotificationKind } from '@infitah/contract';
import { inLanguage, Language } from '@infitah/server-kit';
import type { DataSource } from 'typeorm';
import type { MailLanguage, Rendered } from '../templates';
import { asWorker, LANGUAGES, type Delivery } from './types';

/** The active accounts of a collectivity with one of the roles (`null`: the network's own accounts), id and address. */
export function accountsOf(dataSource: DataSource, collectivityId: string | null, roles: string[]): Promise<Array<{ account_id: string; email: string }>> {
  return asWorker(dataSource, (manager) => manager.query('SELECT account_id, email FROM directory.notification_recipients($1, $2)', [collectivityId, roles]));
}

/** The same message, in every language, to each account: inbox and e-mail. */
export function toAccounts(
  accounts: Array<{ account_id: string; email: string }>,
  delivery: { collectivityId: string; kind: NotificationKind; sourceKey: string; link: string; render: (language: MailLanguage) => Rendered },
): Delivery[] {
  const parts = LANGUAGES.map((language) => ({ language, rendered: delivery.render(language), link: delivery.link }));
  return accounts.map((account) => ({
    collectivityId: delivery.collectivityId,
    accountId: account.account_id,
    email: account.email,
    kind: delivery.kind,
    sourceKey: delivery.sourceKey,
    parts,
  }));
}

/** A bilingual title as one language reads it: that language's, else the other's (the kit's rule), else the fallback. */
export function titleIn(language: MailLanguage, titles: { titleAr: string | null; titleFr: string | null }, fallback: string): string {
  return inLanguage({ ar: titles.titleAr, fr: titles.titleFr }, language === 'fr' ? Language.FR : Language.AR) || fallback;
}
