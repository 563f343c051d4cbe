import type { EntityManager } from 'typeorm';
import { DEMO_PASSWORD, demoAccounts, demoCollectivities, demoDataNote, DemoIds } from '@infitah/demo-data';
import { hashPassword } from './accounts/passwords';
import { seedMembershipWaves } from './cohorts/cohort.seed';

/** The demo collectivities and their memberships, and the note dating the demo data; re-running it changes nothing. */
export async function seedTerritory(manager: EntityManager): Promise<void> {
  await manager.query('UPDATE territory.network SET demo_as_of = $2, demo_note_ar = $3, demo_note_fr = $4 WHERE id = $1', [
    DemoIds.network,
    demoDataNote.asOf,
    demoDataNote.noteAr,
    demoDataNote.noteFr,
  ]);
  // parents before children
  const ordered = [...demoCollectivities].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  for (const collectivity of ordered) {
    await manager.query(
      `INSERT INTO territory.collectivity (id, kind, code, name_ar, name_fr, parent_id, is_fictional)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, code = EXCLUDED.code, name_ar = EXCLUDED.name_ar,
         name_fr = EXCLUDED.name_fr, parent_id = EXCLUDED.parent_id, is_fictional = EXCLUDED.is_fictional`,
      [collectivity.id, collectivity.kind, collectivity.code, collectivity.nameAr, collectivity.nameFr, collectivity.parentId, collectivity.isFictional],
    );
    await manager.query(
      `INSERT INTO territory.network_membership (collectivity_id, joined_on) VALUES ($1, $2)
       ON CONFLICT (collectivity_id) DO UPDATE SET joined_on = EXCLUDED.joined_on`,
      [collectivity.id, collectivity.joinedOn],
    );
  }

  // Demo accounts keep a password changed since: only missing accounts are created.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of demoAccounts) {
    await manager.query(
      `INSERT INTO territory.account (id, email, display_name, password_hash, role, collectivity_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [account.id, account.email, account.displayName, passwordHash, account.role, account.collectivityId],
    );
  }
  await seedMembershipWaves(manager);
}
