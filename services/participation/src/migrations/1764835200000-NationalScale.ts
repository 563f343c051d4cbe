import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const ROLE = "(SELECT current_setting('app.role', true))";
/** The read rule of a tenant row: the network, its own collectivity, else the table's own rule (the cheap tests first). */
const readRule = (read: string) => `(${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR ${read})`;

/** A child row is visible exactly when its event is: the event's own policy decides, inside the subquery. */
const visibleEvent = (table: string) =>
  `EXISTS (SELECT 1 FROM participation.event e WHERE e.collectivity_id = ${table}.collectivity_id AND e.id = ${table}.event_id)`;

/** The read rule of each child table of an event (the cheap test first where there are two). */
const CHILD_READS: Array<[table: string, read: string]> = [
  ['event_participant', `participant_id = ${OWN_COLLECTIVITY} OR ${visibleEvent('event_participant')}`],
  ['agenda_item', visibleEvent('agenda_item')],
  ['attendance', visibleEvent('attendance')],
  ['event_organisation', visibleEvent('event_organisation')],
  ['participant_attendance', visibleEvent('participant_attendance')],
  ['training_material', visibleEvent('training_material')],
];

/**
 * Measured on the national dataset (`npm run bench`, 90,000 proposals, 15,000 events):
 * - a proposal search folded the title and body of every proposal at each request (4.5 s): the folded text is now a
 *   stored generated column, `search_text`, like `territory.collectivity.search_text`;
 * - the public lists, newest proposals and events in time order, sorted every visible row for each page: indexes in
 *   the lists' order let a page read only the rows before it;
 * - the read policy of an event's child rows looked the event up for every row before testing whether the caller is
 *   the network or the row's own collectivity (259 ms for the network's attendance figure): the cheap tests first;
 * - the figures (network-wide, or per collectivity) read every proposal and event row, wide ones: indexes led by
 *   `collectivity_id` holding every column the counts need let them be read from the index alone (88 → 26 ms for
 *   the network's proposals by principle and status).
 */
export class NationalScale1764835200000 implements MigrationInterface {
  name = 'NationalScale1764835200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE participation.proposal
         ADD COLUMN search_text text GENERATED ALWAYS AS (participation.search_normalize(title || ' ' || body)) STORED`,
      'CREATE INDEX proposal_newest_idx ON participation.proposal (created_at DESC, id)',
      'CREATE INDEX event_chronology_idx ON participation.event (starts_at, id)',
      'CREATE INDEX proposal_figures_idx ON participation.proposal (collectivity_id, published, principle, status)',
      'CREATE INDEX event_figures_idx ON participation.event (collectivity_id, published)',
      ...CHILD_READS.map(([table, read]) => `ALTER POLICY ${table}_read ON participation.${table} USING ${readRule(`(${read})`)}`),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      ...CHILD_READS.map(
        ([table, read]) =>
          `ALTER POLICY ${table}_read ON participation.${table} USING ((${read}) OR ${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY})`,
      ),
      'DROP INDEX participation.event_figures_idx',
      'DROP INDEX participation.proposal_figures_idx',
      'DROP INDEX participation.event_chronology_idx',
      'DROP INDEX participation.proposal_newest_idx',
      'ALTER TABLE participation.proposal DROP COLUMN search_text',
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
