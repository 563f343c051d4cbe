import type { EntityManager } from 'typeorm';
import { demoEvents } from '@infitah/demo-data';

/** Tamazgana's co-creation events and one draft of the fictional commune; re-running it changes nothing. */
export async function seedParticipation(manager: EntityManager): Promise<void> {
  for (const event of demoEvents) {
    await manager.query(
      `INSERT INTO participation.event (collectivity_id, id, kind, title_ar, title_fr, starts_at, ends_at, venue, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET kind = EXCLUDED.kind, title_ar = EXCLUDED.title_ar,
         title_fr = EXCLUDED.title_fr, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
         venue = EXCLUDED.venue, published = EXCLUDED.published`,
      [event.collectivityId, event.id, event.kind, event.titleAr, event.titleFr, event.startsAt, event.endsAt, event.venue, event.published],
    );
  }
}
