import { DemoIds } from './ids';

/** Demo accounts of the public contract, seeded only outside production. */
export const DEMO_PASSWORD = 'infitah-demo';

export interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  role: 'NETWORK_ADMIN' | 'COLLECTIVITY_ADMIN' | 'COLLECTIVITY_EDITOR';
  collectivityId: string | null;
}

export const demoAccounts: DemoAccount[] = [
  { id: DemoIds.accounts.network, email: 'network@infitah.test', displayName: 'Network administrator (demo)', role: 'NETWORK_ADMIN', collectivityId: null },
  { id: DemoIds.accounts.tamazganaAdmin, email: 'admin@tamazgana.infitah.test', displayName: 'Tamazgana administrator (demo)', role: 'COLLECTIVITY_ADMIN', collectivityId: DemoIds.tamazgana },
  { id: DemoIds.accounts.tamazganaEditor, email: 'editor@tamazgana.infitah.test', displayName: 'Tamazgana editor (demo)', role: 'COLLECTIVITY_EDITOR', collectivityId: DemoIds.tamazgana },
  { id: DemoIds.accounts.demoCommuneAdmin, email: 'admin@demo-commune.infitah.test', displayName: 'Demo commune administrator (fictional)', role: 'COLLECTIVITY_ADMIN', collectivityId: DemoIds.demoCommune },
];
