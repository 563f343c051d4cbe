import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A TRUNCATE of `evaluation.commitment` (by hand, or cascaded from a programme's) fires none of the row triggers
 * that keep the directory (see 1765094600000-CommitmentDirectory): without this one, its entries would outlive the
 * commitments, and participation would still accept links to them. The directory is emptied in the same transaction.
 */
export class CommitmentDirectoryTruncate1765181000000 implements MigrationInterface {
  name = 'CommitmentDirectoryTruncate1765181000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER commitment_directory_truncate AFTER TRUNCATE ON evaluation.commitment
         FOR EACH STATEMENT EXECUTE FUNCTION directory.commitments_truncated()`,
    );
    // entries left behind by a truncate before this trigger existed
    await queryRunner.query('DELETE FROM directory.commitment d WHERE NOT EXISTS (SELECT 1 FROM evaluation.commitment c WHERE c.collectivity_id = d.collectivity_id AND c.id = d.id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER commitment_directory_truncate ON evaluation.commitment');
  }
}
