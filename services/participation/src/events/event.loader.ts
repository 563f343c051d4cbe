import { In } from 'typeorm';
import {
  DataLoader,
  loadChildren,
  loadTenantPages,
  NETWORK_TENANT_ID,
  tenantKey,
  tenantPageKey,
  visibleRowsSql,
  type Connection,
  type RequestScope,
  type TenantKey,
  type TenantPageKey,
} from '@infitah/server-kit';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { Event } from './event.entity';
import { EventOrganisation } from './event-organisation.entity';
import { EventParticipant } from './event-participant.entity';

/** Chronological, the order of a co-creation timeline. */
export const EVENT_ORDER: Array<[string, 'ASC' | 'DESC']> = [
  ['starts_at', 'ASC'],
  ['id', 'ASC'],
];

/**
 * A collectivity's events: its own, and the network events it attended (over `t` and a collectivity id
 * `cid`). The list, its count and the network figures all use this one definition. Network events are those of
 * the network's tenant (a check constraint ties `organizer` to it): naming the tenant lets each branch use an index
 * led by `collectivity_id` instead of reading every event of the country.
 */
export const eventsOfCollectivitySql = (cid: string) =>
  `(t.collectivity_id = ${cid} OR (t.collectivity_id = '${NETWORK_TENANT_ID}'::uuid AND t.organizer = 'NETWORK' AND EXISTS (
     SELECT 1 FROM participation.event_participant p
      WHERE p.collectivity_id = t.collectivity_id AND p.event_id = t.id AND p.participant_id = ${cid} AND p.attended)))`;

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
      async (keys) =>
        loadTenantPages(await scope.manager(), Event, keys, {
          caller: scope.caller,
          orderBy: EVENT_ORDER,
          scope: eventsOfCollectivitySql('scope.cid'),
        }),
      { cacheKeyFn: tenantPageKey },
    ),

    agendaByEvent: new DataLoader<TenantKey, AgendaItem[], string>(
      async (keys) => loadChildren(await scope.manager(), AgendaItem, { column: 'event_id', property: 'eventId' }, keys, [['position', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),

    attendanceByEvent: new DataLoader<TenantKey, Attendance[], string>(
      async (keys) =>
        loadChildren(await scope.manager(), Attendance, { column: 'event_id', property: 'eventId' }, keys, [
          ['category', 'ASC'],
          ['gender', 'ASC'],
        ]),
      { cacheKeyFn: tenantKey },
    ),

    participantsByEvent: new DataLoader<TenantKey, EventParticipant[], string>(
      async (keys) =>
        loadChildren(await scope.manager(), EventParticipant, { column: 'event_id', property: 'eventId' }, keys, [['participant_id', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),

    /** Links to the organisations present at each event; the organisations load through their own loader. */
    organisationLinksByEvent: new DataLoader<TenantKey, EventOrganisation[], string>(
      async (keys) => loadChildren(await scope.manager(), EventOrganisation, { column: 'event_id', property: 'eventId' }, keys),
      { cacheKeyFn: tenantKey },
    ),
  };
}
