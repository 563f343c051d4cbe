import type { RequestContext, RequestScope } from '@infitah/server-kit';

/** No cross-request lookups are batched here yet: the inbox is read by its own queries. */
export type NotificationsLoaders = Record<string, never>;
export type NotificationsContext = RequestContext<NotificationsLoaders>;

export function createNotificationsLoaders(_scope: RequestScope): NotificationsLoaders {
  return {};
}
