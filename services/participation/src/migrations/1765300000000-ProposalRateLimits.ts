import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of citizen proposals per client address (`submitProposal`'s limits), shared by every process of the
 * service, in the same layout as territory's sign-in throttle (rate-limiter-flexible's PostgreSQL store). Keys are
 * HMACs. Not tenant data: only the participation service reads or writes it.
 */
export class ProposalRateLimits1765300000000 implements MigrationInterface {
  name = 'ProposalRateLimits1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // the SQL is frozen here: the layout of rate-limiter-flexible's PostgreSQL store as it was when written
    const statements = [
      `CREATE TABLE participation.proposal_rate_limit (
         key varchar(255) PRIMARY KEY,
         points integer NOT NULL DEFAULT 0,
         expire bigint
       )`,
      `CREATE INDEX proposal_rate_limit_expire_idx ON participation.proposal_rate_limit (expire)`,
      `ALTER TABLE participation.proposal_rate_limit ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.proposal_rate_limit FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY proposal_rate_limit_service ON participation.proposal_rate_limit TO infitah_participation USING (true) WITH CHECK (true)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participation.proposal_rate_limit');
  }
}
