import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';

/**
 * The demo accounts as a subgraph sees them once the gateway has checked their tokens: A is Tamazgana, B the
 * fictional demo commune, and the network.
 */
export const demoCallers = {
  editorA: { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana },
  adminA: { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana },
  adminB: { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune },
  network: { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null },
} as const satisfies Record<string, Caller>;
