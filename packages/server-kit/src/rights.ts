import type { Caller } from './caller';
import { forbidden, unauthenticated } from './errors';
import { NETWORK_TENANT_ID } from './policies';

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
