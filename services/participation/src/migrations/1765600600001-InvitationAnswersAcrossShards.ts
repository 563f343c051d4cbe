import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's answer (its tenant) named the network's event (the network's tenant) by a foreign key across tenants,
 * which a Citus cluster distributed by collectivity_id cannot keep (docs/operations.md, sharding readiness). The key
 * goes; what it did on a deletion stays: deleting the event deletes its answers, by a trigger that runs as the owner
 * (the network cannot see the members' answers under row-level security). The answer mutation checks that the event
 * exists and invited the member before it writes.
 */
export class InvitationAnswersAcrossShards1765600600001 implements MigrationInterface {
  name = 'InvitationAnswersAcrossShards1765600600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'ALTER TABLE participation.invitation_answer DROP CONSTRAINT invitation_answer_event_collectivity_id_event_id_fkey',
      `CREATE FUNCTION participation.forget_invitation_answers() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = participation, pg_temp
       AS $$
       BEGIN
         DELETE FROM participation.invitation_answer WHERE event_collectivity_id = OLD.collectivity_id AND event_id = OLD.id;
         RETURN OLD;
       END $$`,
      'REVOKE ALL ON FUNCTION participation.forget_invitation_answers() FROM PUBLIC',
      `CREATE TRIGGER event_forget_invitation_answers AFTER DELETE ON participation.event
       FOR EACH ROW EXECUTE FUNCTION participation.forget_invitation_answers()`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER event_forget_invitation_answers ON participation.event');
    await queryRunner.query('DROP FUNCTION participation.forget_invitation_answers()');
    await queryRunner.query(
      'ALTER TABLE participation.invitation_answer ADD CONSTRAINT invitation_answer_event_collectivity_id_event_id_fkey FOREIGN KEY (event_collectivity_id, event_id) REFERENCES participation.event (collectivity_id, id) ON DELETE CASCADE',
    );
  }
}
