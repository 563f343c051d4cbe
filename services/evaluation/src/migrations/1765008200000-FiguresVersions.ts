import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.

/** The tables the network figures count. */
export const FIGURE_TABLES = ['evaluation.action_program', 'evaluation.commitment'];

/**
 * National scale: the network's programme and commitment figures are kept in memory per caller class and reused while
 * no collectivity's rows have changed (server-kit's FiguresCache); each write raises its collectivity's version in the
 * same transaction.
 */
export class FiguresVersions1765008200000 implements MigrationInterface {
  name = 'FiguresVersions1765008200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE evaluation.figures_version (collectivity_id uuid PRIMARY KEY, version bigint NOT NULL)`,
      `COMMENT ON TABLE evaluation.figures_version IS 'Raised by every write of a collectivity''s rows that figures count; FiguresCache compares their sum'`,
      `REVOKE ALL ON evaluation.figures_version FROM PUBLIC, infitah_evaluation`,
      `ALTER TABLE evaluation.figures_version ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.figures_version FORCE ROW LEVEL SECURITY`,
      `CREATE FUNCTION evaluation.raise_figures_version() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = evaluation, pg_temp
       AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           INSERT INTO evaluation.figures_version AS v (collectivity_id, version)
           SELECT DISTINCT collectivity_id, 1 FROM new_rows WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         ELSIF TG_OP = 'UPDATE' THEN
           INSERT INTO evaluation.figures_version AS v (collectivity_id, version)
           SELECT collectivity_id, 1 FROM (SELECT collectivity_id FROM new_rows UNION SELECT collectivity_id FROM old_rows) AS changed
            WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         ELSE
           INSERT INTO evaluation.figures_version AS v (collectivity_id, version)
           SELECT DISTINCT collectivity_id, 1 FROM old_rows WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         END IF;
         RETURN NULL;
       END $$`,
      `REVOKE ALL ON FUNCTION evaluation.raise_figures_version() FROM PUBLIC`,
      `CREATE FUNCTION evaluation.figures_stamp() RETURNS bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = evaluation, pg_temp
       AS $$ SELECT coalesce(sum(version), 0)::bigint FROM evaluation.figures_version $$`,
      `REVOKE ALL ON FUNCTION evaluation.figures_stamp() FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION evaluation.figures_stamp() TO infitah_evaluation`,
      `CREATE TRIGGER action_program_figures_insert AFTER INSERT ON evaluation.action_program REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation.raise_figures_version()`,
      `CREATE TRIGGER action_program_figures_update AFTER UPDATE ON evaluation.action_program REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation.raise_figures_version()`,
      `CREATE TRIGGER action_program_figures_delete AFTER DELETE ON evaluation.action_program REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation.raise_figures_version()`,
      `CREATE TRIGGER commitment_figures_insert AFTER INSERT ON evaluation.commitment REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation.raise_figures_version()`,
      `CREATE TRIGGER commitment_figures_update AFTER UPDATE ON evaluation.commitment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation.raise_figures_version()`,
      `CREATE TRIGGER commitment_figures_delete AFTER DELETE ON evaluation.commitment REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION evaluation.raise_figures_version()`,
    ]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP TRIGGER action_program_figures_insert ON evaluation.action_program`,
      `DROP TRIGGER action_program_figures_update ON evaluation.action_program`,
      `DROP TRIGGER action_program_figures_delete ON evaluation.action_program`,
      `DROP TRIGGER commitment_figures_insert ON evaluation.commitment`,
      `DROP TRIGGER commitment_figures_update ON evaluation.commitment`,
      `DROP TRIGGER commitment_figures_delete ON evaluation.commitment`,
      `DROP FUNCTION evaluation.figures_stamp()`,
      `DROP FUNCTION evaluation.raise_figures_version()`,
      `DROP TABLE evaluation.figures_version`,
    ]) await queryRunner.query(statement);
  }
}
