import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of failed sign-ins per (account, client address) pair and per address, shared by every process of
 * the service (rate-limiter-flexible's PostgreSQL store: its own table layout, created here rather than at
 * run time, since the service role creates nothing). Keys are HMACs; `expire` is in milliseconds since the
 * epoch. Not tenant data: only the territory service reads or writes it, and no one else may.
 */
export class LoginThrottle1765200000000 implements MigrationInterface {
  name = 'LoginThrottle1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // the SQL is frozen here: the layout of rate-limiter-flexible's PostgreSQL store as it was when written
    const statements = [
      `CREATE TABLE territory.login_throttle (
         key varchar(255) PRIMARY KEY,
         points integer NOT NULL DEFAULT 0,
         expire bigint
       )`,
      `CREATE INDEX login_throttle_expire_idx ON territory.login_throttle (expire)`,
      `ALTER TABLE territory.login_throttle ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE territory.login_throttle FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY login_throttle_service ON territory.login_throttle TO infitah_territory USING (true) WITH CHECK (true)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE territory.login_throttle');
  }
}
