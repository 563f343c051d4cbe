import type { Caller } from './caller';
import { assertUuid, forbidden, notFound, unauthenticated } from './errors';
import { NETWORK_TENANT_ID } from '@infitah/contract';

/**
 * Who may write a tenant's records: its own collectivity's editors and admins; some actions (publish,
 * delete) only its admins. The network reads every tenant but writes none of their records.
 */
export function assertCanWriteTenant(caller: Caller, collectivityId: string, options: { adminOnly?: boolean; networkRecord?: boolean } = {}): void {
  if (caller.role === 'ANONYMOUS') throw unauthenticated();
  if (caller.role === 'NETWORK_ADMIN') {
    if (options.networkRecord && collectivityId === NETWORK_TENANT_ID) return;
    throw forbidden("The network reads a collectivity's records but does not edit them");
  }
  if (collectivityId === NETWORK_TENANT_ID) throw forbidden('This record belongs to the network');
  if (caller.collectivityId !== collectivityId) throw forbidden("This record belongs to another collectivity");
  if (options.adminOnly && caller.role !== 'COLLECTIVITY_ADMIN') throw forbidden("Only the collectivity's administrators may do this");
}

/**
 * The tenant a caller writes for, taken from its token, never from the input: its own collectivity, or
 * for the network, its reserved tenant where the resource has network records (`networkRecord`).
 */
export function tenantOfWriter(caller: Caller, options: { adminOnly?: boolean; networkRecord?: boolean } = {}): string {
  if (caller.role === 'ANONYMOUS') throw unauthenticated();
  if (caller.role === 'NETWORK_ADMIN' && options.networkRecord) return NETWORK_TENANT_ID;
  if (caller.role === 'NETWORK_ADMIN' || !caller.collectivityId) {
    throw forbidden("The network reads a collectivity's records but does not create them");
  }
  assertCanWriteTenant(caller, caller.collectivityId, options);
  return caller.collectivityId;
}

export function assertNetworkAdmin(caller: Caller): void {
  if (caller.role === 'ANONYMOUS') throw unauthenticated();
  if (caller.role !== 'NETWORK_ADMIN') throw forbidden('Only the network may do this');
}

export function assertAuthenticated(caller: Caller): asserts caller is Caller & { userId: string } {
  if (caller.role === 'ANONYMOUS' || !caller.userId) throw unauthenticated();
}

/** Where `loadWritable` reads a record: the request's DataLoader (cleared once read, so the write's answer is fresh), or a function. */
export interface WritableSource<T> {
  load(id: string): Promise<T | null | undefined>;
  clear?(id: string): unknown;
}

export interface WriteGuard {
  /** Publishing, deleting…: the collectivity's administrators only. */
  adminOnly?: boolean;
  /** The resource has network records, which the network writes (its reserved tenant). */
  networkRecord?: boolean;
  /** Only the network writes these records, whoever they belong to (the library). */
  networkOnly?: boolean;
  /** The argument naming the record, in a BAD_USER_INPUT answer (`id` unless said otherwise). */
  field?: string;
}

/**
 * The one write guard: a record the caller may change, by id. Anonymous callers are refused (UNAUTHENTICATED), a
 * malformed id is BAD_USER_INPUT naming `field`, a record the caller cannot see is NOT_FOUND, one it sees but may not
 * write is FORBIDDEN (`assertCanWriteTenant`, or `assertNetworkAdmin` for `networkOnly`).
 */
export async function loadWritable<T extends { collectivityId: string }>(
  caller: Caller,
  entity: string,
  id: string,
  source: WritableSource<T>,
  guard: WriteGuard = {},
): Promise<T> {
  if (guard.networkOnly) assertNetworkAdmin(caller);
  else if (caller.role === 'ANONYMOUS') throw unauthenticated();
  const recordId = assertUuid(guard.field ?? 'id', id);
  const record = await source.load(recordId);
  if (!record) throw notFound(entity, recordId);
  if (!guard.networkOnly) assertCanWriteTenant(caller, record.collectivityId, guard);
  source.clear?.(recordId);
  return record;
}
