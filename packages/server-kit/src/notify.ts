import type { NotificationPayloads } from '@infitah/contract';
import type { RequestScope } from './context';

/**
 * Enqueues a notification job in the request's own transaction (`queue.enqueue`, a job of the PostgreSQL queue the
 * notifications service works): a write that rolls back notifies no one, a committed one is never lost. `jobKey`
 * keeps one waiting job per event (a second enqueue with the same key replaces it).
 */
export async function enqueueNotification<Kind extends keyof NotificationPayloads>(
  scope: RequestScope,
  kind: Kind,
  payload: NotificationPayloads[Kind],
  jobKey?: string,
): Promise<void> {
  const manager = await scope.manager();
  await manager.query('SELECT queue.enqueue($1, $2::jsonb, $3)', [kind, JSON.stringify(payload), jobKey ?? null]);
}
