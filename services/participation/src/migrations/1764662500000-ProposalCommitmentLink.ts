import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A retained proposal names the commitment it became. The link lives here, with the proposal's
 * collectivity, and resolves only to a commitment of that collectivity.
 */
export class ProposalCommitmentLink1764662500000 implements MigrationInterface {
  name = 'ProposalCommitmentLink1764662500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE participation.proposal
      ADD COLUMN commitment_id uuid,
      ADD CONSTRAINT proposal_commitment_when_retained CHECK (commitment_id IS NULL OR status = 'RETAINED')`);
    await queryRunner.query('CREATE INDEX proposal_commitment_idx ON participation.proposal (collectivity_id, commitment_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX participation.proposal_commitment_idx');
    await queryRunner.query('ALTER TABLE participation.proposal DROP CONSTRAINT proposal_commitment_when_retained, DROP COLUMN commitment_id');
  }
}
