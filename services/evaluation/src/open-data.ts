import { dateColumns, dayPrecision, instantColumns, secondPrecision, textDatePrecision, type OpenDataset } from '@infitah/server-kit';

/**
 * SQL: the commitment of alias `t` is published and so is its programme. A commitment's parts (milestones, indicators,
 * measurements, reviews) are open data only then; row-level security, as the anonymous caller, already hides those of
 * an unpublished commitment.
 */
const OF_PUBLISHED_PROGRAMME = (t: string) => `EXISTS (
  SELECT 1 FROM evaluation.commitment c JOIN evaluation.action_program p ON p.collectivity_id = c.collectivity_id AND p.id = c.program_id
   WHERE c.collectivity_id = ${t}.collectivity_id AND c.id = ${t}.commitment_id AND c.published AND p.published)`;

const M_AND_E = {
  ar: ['تتبع وتقييم', 'برنامج عمل الانفتاح', 'التزامات', 'الحكومة المنفتحة', 'المساءلة'],
  fr: ['suivi et évaluation', "programme d'action d'ouverture", 'engagements', 'gouvernement ouvert', 'redevabilité'],
  en: ['monitoring and evaluation', 'openness action programme', 'commitments', 'open government', 'accountability'],
};

/** Published action programmes and commitments, with completion and milestone-weighted progress, and their parts. */
export const evaluationOpenData: OpenDataset[] = [
  {
    name: 'action-programs',
    title: { ar: 'برامج عمل الانفتاح', fr: "Programmes d'action d'ouverture", en: 'Openness action programmes' },
    descriptions: {
      ar: 'برامج عمل الانفتاح المنشورة للجماعات الترابية، مع مرحلتها ومصادقة المجلس عليها.',
      fr: "Les programmes d'action d'ouverture publiés des collectivités, avec leur étape et leur adoption par le conseil.",
    },
    keywords: M_AND_E,
    description: 'Published openness action programmes of the collectivities, with their status and council adoption.',
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity whose programme it is' },
      { name: 'title_ar', description: 'Title in Arabic' },
      { name: 'title_fr', description: 'Title in French' },
      { name: 'status', description: 'Where the programme stands in its life cycle' },
      ...dateColumns('adopted_on', 'Council adoption'),
      ...dateColumns('period_start', 'First day of the programme'),
      ...dateColumns('period_end', 'Last day of the programme'),
      { name: 'commitment_count', description: 'Its published commitments' },
      ...instantColumns('updated_at', 'Last change'),
    ],
    sql: `SELECT p.id, p.collectivity_id, p.title_ar, p.title_fr, p.status, p.adopted_on, ${textDatePrecision('p.adopted_on')} AS adopted_on_precision,
                 p.period_start::text AS period_start, ${dayPrecision('p.period_start')} AS period_start_precision,
                 p.period_end::text AS period_end, ${dayPrecision('p.period_end')} AS period_end_precision,
                 (SELECT count(*) FROM evaluation.commitment c WHERE c.collectivity_id = p.collectivity_id AND c.program_id = p.id AND c.published)::int AS commitment_count,
                 to_json(p.updated_at) #>> '{}' AS updated_at, ${secondPrecision('p.updated_at')} AS updated_at_precision
            FROM evaluation.action_program p
           WHERE p.published
           ORDER BY p.collectivity_id, p.period_start NULLS LAST, p.id`,
    summarySql: `SELECT count(*) AS row_count, max(updated_at) AS last_updated, min(period_start)::text AS temporal_start, max(period_end)::text AS temporal_end
                   FROM evaluation.action_program WHERE published`,
  },
  {
    name: 'commitments',
    title: { ar: 'التزامات برامج عمل الانفتاح', fr: "Engagements des programmes d'action d'ouverture", en: 'Commitments of the openness action programmes' },
    descriptions: {
      ar: 'الالتزامات المنشورة لبرامج العمل، مع مستوى إنجازها (سلم آلية التقييم المستقلة لشراكة الحكومة المنفتحة) وتقدمها (الحصة المنجزة من مراحلها الموزونة).',
      fr: "Les engagements publiés des programmes d'action, avec leur niveau d'achèvement (échelle de l'IRM du PGO) et leur avancement (la part réalisée de leurs jalons pondérés).",
    },
    keywords: M_AND_E,
    description: 'Published commitments of the action programmes, with their completion (OGP IRM scale) and progress (the done share of their weighted milestones).',
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity that made the commitment' },
      { name: 'program_id', description: 'Its action programme, if published (empty otherwise)' },
      { name: 'title_ar', description: 'Title in Arabic' },
      { name: 'title_fr', description: 'Title in French' },
      { name: 'principles', description: 'Openness principles it serves, separated by ";"' },
      { name: 'lead_unit', description: 'The unit of the collectivity that leads it' },
      ...dateColumns('starts_on', 'Start'),
      ...dateColumns('ends_on', 'End'),
      { name: 'completion', description: 'NO_EVIDENCE, NOT_STARTED, LIMITED, SUBSTANTIAL or COMPLETE (OGP IRM scale)' },
      { name: 'progress', description: 'Done share of the weighted milestones, 0–100' },
      { name: 'milestone_count', description: 'Its milestones' },
      ...instantColumns('updated_at', 'Last change'),
    ],
    // program_id only when that programme is published too: a published commitment may belong to an unpublished one
    sql: `SELECT c.id, c.collectivity_id,
                 (SELECT p.id FROM evaluation.action_program p WHERE p.collectivity_id = c.collectivity_id AND p.id = c.program_id AND p.published) AS program_id,
                 c.title_ar, c.title_fr, c.principles, c.lead_unit,
                 c.starts_on::text AS starts_on, ${dayPrecision('c.starts_on')} AS starts_on_precision,
                 c.ends_on::text AS ends_on, ${dayPrecision('c.ends_on')} AS ends_on_precision, c.completion,
                 coalesce(m.progress, 0) AS progress, coalesce(m.milestone_count, 0)::int AS milestone_count,
                 to_json(c.updated_at) #>> '{}' AS updated_at, ${secondPrecision('c.updated_at')} AS updated_at_precision
            FROM evaluation.commitment c
            LEFT JOIN LATERAL (
                 SELECT round(100.0 * sum(weight) FILTER (WHERE done_on IS NOT NULL) / nullif(sum(weight), 0))::int AS progress,
                        count(*) AS milestone_count
                   FROM evaluation.milestone
                  WHERE collectivity_id = c.collectivity_id AND commitment_id = c.id) m ON true
           WHERE c.published
           ORDER BY c.collectivity_id, c.program_id, c.created_at, c.id`,
    summarySql: `SELECT count(*) AS row_count, max(updated_at) AS last_updated, min(starts_on)::text AS temporal_start, max(ends_on)::text AS temporal_end
                   FROM evaluation.commitment WHERE published`,
  },
  {
    name: 'milestones',
    title: { ar: 'مراحل الالتزامات', fr: 'Jalons des engagements', en: 'Milestones of the commitments' },
    description: 'The milestones of published commitments of published programmes: what is to be done, when, and when it was done, with its weight in the commitment’s progress.',
    descriptions: {
      ar: 'مراحل الالتزامات المنشورة في البرامج المنشورة: ما يجب إنجازه، ومتى، ومتى أنجز، ووزنه في تقدم الالتزام.',
      fr: "Les jalons des engagements publiés des programmes publiés : ce qui est à faire, quand, et quand cela a été fait, avec leur poids dans l'avancement de l'engagement.",
    },
    keywords: M_AND_E,
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity whose commitment it is' },
      { name: 'commitment_id', description: 'The commitment (as in the commitments dataset)' },
      { name: 'position', description: 'Its order within the commitment, from 0' },
      { name: 'title', description: 'What is to be done' },
      { name: 'deliverable', description: 'What it delivers' },
      ...dateColumns('starts_on', 'Planned start'),
      ...dateColumns('due_on', 'Planned date'),
      ...dateColumns('done_on', 'The day it was done; empty while pending'),
      { name: 'weight', description: "Its weight in the commitment's progress, 1–100" },
      { name: 'evidence', description: 'Evidence that it was done (a link, a document reference, minutes…)' },
    ],
    sql: `SELECT m.id, m.collectivity_id, m.commitment_id, m.position, m.title, m.deliverable,
                 m.starts_on::text AS starts_on, ${dayPrecision('m.starts_on')} AS starts_on_precision,
                 m.due_on::text AS due_on, ${dayPrecision('m.due_on')} AS due_on_precision,
                 m.done_on::text AS done_on, ${dayPrecision('m.done_on')} AS done_on_precision,
                 m.weight, m.evidence
            FROM evaluation.milestone m
           WHERE ${OF_PUBLISHED_PROGRAMME('m')}
           ORDER BY m.collectivity_id, m.commitment_id, m.position, m.id`,
    // a milestone has no time of its own: its commitment's last change stands for it
    summarySql: `SELECT count(*) AS row_count,
                        (SELECT max(c.updated_at) FROM evaluation.commitment c WHERE c.published
                            AND EXISTS (SELECT 1 FROM evaluation.milestone x WHERE x.collectivity_id = c.collectivity_id AND x.commitment_id = c.id)) AS last_updated,
                        least(min(m.starts_on), min(m.due_on))::text AS temporal_start, greatest(max(m.due_on), max(m.done_on))::text AS temporal_end
                   FROM evaluation.milestone m WHERE ${OF_PUBLISHED_PROGRAMME('m')}`,
  },
  {
    name: 'indicators',
    title: { ar: 'مؤشرات الالتزامات', fr: 'Indicateurs des engagements', en: 'Indicators of the commitments' },
    description: 'The indicators of published commitments of published programmes: what is measured, in which unit, from which baseline towards which target.',
    descriptions: {
      ar: 'مؤشرات الالتزامات المنشورة في البرامج المنشورة: ما يقاس، وبأي وحدة، ومن أي قيمة مرجعية نحو أي هدف.',
      fr: 'Les indicateurs des engagements publiés des programmes publiés : ce qui est mesuré, dans quelle unité, depuis quelle valeur de référence vers quelle cible.',
    },
    keywords: { ar: [...M_AND_E.ar, 'مؤشرات'], fr: [...M_AND_E.fr, 'indicateurs'], en: [...M_AND_E.en, 'indicators'] },
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity whose commitment it is' },
      { name: 'commitment_id', description: 'The commitment (as in the commitments dataset)' },
      { name: 'title', description: 'What is measured' },
      { name: 'unit', description: 'Unit of the baseline, target and measurements; empty when unitless' },
      { name: 'baseline', description: 'The value before the commitment' },
      { name: 'target', description: 'The value to reach' },
      { name: 'direction', description: 'INCREASE or DECREASE: whether reaching the target means the value going up or down' },
      { name: 'measurement_count', description: 'Its measurements (in the measurements dataset)' },
    ],
    sql: `SELECT i.id, i.collectivity_id, i.commitment_id, i.title, i.unit, i.baseline::float8 AS baseline, i.target::float8 AS target, i.direction,
                 (SELECT count(*) FROM evaluation.measurement x WHERE x.collectivity_id = i.collectivity_id AND x.indicator_id = i.id)::int AS measurement_count
            FROM evaluation.indicator i
           WHERE ${OF_PUBLISHED_PROGRAMME('i')}
           ORDER BY i.collectivity_id, i.commitment_id, i.id`,
    summarySql: `SELECT count(*) AS row_count,
                        (SELECT max(c.updated_at) FROM evaluation.commitment c WHERE c.published
                            AND EXISTS (SELECT 1 FROM evaluation.indicator x WHERE x.collectivity_id = c.collectivity_id AND x.commitment_id = c.id)) AS last_updated
                   FROM evaluation.indicator i WHERE ${OF_PUBLISHED_PROGRAMME('i')}`,
  },
  {
    name: 'measurements',
    title: { ar: 'قياسات المؤشرات', fr: 'Mesures des indicateurs', en: 'Measurements of the indicators' },
    description: 'The dated values of the indicators of published commitments of published programmes, at most one per indicator and day.',
    descriptions: {
      ar: 'القيم المؤرخة لمؤشرات الالتزامات المنشورة في البرامج المنشورة، قيمة واحدة على الأكثر لكل مؤشر في اليوم.',
      fr: 'Les valeurs datées des indicateurs des engagements publiés des programmes publiés, au plus une par indicateur et par jour.',
    },
    keywords: { ar: [...M_AND_E.ar, 'مؤشرات', 'قياسات'], fr: [...M_AND_E.fr, 'indicateurs', 'mesures'], en: [...M_AND_E.en, 'indicators', 'measurements'] },
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity whose commitment it is' },
      { name: 'indicator_id', description: 'The indicator (as in the indicators dataset)' },
      { name: 'commitment_id', description: "The indicator's commitment (as in the commitments dataset)" },
      ...dateColumns('measured_on', 'The day measured'),
      { name: 'value', description: "The measured value, in the indicator's unit" },
      { name: 'note', description: 'A remark on the value or its source' },
    ],
    sql: `SELECT x.id, x.collectivity_id, x.indicator_id, i.commitment_id,
                 x.measured_on::text AS measured_on, ${dayPrecision('x.measured_on')} AS measured_on_precision, x.value::float8 AS value, x.note
            FROM evaluation.measurement x
            JOIN evaluation.indicator i ON i.collectivity_id = x.collectivity_id AND i.id = x.indicator_id
           WHERE ${OF_PUBLISHED_PROGRAMME('i')}
           ORDER BY x.collectivity_id, x.indicator_id, x.measured_on, x.id`,
    summarySql: `SELECT count(*) AS row_count,
                        (SELECT max(c.updated_at) FROM evaluation.commitment c WHERE c.published
                            AND EXISTS (SELECT 1 FROM evaluation.indicator y WHERE y.collectivity_id = c.collectivity_id AND y.commitment_id = c.id)) AS last_updated,
                        min(x.measured_on)::text AS temporal_start, max(x.measured_on)::text AS temporal_end
                   FROM evaluation.measurement x
                   JOIN evaluation.indicator i ON i.collectivity_id = x.collectivity_id AND i.id = x.indicator_id
                  WHERE ${OF_PUBLISHED_PROGRAMME('i')}`,
  },
  {
    name: 'reviews',
    title: { ar: 'مراجعات الشبكة المنشورة', fr: 'Revues publiées du réseau', en: "The network's published reviews" },
    description:
      "The network's published reviews of published commitments of published programmes: the completion it verified and its ratings on the OGP IRM scales, with its comment. No reviewer's name.",
    descriptions: {
      ar: 'مراجعات الشبكة المنشورة للالتزامات المنشورة في البرامج المنشورة: مستوى الإنجاز الذي تحققت منه وتقديراتها وفق سلالم آلية التقييم المستقلة لشراكة الحكومة المنفتحة، مع تعليقها. بلا اسم المراجع.',
      fr: "Les revues publiées du réseau sur les engagements publiés des programmes publiés : l'achèvement qu'il a vérifié et ses appréciations selon les échelles de l'IRM du PGO, avec son commentaire. Sans le nom de l'évaluateur.",
    },
    keywords: { ar: [...M_AND_E.ar, 'مراجعة'], fr: [...M_AND_E.fr, 'revue'], en: [...M_AND_E.en, 'review'] },
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity whose commitment was reviewed' },
      { name: 'commitment_id', description: 'The commitment reviewed (as in the commitments dataset)' },
      { name: 'verified_completion', description: 'Completion as verified by the network: NO_EVIDENCE, NOT_STARTED, LIMITED, SUBSTANTIAL or COMPLETE (OGP IRM scale)' },
      { name: 'did_it_open_government', description: 'WORSENED, DID_NOT_CHANGE, MARGINAL, MAJOR or OUTSTANDING; empty when not assessed' },
      { name: 'potential_for_results', description: 'UNCLEAR, MODEST or SUBSTANTIAL; empty when not assessed' },
      { name: 'comment', description: "The network's comment" },
      ...instantColumns('written_at', 'When the review was written'),
      ...instantColumns('updated_at', 'Last change'),
    ],
    // the reviewer is a person of the network's staff: no column names them
    sql: `SELECT r.id, r.collectivity_id, r.commitment_id, r.verified_completion, r.did_it_open_government, r.potential_for_results, r.comment,
                 to_json(r.created_at) #>> '{}' AS written_at, ${secondPrecision('r.created_at')} AS written_at_precision,
                 to_json(r.updated_at) #>> '{}' AS updated_at, ${secondPrecision('r.updated_at')} AS updated_at_precision
            FROM evaluation.review r
           WHERE r.published AND ${OF_PUBLISHED_PROGRAMME('r')}
           ORDER BY r.collectivity_id, r.commitment_id, r.created_at, r.id`,
    summarySql: `SELECT count(*) AS row_count, max(r.updated_at) AS last_updated, min(r.created_at) AS temporal_start, max(r.created_at) AS temporal_end
                   FROM evaluation.review r WHERE r.published AND ${OF_PUBLISHED_PROGRAMME('r')}`,
  },
];
