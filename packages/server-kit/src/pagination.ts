import { ArgsType, Directive, Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 0–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}. A value outside that range is refused with BAD_USER_INPUT naming \`first\`, never silently shortened.`,
  })
  first?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rows to skip before the page starts, 0 or more, default 0; a negative value is BAD_USER_INPUT naming `offset`.',
  })
  offset?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Continue after this cursor, a previous page's `pageInfo.endCursor` of the same list and arguments. A sync cursor (from a list read with `filter.updatedSince` or with a sync cursor) puts the list in sync order, by change then id, and never misses nor repeats a change whatever writes happen between pages (docs/graph.md, Incremental sync); any other cursor continues in the list's own order like `offset`. Not with `offset`; a cursor that was not given by the graph is BAD_USER_INPUT naming `after`.",
  })
  after?: string | null;
}

/**
 * `updatedSince`, which every list over records that change takes in its filter: `class EventFilter extends
 * SyncFilter`. Giving it puts the list in sync order (see `PageArgs.after`).
 */
@InputType()
export abstract class SyncFilter {
  @Field(() => Date, {
    nullable: true,
    description:
      'Only records created or changed at or after this instant (ISO-8601), in sync order, by change then id; continue with `after: pageInfo.endCursor`. Deletions are read from the matching `deleted…` list.',
  })
  updatedSince?: Date | null;
}

/** Where a sync stopped: the change (its transaction id, as text) and the id of the last row read. */
export interface SyncPosition {
  xid: string;
  id: string;
}

export interface Page {
  take: number;
  skip: number;
  /** Sync order (by change then id) from `filter.updatedSince` or a sync cursor; unset for the list's own order. */
  sync?: { after: SyncPosition | null; updatedSince: Date | null };
}

const OFFSET_CURSOR = 'o';
const SYNC_CURSOR = 's';

const encodeCursor = (parts: string[]) => Buffer.from(parts.join(':'), 'utf8').toString('base64url');

/** The cursor that continues a list in its own order after `position` rows. */
export const offsetCursor = (position: number) => encodeCursor([OFFSET_CURSOR, String(position)]);

/** The cursor that continues a sync after the given row. */
export const syncCursor = (position: SyncPosition) => encodeCursor([SYNC_CURSOR, position.xid, position.id]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): { offset: number } | { sync: SyncPosition } {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (parts[0] === OFFSET_CURSOR && parts.length === 2 && /^\d{1,9}$/.test(parts[1])) return { offset: Number(parts[1]) };
  if (parts[0] === SYNC_CURSOR && parts.length === 3 && /^\d{1,20}$/.test(parts[1]) && UUID.test(parts[2])) {
    return { sync: { xid: parts[1], id: parts[2].toLowerCase() } };
  }
  throw badUserInput('after', 'must be a pageInfo.endCursor the graph gave');
}

/**
 * Validates `first`/`offset`/`after` (a page above the cap is refused, not silently shortened) and, with the list's
 * filter, whether it is read in sync order.
 */
export function pageOf(args: PageArgs, filter?: Partial<SyncFilter> | null): Page {
  const take = args.first ?? DEFAULT_PAGE_SIZE;
  let skip = args.offset ?? 0;
  if (!Number.isInteger(take) || take < 0 || take > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  if (!Number.isInteger(skip) || skip < 0) throw badUserInput('offset', 'must be 0 or more');
  const updatedSince = filter?.updatedSince ?? null;
  if (updatedSince && Number.isNaN(updatedSince.getTime())) throw badUserInput('filter.updatedSince', 'must be an ISO-8601 date-time');
  let after: SyncPosition | null = null;
  if (args.after != null) {
    if (args.offset != null) throw badUserInput('after', 'cannot be used with offset');
    const cursor = decodeCursor(args.after);
    if ('offset' in cursor) {
      if (filter?.updatedSince) throw badUserInput('after', 'a position cursor cannot continue a sync; use the endCursor of a page read with filter.updatedSince');
      skip = cursor.offset;
    } else after = cursor.sync;
  }
  if (after && updatedSince === null && filter === undefined) {
    // a list without a filter (e.g. Collectivity.events) reads only in its own order
    throw badUserInput('after', 'a sync cursor continues only a root list read with filter.updatedSince');
  }
  return after || updatedSince ? { take, skip: 0, sync: { after, updatedSince } } : { take, skip };
}

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a list ends, to ask for the next one with `after`.' })
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description:
      'The cursor after the last row of this page; give it as `after` for the next page. In sync order, when this page is empty, the cursor it started after (keep it and ask again later).',
  })
  endCursor: string | null;

  @Field({
    description:
      'Whether more rows follow this page now. In sync order, false once the sync has caught up; changes made later come with the same cursor.',
  })
  hasNextPage: boolean;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/** A list with no row for this filter, whichever order it is read in. */
export function emptyConnection<T>(page: Page): Connection<T> {
  const after = page.sync?.after;
  return { totalCount: 0, nodes: [], pageInfo: { endCursor: after ? syncCursor(after) : page.skip ? offsetCursor(page.skip) : null, hasNextPage: false } };
}

/** A page in the list's own order: `nodes` from `page.skip` on, of `totalCount` rows in all. */
export function connectionOf<T>(nodes: T[], totalCount: number, page: Page): Connection<T> {
  if (page.sync) throw badUserInput('after', 'this list has no sync order; use a cursor of this list or offset');
  const end = page.skip + nodes.length;
  return { totalCount, nodes, pageInfo: { endCursor: nodes.length ? offsetCursor(end) : page.skip ? offsetCursor(page.skip) : null, hasNextPage: end < totalCount } };
}

/** A list page `{ totalCount nodes pageInfo }`: `class EventConnection extends ConnectionType(Event) {}`. */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => Int, {
      description:
        'Rows the caller may see that match the filter, all pages together (`first`, `offset` and `after` do not change it).',
    })
    totalCount: number;

    @Field(() => [node], { description: 'The rows of this page, at most `first` of them, in the order the list documents (in sync order with `filter.updatedSince` or a sync cursor).' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page ends: the cursor to continue with `after`, and whether more rows follow.' })
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/**
 * Rows in sync order whose change is final: the transaction ids of rows (`updated_xid`, set with `updated_at` by each
 * table's trigger) come in the order transactions began, not the order they commit. Below the oldest transaction still
 * running when this statement's snapshot was taken (`pg_snapshot_xmin`), every transaction has ended, so no row can
 * later appear there: a cursor that moves only inside that bound never skips a change that commits late.
 */
const SETTLED = (alias: string) => `${alias}.updated_xid < pg_snapshot_xmin(pg_current_snapshot())`;

/**
 * A page of a single-table list and its total, in two statements like TypeORM's `getManyAndCount`, but counted with
 * `count(*)`: TypeORM counts DISTINCT primary keys, which sorts every matching row when the key is composite
 * (`(collectivity_id, id)`), about seven times slower on the country's 90,000 proposals. Only for queries without
 * joins, where every row is one record. In sync order (`page.sync`) the table must have `updated_at`/`updated_xid`:
 * the list's own order is replaced by (updated_xid, id) and the page continues after the cursor.
 */
export async function pageAndCount<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, page: Page): Promise<Connection<T>> {
  if (page.sync) return syncPageAndCount(query, page, page.sync);
  const nodes = await query.clone().offset(page.skip).limit(page.take).getMany();
  // like TypeORM: a page that is not full tells the total, unless it is an empty page past the end
  if (nodes.length < page.take && (nodes.length > 0 || page.skip === 0)) return connectionOf(nodes, page.skip + nodes.length, page);
  const counted = await query.clone().orderBy().select('count(*)::int', 'count').getRawOne<{ count: number }>();
  return connectionOf(nodes, counted?.count ?? 0, page);
}

async function syncPageAndCount<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: Page,
  sync: NonNullable<Page['sync']>,
): Promise<Connection<T>> {
  const alias = query.alias;
  const filtered = query.clone();
  if (sync.updatedSince) filtered.andWhere(`${alias}.updated_at >= :syncUpdatedSince`, { syncUpdatedSince: sync.updatedSince });
  const rows = filtered.clone().andWhere(SETTLED(alias));
  if (sync.after) {
    rows.andWhere(`(${alias}.updated_xid, ${alias}.id) > (:syncAfterXid::xid8, :syncAfterId::uuid)`, {
      syncAfterXid: sync.after.xid,
      syncAfterId: sync.after.id,
    });
  }
  rows
    .orderBy(`${alias}.updated_xid`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .addSelect(`${alias}.updated_xid::text`, 'sync_xid')
    .limit(page.take + 1);
  const { entities, raw } = await rows.getRawAndEntities<Record<string, string>>();
  const xidOf = new Map(raw.map((row) => [row[`${alias}_id`], row.sync_xid]));
  const nodes = entities.slice(0, page.take);
  const lastId = nodes.length ? (nodes[nodes.length - 1] as unknown as { id: string }).id : null;
  const last = lastId ? { xid: xidOf.get(lastId)!, id: lastId } : sync.after;
  const counted = await filtered.orderBy().select('count(*)::int', 'count').getRawOne<{ count: number }>();
  return {
    totalCount: counted?.count ?? 0,
    nodes,
    pageInfo: { endCursor: last ? syncCursor(last) : null, hasNextPage: entities.length > page.take },
  };
}
