import type { EntityManager } from 'typeorm';
import { demoActionPrograms } from '@infitah/demo-data';

/** Tamazgana's adopted programme and a draft of the fictional commune; re-running it changes nothing. */
export async function seedEvaluation(manager: EntityManager): Promise<void> {
  for (const program of demoActionPrograms) {
    await manager.query(
      `INSERT INTO evaluation.action_program (collectivity_id, id, title_ar, title_fr, status, adopted_on, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET title_ar = EXCLUDED.title_ar, title_fr = EXCLUDED.title_fr,
         status = EXCLUDED.status, adopted_on = EXCLUDED.adopted_on, published = EXCLUDED.published`,
      [program.collectivityId, program.id, program.titleAr, program.titleFr, program.status, program.adoptedOn, program.published],
    );
  }
}
