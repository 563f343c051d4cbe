import { Arg, Args, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { badUserInput } from './errors';
import type { Caller } from './caller';
import type { RequestScope } from './context';
import { ConnectionType, pageOf, PageArgs, syncCursor, type Connection, type SyncPosition } from './pagination';
import { NETWORK_TENANT_ID } from './policies';

/**
 * A deleted record, as a sync reads it: every subgraph keeps one `<schema>.tombstone` table filled by an AFTER DELETE
 * trigger on each record table (so every write path leaves one), with the owner and the published flag the record had,
 * and row-level security that shows it to those who could read the record.
 */
@Directive('@shareable')
@ObjectType({ description: 'A record deleted from the graph: which one, of which type, and when; for a sync to remove its copy.' })
export class Tombstone {
  @Field(() => ID, { description: "The deleted record's id." })
  id: string;

  @Field({ description: 'Its GraphQL type name, e.g. `Event`.' })
  type: string;

  @Field(() => ID, { nullable: true, description: "Its collectivity's id; null for a record of the network." })
  collectivityId: string | null;

  @Field(() => Date, { description: 'When it was deleted (the deleting transaction), ISO-8601 in UTC.' })
  deletedAt: Date;
}

@Directive('@shareable')
@ObjectType({ description: 'A page of deleted records, oldest deletion first.' })
export class TombstoneConnection extends ConnectionType(Tombstone) {}

/**
 * Who reads a type's deletions, as they read its records: `record` (the default), those who could read the record — its
 * collectivity's accounts and the network always, everyone else if it was published; `owners`, for a record only its
 * owner manages (a webhook): its collectivity's administrators, or the network for a record of the network's own.
 */
export type TombstoneReaders = 'record' | 'owners';

export interface TombstoneOptions {
  schema: string;
  type: string;
  readers?: TombstoneReaders;
}

interface TombstoneRow {
  id: string;
  type: string;
  collectivity_id: string;
  deleted_at: Date;
  deleted_xid: string;
}

/**
 * Deleted records of one type, in the order of their deletion: like a list in sync order, a page holds only deletions
 * whose transaction has ended with every earlier one (`pg_snapshot_xmin`), so a cursor never passes one that commits late.
 */
export async function tombstonePage(
  scope: RequestScope,
  options: TombstoneOptions,
  since: Date | null,
  page: ReturnType<typeof pageOf>,
): Promise<Connection<Tombstone>> {
  if (!page.sync) throw badUserInput('after', 'must be a cursor of this list');
  const after = page.sync.after;
  const manager = await scope.manager();
  const parameters: unknown[] = [options.type, scope.caller.role, scope.caller.collectivityId, since, after?.xid ?? null, after?.id ?? null, page.take + 1];
  // the table's row-level security says the same: a deletion as the record was read, a withdrawal only to those who lost it
  const own = "($2 = 'NETWORK_ADMIN' OR t.collectivity_id = $3::uuid)";
  const visible =
    options.readers === 'owners'
      ? `(($2 = 'COLLECTIVITY_ADMIN' AND t.collectivity_id = $3::uuid) OR ($2 = 'NETWORK_ADMIN' AND t.collectivity_id = '${NETWORK_TENANT_ID}'::uuid))`
      : `(CASE WHEN t.withdrawn THEN t.published AND NOT coalesce(${own}, false) ELSE (${own} OR t.published) END)`;
  const rows: TombstoneRow[] = await manager.query(
    `SELECT t.id, t.type, t.collectivity_id, t.deleted_at, t.deleted_xid::text AS deleted_xid
       FROM ${options.schema}.tombstone t
      WHERE t.type = $1 AND ${visible}
        AND ($4::timestamptz IS NULL OR t.deleted_at >= $4)
        AND ($5::xid8 IS NULL OR (t.deleted_xid, t.id) > ($5::xid8, $6::uuid))
        AND t.deleted_xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY t.deleted_xid, t.id
      LIMIT $7`,
    parameters,
  );
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM ${options.schema}.tombstone t WHERE t.type = $1 AND ${visible} AND ($4::timestamptz IS NULL OR t.deleted_at >= $4)`,
    parameters.slice(0, 4),
  );
  const nodes = rows.slice(0, page.take).map((row) => ({
    id: row.id,
    type: row.type,
    collectivityId: row.collectivity_id === NETWORK_TENANT_ID ? null : row.collectivity_id,
    deletedAt: row.deleted_at,
  }));
  const lastRow = nodes.length ? rows[nodes.length - 1] : null;
  const last: SyncPosition | null = lastRow ? { xid: lastRow.deleted_xid, id: lastRow.id } : after;
  return { totalCount: count, nodes, pageInfo: { endCursor: last ? syncCursor(last) : null, hasNextPage: rows.length > page.take } };
}

/**
 * The root query of one record type's deletions, e.g. `deletedEvents(since, first, after)`: one shape for every type,
 * named beside the type's list, since a root field comes from one subgraph only.
 */
export function TombstoneQuery(
  options: TombstoneOptions & {
    field: string;
    list: string;
    /** Refuses a caller who may not read the type's records at all (as its list does), before any row is read. */
    authorize?: (caller: Caller) => void;
    /** Who is refused, and how, for the field's description (e.g. `UNAUTHENTICATED when anonymous, FORBIDDEN for an editor.`). */
    refusals?: string;
  },
) {
  const readers =
    options.readers === 'owners'
      ? "shown only to those who could read them: their owner's administrators (a collectivity's COLLECTIVITY_ADMIN accounts for its own, the network for the network's own)"
      : "that the caller could read before (anonymous callers: those that were published; a collectivity's accounts: also its own; the network: all)";
  @Resolver()
  class TombstoneResolver {
    @Query(() => TombstoneConnection, {
      name: options.field,
      description: `${options.type} records deleted, oldest deletion first, ${readers}. A sync reads \`${options.list}(filter: { updatedSince })\` for changes and this list for deletions, each with its own cursor (docs/graph.md, Incremental sync).${options.refusals ? ` ${options.refusals}` : ''}`,
    })
    async deleted(
      @Arg('since', () => Date, { nullable: true, description: 'Only deletions at or after this instant (ISO-8601).' }) since: Date | null,
      @Args() pageArgs: PageArgs,
      @Ctx() context: RequestScope,
    ): Promise<TombstoneConnection> {
      options.authorize?.(context.caller);
      const page = pageOf(pageArgs, { updatedSince: since ?? new Date(0) });
      if (pageArgs.offset != null) throw badUserInput('offset', 'deletions are read with after');
      return tombstonePage(context, options, since, page);
    }
  }
  Object.defineProperty(TombstoneResolver, 'name', { value: `${options.type}TombstoneResolver` });
  return TombstoneResolver;
}
