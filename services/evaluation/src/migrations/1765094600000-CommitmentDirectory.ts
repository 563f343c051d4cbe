import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRIGGERS: Array<[name: string, event: string, transition: string]> = [
  ['commitment_directory_insert', 'INSERT', 'NEW TABLE AS new_rows'],
  ['commitment_directory_update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['commitment_directory_delete', 'DELETE', 'OLD TABLE AS old_rows'],
];

/**
 * Evaluation publishes each commitment's id, collectivity and publication in the shared directory
 * (`directory.commitment`, see packages/database/src/directory.ts), which participation reads to link a
 * retained proposal only to a commitment of its own collectivity and to show that link only to callers who
 * may see the commitment. Statement triggers keep it in the same transaction as every write; the entries of
 * the commitments already there are written now.
 */
export class CommitmentDirectory1765094600000 implements MigrationInterface {
  name = 'CommitmentDirectory1765094600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, event, transition] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER ${name} AFTER ${event} ON evaluation.commitment REFERENCING ${transition}
           FOR EACH STATEMENT EXECUTE FUNCTION directory.commitments_changed()`,
      );
    }
    await queryRunner.query(
      `INSERT INTO directory.commitment AS d (collectivity_id, id, published)
       SELECT collectivity_id, id, published FROM evaluation.commitment ORDER BY collectivity_id, id
       ON CONFLICT (collectivity_id, id) DO UPDATE SET published = EXCLUDED.published`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${name} ON evaluation.commitment`);
    await queryRunner.query('DELETE FROM directory.commitment');
  }
}
