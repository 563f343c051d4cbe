import type { EntityManager } from 'typeorm';
import { demoLibraryEntries } from '@infitah/demo-data';
import { NETWORK_TENANT_ID } from '@infitah/server-kit';

/** The network's illustrative library entries, published; re-running it changes nothing. */
export async function seedLibrary(manager: EntityManager): Promise<void> {
  for (const entry of demoLibraryEntries) {
    await manager.query(
      `INSERT INTO evaluation.library_entry (collectivity_id, id, kind, title_ar, title_fr, summary_ar, summary_fr, body_ar, body_fr, principles, links,
         origin_collectivity_id, commitment_ids, status, published, published_at, is_illustrative)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'PUBLISHED', true, '2025-11-01T09:00:00Z', true)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET kind = EXCLUDED.kind, title_ar = EXCLUDED.title_ar, title_fr = EXCLUDED.title_fr,
         summary_ar = EXCLUDED.summary_ar, summary_fr = EXCLUDED.summary_fr, body_ar = EXCLUDED.body_ar, body_fr = EXCLUDED.body_fr,
         principles = EXCLUDED.principles, links = EXCLUDED.links, origin_collectivity_id = EXCLUDED.origin_collectivity_id,
         commitment_ids = EXCLUDED.commitment_ids`,
      [
        NETWORK_TENANT_ID, entry.id, entry.kind, entry.titleAr, entry.titleFr, entry.summaryAr, entry.summaryFr, entry.bodyAr, entry.bodyFr,
        entry.principles, JSON.stringify(entry.links), entry.collectivityId, entry.commitmentIds,
      ],
    );
  }
}
