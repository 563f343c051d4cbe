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

/**
 * Their display names are fictional people's names, as a real account carries its holder's: a proper name reads the
 * same in Arabic and French pages, where the console words the account's role in the reader's language beside it.
 */
export const demoAccounts: DemoAccount[] = [
  { id: DemoIds.accounts.network, email: 'network@infitah.test', displayName: 'Nadia Alaoui', role: 'NETWORK_ADMIN', collectivityId: null },
  { id: DemoIds.accounts.tamazganaAdmin, email: 'admin@tamazgana.infitah.test', displayName: 'Youssef Amrani', role: 'COLLECTIVITY_ADMIN', collectivityId: DemoIds.tamazgana },
  { id: DemoIds.accounts.tamazganaEditor, email: 'editor@tamazgana.infitah.test', displayName: 'Salma Ait Lahcen', role: 'COLLECTIVITY_EDITOR', collectivityId: DemoIds.tamazgana },
  { id: DemoIds.accounts.demoCommuneAdmin, email: 'admin@demo-commune.infitah.test', displayName: 'Omar Bennani', role: 'COLLECTIVITY_ADMIN', collectivityId: DemoIds.demoCommune },
];
