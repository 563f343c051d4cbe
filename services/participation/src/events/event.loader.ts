import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { loadTenantPages, tenantPageKey, visibleRowsSql, type Connection, type RequestScope, type TenantPageKey } from '@infitah/server-kit';
import { Event } from './event.entity';

/** Chronological, the order of a co-creation timeline. */
export const EVENT_ORDER: Array<[string, 'ASC' | 'DESC']> = [
  ['starts_at', 'ASC'],
  ['id', 'ASC'],
];

export function createEventLoaders(scope: RequestScope) {
  return {
    /** Events the caller may see, by id (the key is global: ids are UUIDs). */
    eventById: new DataLoader<string, Event | null>(async (ids) => {
      const manager = await scope.manager();
      const visible = visibleRowsSql('e', scope.caller);
      const rows = await manager
        .createQueryBuilder(Event, 'e')
        .where({ id: In([...ids]) })
        .andWhere(visible.sql, visible.parameters)
        .getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),

    /** `Collectivity.events` pages for many collectivities in one batch. */
    eventPageByCollectivity: new DataLoader<TenantPageKey, Connection<Event>, string>(
      async (keys) => loadTenantPages(await scope.manager(), Event, keys, { caller: scope.caller, orderBy: EVENT_ORDER }),
      { cacheKeyFn: tenantPageKey },
    ),
  };
}
