import { NETWORK_TENANT_ID, type OpenDataset } from '@infitah/server-kit';

/** Published events and proposals; attendance as totals, never names; no submitter's contact. */
export const participationOpenData: OpenDataset[] = [
  {
    name: 'events',
    description: 'Published events: those of each collectivity and those the network organised, with attendance as a total count.',
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'collectivity_id', description: 'The organising collectivity; empty for a network-organised event' },
      { name: 'organizer', description: 'COLLECTIVITY or NETWORK' },
      { name: 'kind', description: 'TRAINING, INFORMATION_MEETING, COMMITTEE_MEETING, CO_CREATION_WORKSHOP, PUBLIC_CONSULTATION, COUNCIL_SESSION or NETWORK_MEETING' },
      { name: 'title_ar', description: 'Title in Arabic' },
      { name: 'title_fr', description: 'Title in French' },
      { name: 'starts_at', description: 'Start, ISO-8601 instant with offset' },
      { name: 'starts_at_precision', description: 'How much of starts_at is known: MINUTE, DAY or MONTH' },
      { name: 'ends_at', description: 'End, ISO-8601 instant with offset' },
      { name: 'venue', description: 'Where it takes place' },
      { name: 'status', description: 'PLANNED, HELD or CANCELLED' },
      { name: 'attendance_total', description: 'People who attended, all categories and genders (a count)' },
      { name: 'updated_at', description: 'Last change (ISO-8601 instant)' },
    ],
    sql: `SELECT e.id, nullif(e.collectivity_id, '${NETWORK_TENANT_ID}'::uuid) AS collectivity_id, e.organizer, e.kind,
                 e.title_ar, e.title_fr, to_json(e.starts_at) #>> '{}' AS starts_at, e.starts_at_precision,
                 to_json(e.ends_at) #>> '{}' AS ends_at, e.venue, e.status,
                 (SELECT coalesce(sum(a.count), 0) FROM participation.attendance a WHERE a.event_id = e.id AND a.collectivity_id = e.collectivity_id) AS attendance_total,
                 to_json(e.updated_at) #>> '{}' AS updated_at
            FROM participation.event e
           WHERE e.published
           ORDER BY e.starts_at, e.id`,
    summarySql: 'SELECT count(*) AS row_count, max(updated_at) AS last_updated FROM participation.event WHERE published',
  },
  {
    name: 'proposals',
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
      { name: 'answered_at', description: 'When it was answered (ISO-8601 instant)' },
      { name: 'commitment_id', description: 'The commitment a retained proposal became, once published (empty otherwise)' },
      { name: 'merged_into_id', description: 'The proposal a merged one joined, if published' },
      { name: 'submitted_at', description: 'When it was recorded (ISO-8601 instant)' },
      { name: 'updated_at', description: 'Last change (ISO-8601 instant)' },
    ],
    // a link column names only a published record (itself in the open data): never the id of an unpublished one
    sql: `SELECT p.id, p.collectivity_id, p.title, p.body, p.principle, p.source,
                 (SELECT e.id FROM participation.event e WHERE e.id = p.event_id AND e.published) AS event_id,
                 p.submitter_category, p.supports_count, p.status, p.answer, to_json(p.answered_at) #>> '{}' AS answered_at,
                 (SELECT d.id FROM directory.commitment d
                   WHERE d.collectivity_id = p.collectivity_id AND d.id = p.commitment_id AND d.published) AS commitment_id,
                 (SELECT m.id FROM participation.proposal m
                   WHERE m.collectivity_id = p.collectivity_id AND m.id = p.merged_into_id AND m.published AND m.consent_to_publish) AS merged_into_id,
                 to_json(p.created_at) #>> '{}' AS submitted_at, to_json(p.updated_at) #>> '{}' AS updated_at
            FROM participation.proposal p
           WHERE p.published AND p.consent_to_publish
           ORDER BY p.collectivity_id, p.created_at, p.id`,
    summarySql: 'SELECT count(*) AS row_count, max(updated_at) AS last_updated FROM participation.proposal WHERE published AND consent_to_publish',
  },
];
