import { rateLimitTableStatements } from '@infitah/server-kit';
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
    for (const statement of rateLimitTableStatements({ schemaName: 'territory', tableName: 'login_throttle' }, 'infitah_territory')) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE territory.login_throttle');
  }
}
