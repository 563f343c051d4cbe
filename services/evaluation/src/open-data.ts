import type { OpenDataset } from '@infitah/server-kit';

/** Published action programmes and commitments, with completion and milestone-weighted progress. */
export const evaluationOpenData: OpenDataset[] = [
  {
    name: 'action-programs',
    description: 'Published openness action programmes of the collectivities, with their status and council adoption.',
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity whose programme it is' },
      { name: 'title_ar', description: 'Title in Arabic' },
      { name: 'title_fr', description: 'Title in French' },
      { name: 'status', description: 'Where the programme stands in its life cycle' },
      { name: 'adopted_on', description: 'Council adoption, ISO-8601 at the precision known ("2025-10")' },
      { name: 'period_start', description: 'First day of the programme (ISO-8601 date)' },
      { name: 'period_end', description: 'Last day of the programme (ISO-8601 date)' },
      { name: 'commitment_count', description: 'Its published commitments' },
      { name: 'updated_at', description: 'Last change (ISO-8601 instant)' },
    ],
    sql: `SELECT p.id, p.collectivity_id, p.title_ar, p.title_fr, p.status, p.adopted_on, p.period_start::text AS period_start,
                 p.period_end::text AS period_end,
                 (SELECT count(*) FROM evaluation.commitment c WHERE c.collectivity_id = p.collectivity_id AND c.program_id = p.id AND c.published) AS commitment_count,
                 to_json(p.updated_at) #>> '{}' AS updated_at
            FROM evaluation.action_program p
           WHERE p.published
           ORDER BY p.collectivity_id, p.period_start NULLS LAST, p.id`,
    summarySql: 'SELECT count(*) AS row_count, max(updated_at) AS last_updated FROM evaluation.action_program WHERE published',
  },
  {
    name: 'commitments',
    description: 'Published commitments of the action programmes, with their completion (OGP IRM scale) and progress (the done share of their weighted milestones).',
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity that made the commitment' },
      { name: 'program_id', description: 'Its action programme, if published (empty otherwise)' },
      { name: 'title_ar', description: 'Title in Arabic' },
      { name: 'title_fr', description: 'Title in French' },
      { name: 'principles', description: 'Openness principles it serves, separated by ";"' },
      { name: 'lead_unit', description: 'The unit of the collectivity that leads it' },
      { name: 'starts_on', description: 'Start (ISO-8601 date)' },
      { name: 'ends_on', description: 'End (ISO-8601 date)' },
      { name: 'completion', description: 'NO_EVIDENCE, NOT_STARTED, LIMITED, SUBSTANTIAL or COMPLETE (OGP IRM scale)' },
      { name: 'progress', description: 'Done share of the weighted milestones, 0–100' },
      { name: 'milestone_count', description: 'Its milestones' },
      { name: 'updated_at', description: 'Last change (ISO-8601 instant)' },
    ],
    // program_id only when that programme is published too: a published commitment may belong to an unpublished one
    sql: `SELECT c.id, c.collectivity_id,
                 (SELECT p.id FROM evaluation.action_program p WHERE p.collectivity_id = c.collectivity_id AND p.id = c.program_id AND p.published) AS program_id,
                 c.title_ar, c.title_fr, c.principles, c.lead_unit,
                 c.starts_on::text AS starts_on, c.ends_on::text AS ends_on, c.completion,
                 coalesce(m.progress, 0) AS progress, coalesce(m.milestone_count, 0) AS milestone_count,
                 to_json(c.updated_at) #>> '{}' AS updated_at
            FROM evaluation.commitment c
            LEFT JOIN LATERAL (
                 SELECT round(100.0 * sum(weight) FILTER (WHERE done_on IS NOT NULL) / nullif(sum(weight), 0))::int AS progress,
                        count(*) AS milestone_count
                   FROM evaluation.milestone
                  WHERE collectivity_id = c.collectivity_id AND commitment_id = c.id) m ON true
           WHERE c.published
           ORDER BY c.collectivity_id, c.program_id, c.created_at, c.id`,
    summarySql: 'SELECT count(*) AS row_count, max(updated_at) AS last_updated FROM evaluation.commitment WHERE published',
  },
];
