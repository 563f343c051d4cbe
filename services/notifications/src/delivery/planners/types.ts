import type { NotificationKind } from '@infitah/contract';
import type { DataSource, EntityManager } from 'typeorm';
import type { MailLanguage, MailPart } from '../templates';

/** One recipient of one event: an account (inbox and e-mail) or an address (e-mail only). */
export interface Delivery {
  collectivityId: string;
  accountId: string | null;
  email: string;
  kind: NotificationKind;
  sourceKey: string;
  parts: MailPart[];
  /** For an address without an account: the one language to write in (the one the citizen used); both when absent. */
  language?: MailLanguage | null;
  /** A follow request's confirmation token, in clear only in its job: put in the mail at send time, never stored. */
  confirmToken?: string;
}

export interface PlanContext {
  dataSource: DataSource;
  /** The platform's public address, for links to the portal and the console. */
  publicUrl: string;
}

/** Who hears of one kind of event, and what each reads. */
export type Planner = (payload: Record<string, unknown>, context: PlanContext) => Promise<Delivery[]>;

/** The languages every message is rendered in; an account's or a citizen's own language picks one of them for its mail. */
export const LANGUAGES: MailLanguage[] = ['ar', 'fr'];

/** A transaction as the worker: row-level security lets it read recipients and write every tenant's deliveries. */
export async function asWorker<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query("SELECT set_config('app.worker', 'on', true)");
    return work(manager);
  });
}
