import type { EntityManager } from 'typeorm';
import { demoActionPrograms, demoCommitments } from '@infitah/demo-data';
import { seedLibrary } from './library/library.seed';

/**
 * Tamazgana's programme in preparation (as of the press kit, March 2025) with the illustrative commitments of its
 * draft, and the fictional commune's adopted programme with its illustrative commitments, milestones and indicators
 * beside its unpublished draft; re-running it changes nothing.
 */
export async function seedEvaluation(manager: EntityManager): Promise<void> {
  for (const program of demoActionPrograms) {
    await manager.query(
      `INSERT INTO evaluation.action_program (collectivity_id, id, title_ar, title_fr, status, adopted_on, council_session, period_start, period_end, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET title_ar = EXCLUDED.title_ar, title_fr = EXCLUDED.title_fr, status = EXCLUDED.status,
         adopted_on = EXCLUDED.adopted_on, council_session = EXCLUDED.council_session, period_start = EXCLUDED.period_start,
         period_end = EXCLUDED.period_end, published = EXCLUDED.published`,
      [
        program.collectivityId, program.id, program.titleAr, program.titleFr, program.status, program.adoptedOn, program.councilSession,
        program.periodStart, program.periodEnd, program.published,
      ],
    );
  }
  for (const commitment of demoCommitments) {
    await manager.query(
      `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_ar, title_fr, problem, action, principles, lead_unit, completion,
         is_illustrative, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, true)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET title_ar = EXCLUDED.title_ar, title_fr = EXCLUDED.title_fr, problem = EXCLUDED.problem,
         action = EXCLUDED.action, principles = EXCLUDED.principles, lead_unit = EXCLUDED.lead_unit, completion = EXCLUDED.completion`,
      [
        commitment.collectivityId, commitment.id, commitment.programId, commitment.titleAr, commitment.titleFr, commitment.problem,
        commitment.action, commitment.principles, commitment.leadUnit, commitment.completion,
      ],
    );
    await manager.query('DELETE FROM evaluation.milestone WHERE collectivity_id = $1 AND commitment_id = $2', [commitment.collectivityId, commitment.id]);
    for (const [position, milestone] of commitment.milestones.entries()) {
      await manager.query(
        `INSERT INTO evaluation.milestone (collectivity_id, commitment_id, position, title, due_on, done_on, weight) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [commitment.collectivityId, commitment.id, position, milestone.title, milestone.dueOn, milestone.doneOn, milestone.weight],
      );
    }
    await manager.query('DELETE FROM evaluation.indicator WHERE collectivity_id = $1 AND commitment_id = $2', [commitment.collectivityId, commitment.id]);
    const { indicator } = commitment;
    const [{ id: indicatorId }] = await manager.query(
      `INSERT INTO evaluation.indicator (collectivity_id, commitment_id, title, unit, baseline, target, direction)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [commitment.collectivityId, commitment.id, indicator.title, indicator.unit, indicator.baseline, indicator.target, indicator.target > indicator.baseline ? 'INCREASE' : 'DECREASE'],
    );
    for (const measurement of indicator.measurements) {
      await manager.query('INSERT INTO evaluation.measurement (collectivity_id, indicator_id, measured_on, value) VALUES ($1, $2, $3, $4)', [
        commitment.collectivityId, indicatorId, measurement.measuredOn, measurement.value,
      ]);
    }
  }
  await seedLibrary(manager);
}
