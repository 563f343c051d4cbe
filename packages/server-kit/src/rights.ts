import type { Caller } from './caller';
import { forbidden, unauthenticated } from './errors';

/**
 * Who may write a tenant's records: its own collectivity's editors and admins; some actions (publish,
 * delete) only its admins. The network reads every tenant but writes none of their records.
 */
export function assertCanWriteTenant(caller: Caller, collectivityId: string, options: { adminOnly?: boolean } = {}): void {
  if (caller.role === 'ANONYMOUS') throw unauthenticated();
  if (caller.role === 'NETWORK_ADMIN') throw forbidden("The network reads a collectivity's records but does not edit them");
  if (caller.collectivityId !== collectivityId) throw forbidden("This record belongs to another collectivity");
  if (options.adminOnly && caller.role !== 'COLLECTIVITY_ADMIN') throw forbidden("Only the collectivity's administrators may do this");
}

/** The collectivity a commune account writes for, taken from its token: never from the input. */
export function tenantOfWriter(caller: Caller, options: { adminOnly?: boolean } = {}): string {
  if (caller.role === 'ANONYMOUS') throw unauthenticated();
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
