import type { EntityManager } from 'typeorm';
import { demoCohorts, demoOnboardingSteps } from '@infitah/demo-data';

/** The network's waves, the demo members placed in them, and their onboarding steps; idempotent. */
export async function seedMembershipWaves(manager: EntityManager): Promise<void> {
  for (const cohort of demoCohorts) {
    await manager.query(
      `INSERT INTO territory.cohort (id, label_ar, label_fr, period) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET label_ar = EXCLUDED.label_ar, label_fr = EXCLUDED.label_fr, period = EXCLUDED.period`,
      [cohort.id, cohort.labelAr, cohort.labelFr, cohort.period],
    );
    if (cohort.memberIds.length) {
      await manager.query('UPDATE territory.network_membership SET cohort_id = $1 WHERE collectivity_id = ANY($2::uuid[])', [cohort.id, cohort.memberIds]);
    }
  }
  for (const step of demoOnboardingSteps) {
    await manager.query(
      `INSERT INTO territory.onboarding_step (collectivity_id, step, completed_on) VALUES ($1, $2, $3)
       ON CONFLICT (collectivity_id, step) DO UPDATE SET completed_on = EXCLUDED.completed_on`,
      [step.collectivityId, step.step, step.completedOn],
    );
  }
}
