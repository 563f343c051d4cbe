import type { EntityManager } from 'typeorm';
import { demoTrainingAttendance, demoTrainingMaterials } from '@infitah/demo-data';

/** Illustrative counts of the people Tamazgana sent to the network training, and its material; idempotent. */
export async function seedCapacityBuilding(manager: EntityManager): Promise<void> {
  for (const row of demoTrainingAttendance) {
    await manager.query(
      `INSERT INTO participation.participant_attendance (collectivity_id, event_id, participant_id, category, gender, count, is_illustrative)
       VALUES ($1, $2, $3, $4, $5, $6, true)
       ON CONFLICT (collectivity_id, event_id, participant_id, category, gender) DO UPDATE SET count = EXCLUDED.count, is_illustrative = true`,
      [row.eventTenantId, row.eventId, row.collectivityId, row.category, row.gender, row.count],
    );
  }
  for (const [position, material] of demoTrainingMaterials.entries()) {
    await manager.query(
      `INSERT INTO participation.training_material (collectivity_id, event_id, position, title, url)
       SELECT $1, $2, $3, $4, $5
        WHERE NOT EXISTS (SELECT 1 FROM participation.training_material WHERE collectivity_id = $1 AND event_id = $2 AND url = $5)`,
      [material.eventTenantId, material.eventId, position, material.title, material.url],
    );
  }
}
