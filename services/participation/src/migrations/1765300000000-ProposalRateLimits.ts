import { rateLimitTableStatements } from '@infitah/server-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of citizen proposals per client address (`submitProposal`'s limits), shared by every process of the
 * service, in the same layout as territory's sign-in throttle (rate-limiter-flexible's PostgreSQL store). Keys are
 * HMACs. Not tenant data: only the participation service reads or writes it.
 */
export class ProposalRateLimits1765300000000 implements MigrationInterface {
  name = 'ProposalRateLimits1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of rateLimitTableStatements({ schemaName: 'participation', tableName: 'proposal_rate_limit' }, 'infitah_participation')) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participation.proposal_rate_limit');
  }
}
