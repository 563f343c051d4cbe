import { instantColumns, NETWORK_TENANT_ID, secondPrecision, type OpenDataset } from '@infitah/server-kit';

const NETWORK = `'${NETWORK_TENANT_ID}'::uuid`;

/** Published events and proposals; attendance as counts by category and gender, never names; no submitter's contact. */
export const participationOpenData: OpenDataset[] = [
  {
    name: 'events',
    title: { ar: 'الأنشطة المنشورة', fr: 'Événements publiés', en: 'Published events' },
    descriptions: {
      ar: 'الأنشطة المنشورة لكل جماعة وتلك التي نظمتها الشبكة، مع العدد الإجمالي للحاضرين.',
      fr: 'Les événements publiés de chaque collectivité et ceux organisés par le réseau, avec le nombre total de participants.',
    },
    keywords: {
      ar: ['أنشطة', 'الإعداد المشترك', 'استشارة عمومية', 'دورة المجلس', 'تكوين'],
      fr: ['événements', 'co-construction', 'consultation publique', 'session du conseil', 'formation'],
      en: ['events', 'co-creation', 'public consultation', 'council session', 'training'],
    },
    description: 'Published events: those of each collectivity and those the network organised, with attendance as a total count.',
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The organising collectivity; empty for a network-organised event' },
      { name: 'organizer', description: 'COLLECTIVITY or NETWORK' },
      { name: 'kind', description: 'TRAINING, INFORMATION_MEETING, COMMITTEE_MEETING, CO_CREATION_WORKSHOP, PUBLIC_CONSULTATION, COUNCIL_SESSION or NETWORK_MEETING' },
      { name: 'title_ar', description: 'Title in Arabic' },
      { name: 'title_fr', description: 'Title in French' },
      ...instantColumns('starts_at', 'Start (MINUTE, DAY or MONTH precision)'),
      ...instantColumns('ends_at', 'End, when known (at the precision of the start)'),
      { name: 'venue', description: 'Where it takes place' },
      { name: 'status', description: 'PLANNED, HELD or CANCELLED' },
      { name: 'attendance_total', description: 'People who attended, all categories and genders (a count)' },
      ...instantColumns('updated_at', 'Last change'),
    ],
    sql: `SELECT e.id, nullif(e.collectivity_id, ${NETWORK}) AS collectivity_id, e.organizer, e.kind,
                 e.title_ar, e.title_fr, to_json(e.starts_at) #>> '{}' AS starts_at, e.starts_at_precision,
                 to_json(e.ends_at) #>> '{}' AS ends_at, CASE WHEN e.ends_at IS NOT NULL THEN e.starts_at_precision END AS ends_at_precision,
                 e.venue, e.status,
                 (SELECT coalesce(sum(a.count), 0) FROM participation.attendance a WHERE a.event_id = e.id AND a.collectivity_id = e.collectivity_id) AS attendance_total,
                 to_json(e.updated_at) #>> '{}' AS updated_at, ${secondPrecision('e.updated_at')} AS updated_at_precision
            FROM participation.event e
           WHERE e.published
           ORDER BY e.starts_at, e.id`,
    summarySql: `SELECT count(*) AS row_count, max(updated_at) AS last_updated, min(starts_at) AS temporal_start, max(coalesce(ends_at, starts_at)) AS temporal_end
                   FROM participation.event WHERE published`,
  },
  {
    name: 'attendance',
    title: { ar: 'الحضور حسب الفئة والنوع', fr: 'Participation par catégorie et par genre', en: 'Attendance by category and gender' },
    description:
      'How many people attended each published event, by stakeholder category and gender (the counts the equity, equal opportunity and gender body follows). Counts only, never names.',
    descriptions: {
      ar: 'عدد الحاضرين في كل نشاط منشور حسب فئة الفاعلين والنوع (الأرقام التي تتابعها هيئة المساواة وتكافؤ الفرص ومقاربة النوع). أعداد فقط، بلا أسماء.',
      fr: 'Le nombre de participants à chaque événement publié, par catégorie d’acteurs et par genre (les chiffres que suit l’instance de l’équité, de l’égalité des chances et de l’approche genre). Des nombres, jamais de noms.',
    },
    keywords: {
      ar: ['حضور', 'النوع الاجتماعي', 'مقاربة النوع', 'المجتمع المدني', 'مشاركة مواطنة'],
      fr: ['participation', 'genre', 'approche genre', 'société civile', 'participation citoyenne'],
      en: ['attendance', 'gender', 'gender approach', 'civil society', 'citizen participation'],
    },
    columns: [
      { name: 'event_id', description: 'The published event (as in the events dataset)' },
      { name: 'collectivity_id', description: 'The organising collectivity; empty for a network-organised event' },
      { name: 'event_kind', description: 'The kind of event, as in the events dataset' },
      { name: 'category', description: 'COUNCIL_MEMBER, IEPEG_MEMBER, CIVIL_SOCIETY, SCHOOL_DIRECTOR, STUDENT_RESEARCHER, STAFF, CITIZEN or TRAINER_NETWORK' },
      { name: 'gender', description: 'FEMALE, MALE or UNSPECIFIED' },
      { name: 'count', description: 'People of that category and gender who attended; empty when the category was present but not counted' },
    ],
    sql: `SELECT a.event_id, nullif(a.collectivity_id, ${NETWORK}) AS collectivity_id, e.kind AS event_kind, a.category, a.gender, a.count
            FROM participation.attendance a
            JOIN participation.event e ON e.collectivity_id = a.collectivity_id AND e.id = a.event_id
           WHERE e.published
           ORDER BY e.starts_at, a.event_id, a.category, a.gender`,
    summarySql: `SELECT count(*) AS row_count, max(e.updated_at) AS last_updated, min(e.starts_at) AS temporal_start, max(coalesce(e.ends_at, e.starts_at)) AS temporal_end
                   FROM participation.attendance a
                   JOIN participation.event e ON e.collectivity_id = a.collectivity_id AND e.id = a.event_id
                  WHERE e.published`,
  },
  {
    name: 'proposals',
    title: { ar: 'مقترحات المواطنين والمجتمع المدني وأجوبتها', fr: 'Propositions des citoyens et de la société civile, et leurs réponses', en: 'Proposals of citizens and civil society, with their answers' },
    descriptions: {
      ar: 'المقترحات المنشورة للمواطنين والمجتمع المدني، مع جواب الجماعة والالتزام الذي صار إليه المقترح المقبول. بلا اسم ولا وسيلة اتصال لصاحب المقترح.',
      fr: 'Les propositions publiées des citoyens et de la société civile, avec la réponse de la collectivité et l’engagement qu’est devenue une proposition retenue. Sans nom ni coordonnées de leurs auteurs.',
    },
    keywords: {
      ar: ['مقترحات', 'مشاركة مواطنة', 'استشارة عمومية', 'المجتمع المدني', 'الإعداد المشترك'],
      fr: ['propositions', 'participation citoyenne', 'consultation publique', 'société civile', 'co-construction'],
      en: ['proposals', 'citizen participation', 'public consultation', 'civil society', 'co-creation'],
    },
    description: "Published proposals of citizens and civil society, with the collectivity's answer and the commitment a retained one became. No submitter's name or contact.",
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The collectivity the proposal was made to' },
      { name: 'title', description: 'The proposal, in the words it was submitted in' },
      { name: 'body', description: 'Its detail' },
      { name: 'principle', description: 'The openness principle it serves' },
      { name: 'source', description: 'EVENT, CONSULTATION or ONLINE' },
      { name: 'event_id', description: 'The event it came from, if any and published' },
      { name: 'submitter_category', description: 'Category of who submitted it (a category, never a person)' },
      { name: 'supports_count', description: 'How many people supported it' },
      { name: 'status', description: 'SUBMITTED, UNDER_REVIEW, RETAINED, MERGED or REJECTED' },
      { name: 'answer', description: "The collectivity's answer" },
      ...instantColumns('answered_at', 'When it was answered'),
      { name: 'commitment_id', description: 'The commitment a retained proposal became, once published (empty otherwise)' },
      { name: 'merged_into_id', description: 'The proposal a merged one joined, if published' },
      ...instantColumns('submitted_at', 'When it was recorded'),
      ...instantColumns('updated_at', 'Last change'),
    ],
    // a link column names only a published record (itself in the open data): never the id of an unpublished one
    sql: `SELECT p.id, p.collectivity_id, p.title, p.body, p.principle, p.source,
                 (SELECT e.id FROM participation.event e WHERE e.id = p.event_id AND e.published) AS event_id,
                 p.submitter_category, p.supports_count, p.status, p.answer,
                 to_json(p.answered_at) #>> '{}' AS answered_at, ${secondPrecision('p.answered_at')} AS answered_at_precision,
                 (SELECT d.id FROM directory.commitment d
                   WHERE d.collectivity_id = p.collectivity_id AND d.id = p.commitment_id AND d.published) AS commitment_id,
                 (SELECT m.id FROM participation.proposal m
                   WHERE m.collectivity_id = p.collectivity_id AND m.id = p.merged_into_id AND m.published AND m.consent_to_publish) AS merged_into_id,
                 to_json(p.created_at) #>> '{}' AS submitted_at, ${secondPrecision('p.created_at')} AS submitted_at_precision,
                 to_json(p.updated_at) #>> '{}' AS updated_at, ${secondPrecision('p.updated_at')} AS updated_at_precision
            FROM participation.proposal p
           WHERE p.published AND p.consent_to_publish
           ORDER BY p.collectivity_id, p.created_at, p.id`,
    summarySql: `SELECT count(*) AS row_count, max(updated_at) AS last_updated, min(created_at) AS temporal_start, max(created_at) AS temporal_end
                   FROM participation.proposal WHERE published AND consent_to_publish`,
  },
];
