import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.

/** The tables the network figures count (events, proposals, attendance, training participants and their numbers). */
export const FIGURE_TABLES = [
  'participation.event',
  'participation.proposal',
  'participation.attendance',
  'participation.event_participant',
  'participation.participant_attendance',
];

/**
 * National scale: the network's figures are kept in memory per caller class and reused while no collectivity's rows
 * have changed (server-kit's FiguresCache); each write raises its collectivity's version in the same transaction.
 */
export class FiguresVersions1765008100000 implements MigrationInterface {
  name = 'FiguresVersions1765008100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE participation.figures_version (collectivity_id uuid PRIMARY KEY, version bigint NOT NULL)`,
      `COMMENT ON TABLE participation.figures_version IS 'Raised by every write of a collectivity''s rows that figures count; FiguresCache compares their sum'`,
      `REVOKE ALL ON participation.figures_version FROM PUBLIC, infitah_participation`,
      `ALTER TABLE participation.figures_version ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE participation.figures_version FORCE ROW LEVEL SECURITY`,
      `CREATE FUNCTION participation.raise_figures_version() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = participation, pg_temp
       AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           INSERT INTO participation.figures_version AS v (collectivity_id, version)
           SELECT DISTINCT collectivity_id, 1 FROM new_rows WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         ELSIF TG_OP = 'UPDATE' THEN
           INSERT INTO participation.figures_version AS v (collectivity_id, version)
           SELECT collectivity_id, 1 FROM (SELECT collectivity_id FROM new_rows UNION SELECT collectivity_id FROM old_rows) AS changed
            WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         ELSE
           INSERT INTO participation.figures_version AS v (collectivity_id, version)
           SELECT DISTINCT collectivity_id, 1 FROM old_rows WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         END IF;
         RETURN NULL;
       END $$`,
      `REVOKE ALL ON FUNCTION participation.raise_figures_version() FROM PUBLIC`,
      `CREATE FUNCTION participation.figures_stamp() RETURNS bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = participation, pg_temp
       AS $$ SELECT coalesce(sum(version), 0)::bigint FROM participation.figures_version $$`,
      `REVOKE ALL ON FUNCTION participation.figures_stamp() FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION participation.figures_stamp() TO infitah_participation`,
      `CREATE TRIGGER event_figures_insert AFTER INSERT ON participation.event REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER event_figures_update AFTER UPDATE ON participation.event REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER event_figures_delete AFTER DELETE ON participation.event REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER proposal_figures_insert AFTER INSERT ON participation.proposal REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER proposal_figures_update AFTER UPDATE ON participation.proposal REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER proposal_figures_delete AFTER DELETE ON participation.proposal REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER attendance_figures_insert AFTER INSERT ON participation.attendance REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER attendance_figures_update AFTER UPDATE ON participation.attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER attendance_figures_delete AFTER DELETE ON participation.attendance REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER event_participant_figures_insert AFTER INSERT ON participation.event_participant REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER event_participant_figures_update AFTER UPDATE ON participation.event_participant REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER event_participant_figures_delete AFTER DELETE ON participation.event_participant REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER participant_attendance_figures_insert AFTER INSERT ON participation.participant_attendance REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER participant_attendance_figures_update AFTER UPDATE ON participation.participant_attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
      `CREATE TRIGGER participant_attendance_figures_delete AFTER DELETE ON participation.participant_attendance REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participation.raise_figures_version()`,
    ]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP TRIGGER event_figures_insert ON participation.event`,
      `DROP TRIGGER event_figures_update ON participation.event`,
      `DROP TRIGGER event_figures_delete ON participation.event`,
      `DROP TRIGGER proposal_figures_insert ON participation.proposal`,
      `DROP TRIGGER proposal_figures_update ON participation.proposal`,
      `DROP TRIGGER proposal_figures_delete ON participation.proposal`,
      `DROP TRIGGER attendance_figures_insert ON participation.attendance`,
      `DROP TRIGGER attendance_figures_update ON participation.attendance`,
      `DROP TRIGGER attendance_figures_delete ON participation.attendance`,
      `DROP TRIGGER event_participant_figures_insert ON participation.event_participant`,
      `DROP TRIGGER event_participant_figures_update ON participation.event_participant`,
      `DROP TRIGGER event_participant_figures_delete ON participation.event_participant`,
      `DROP TRIGGER participant_attendance_figures_insert ON participation.participant_attendance`,
      `DROP TRIGGER participant_attendance_figures_update ON participation.participant_attendance`,
      `DROP TRIGGER participant_attendance_figures_delete ON participation.participant_attendance`,
      `DROP FUNCTION participation.figures_stamp()`,
      `DROP FUNCTION participation.raise_figures_version()`,
      `DROP TABLE participation.figures_version`,
    ]) await queryRunner.query(statement);
  }
}
