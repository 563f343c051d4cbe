import { DeletedEventsDocument, SyncEventsDocument, type SyncEventsQuery } from './generated/graphql';
import type { InfitahClient } from './index';

/** A page of a list read in sync order (docs/graph.md, Incremental sync). */
export interface SyncPage<T> {
  nodes: T[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** Where a mirror of one record type stands: keep it between runs (a file, a table row). */
export interface SyncState {
  /** The changes list's last `endCursor`; null before the first run. */
  changes: string | null;
  /** The deletions list's last `endCursor`; null before the first run. */
  deletions: string | null;
}

export const INITIAL_SYNC_STATE: SyncState = { changes: null, deletions: null };

export interface SyncSource<T> {
  /** One page of changes: `list(filter: { updatedSince }, after, first)`. */
  changes(args: { updatedSince: string | null; after: string | null; first: number }): Promise<SyncPage<T>>;
  /** One page of deletions: `deleted…(since, after, first)`. */
  deletions(args: { since: string | null; after: string | null; first: number }): Promise<SyncPage<{ id: string }>>;
}

export interface SyncTarget<T> {
  /** Creates or replaces these records in the mirror, by id. */
  upsert(records: T[]): Promise<void> | void;
  /** Removes these ids from the mirror (ids it never had included). */
  remove(ids: string[]): Promise<void> | void;
}

export interface SyncOptions {
  /** Where a first run starts (ISO-8601); the beginning of time by default. Later runs go on from the state. */
  since?: string;
  /** Page size, at most 100. */
  pageSize?: number;
  /** Called after each page is applied, with the state to keep: a run cut short resumes from there. */
  checkpoint?: (state: SyncState) => Promise<void> | void;
}

const BEGINNING = '1970-01-01T00:00:00Z';

/**
 * One run of an incremental sync of one record type: the changes since the state's cursor (upserted), then the
 * deletions since its other cursor (removed), each page by page with `after` until caught up. Returns the state for
 * the next run. Nothing is missed nor applied twice, whatever writes happen meanwhile: the graph's sync cursors only
 * move over changes whose transactions have all ended.
 */
export async function syncRecords<T extends { id: string }>(
  source: SyncSource<T>,
  target: SyncTarget<T>,
  state: SyncState = INITIAL_SYNC_STATE,
  options: SyncOptions = {},
): Promise<SyncState> {
  const first = options.pageSize ?? 100;
  const since = options.since ?? BEGINNING;
  let current = { ...state };
  for (let more = true; more; ) {
    const page = await source.changes({ updatedSince: current.changes ? null : since, after: current.changes, first });
    await target.upsert(page.nodes);
    current = { ...current, changes: page.pageInfo.endCursor ?? current.changes };
    await options.checkpoint?.(current);
    more = page.pageInfo.hasNextPage;
  }
  for (let more = true; more; ) {
    const page = await source.deletions({ since: current.deletions ? null : since, after: current.deletions, first });
    await target.remove(page.nodes.map((node) => node.id));
    current = { ...current, deletions: page.pageInfo.endCursor ?? current.deletions };
    await options.checkpoint?.(current);
    more = page.pageInfo.hasNextPage;
  }
  return current;
}

export type SyncedEvent = SyncEventsQuery['events']['nodes'][number];

/** The events as `syncRecords` reads them through a client: a mirror of every event the client's caller may see. */
export function eventSyncSource(client: InfitahClient): SyncSource<SyncedEvent> {
  return {
    changes: async (args) => (await client.request(SyncEventsDocument, args)).events,
    deletions: async (args) => (await client.request(DeletedEventsDocument, args)).deletedEvents,
  };
}
