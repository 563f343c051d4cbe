import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

/** Participation's part of each member's path: the directory's facts follow its events and attendance in every write. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const owner = () => subgraph.ownerDataSource;
const factsOf = async (collectivityId: string) =>
  (await owner().query(
    "SELECT kind, to_char(happened_on, 'YYYY-MM-DD') AS on, published FROM directory.member_fact WHERE collectivity_id = $1 ORDER BY happened_on, kind",
    [collectivityId],
  )) as Array<{ kind: string; on: string; published: boolean }>;

async function event(collectivityId: string, kind: string, status: string, options: { organizer?: string; startsAt?: string; published?: boolean } = {}) {
  const [row] = await owner().query(
    `INSERT INTO participation.event (collectivity_id, kind, organizer, title_fr, starts_at, status, published) VALUES ($1, $2, $3, 'Test', $4, $5, $6) RETURNING id`,
    [collectivityId, kind, options.organizer ?? 'COLLECTIVITY', options.startsAt ?? '2025-04-01T09:00:00Z', status, options.published ?? true],
  );
  return row.id as string;
}

describe('member facts kept by participation', () => {
  it("records Tamazgana's path as the press kit tells it: trained on 11 February, committee on 7 March, workshop on 18 March 2025, no consultation held yet", async () => {
    expect(await factsOf(DemoIds.tamazgana)).toEqual([
      { kind: 'TRAINING_ATTENDED', on: '2025-02-11', published: true },
      { kind: 'COMMITTEE_MEETING_HELD', on: '2025-03-07', published: true },
      { kind: 'CO_CREATION_WORKSHOP_HELD', on: '2025-03-18', published: true },
    ]);
  });

  it('records a held committee meeting, workshop and consultation, not a planned or cancelled one, and follows status, date, publication and deletion', async () => {
    const member = randomUUID();
    const meeting = await event(member, 'COMMITTEE_MEETING', 'PLANNED');
    expect(await factsOf(member)).toEqual([]);
    await owner().query("UPDATE participation.event SET status = 'HELD', published = false WHERE id = $1", [meeting]);
    expect(await factsOf(member)).toEqual([{ kind: 'COMMITTEE_MEETING_HELD', on: '2025-04-01', published: false }]);
    // Morocco's day, not UTC's: 23:30 UTC on 1 May is 2 May in Casablanca (UTC+1)
    await owner().query("UPDATE participation.event SET starts_at = '2025-05-01T23:30:00Z', published = true WHERE id = $1", [meeting]);
    expect(await factsOf(member)).toEqual([{ kind: 'COMMITTEE_MEETING_HELD', on: '2025-05-02', published: true }]);
    await event(member, 'CO_CREATION_WORKSHOP', 'HELD', { startsAt: '2025-06-01T09:00:00Z' });
    await event(member, 'PUBLIC_CONSULTATION', 'HELD', { startsAt: '2025-07-01T09:00:00Z' });
    await event(member, 'INFORMATION_MEETING', 'HELD');
    expect((await factsOf(member)).map((fact) => fact.kind)).toEqual(['COMMITTEE_MEETING_HELD', 'CO_CREATION_WORKSHOP_HELD', 'PUBLIC_CONSULTATION_HELD']);
    await owner().query("UPDATE participation.event SET status = 'CANCELLED' WHERE id = $1", [meeting]);
    await owner().query("DELETE FROM participation.event WHERE collectivity_id = $1 AND kind = 'PUBLIC_CONSULTATION'", [member]);
    expect((await factsOf(member)).map((fact) => fact.kind)).toEqual(['CO_CREATION_WORKSHOP_HELD']);
  });

  it('records a network training for the collectivities that attended it, not those only invited, and follows the training', async () => {
    const [attending, invited] = [randomUUID(), randomUUID()];
    const training = await event(NETWORK_TENANT_ID, 'TRAINING', 'PLANNED', { organizer: 'NETWORK', startsAt: '2025-09-10T09:00:00Z' });
    await owner().query(
      'INSERT INTO participation.event_participant (collectivity_id, event_id, participant_id, invited, attended) VALUES ($1, $2, $3, true, true), ($1, $2, $4, true, false)',
      [NETWORK_TENANT_ID, training, attending, invited],
    );
    expect(await factsOf(attending)).toEqual([]);
    await owner().query("UPDATE participation.event SET status = 'HELD' WHERE id = $1", [training]);
    expect(await factsOf(attending)).toEqual([{ kind: 'TRAINING_ATTENDED', on: '2025-09-10', published: true }]);
    expect(await factsOf(invited)).toEqual([]);
    await owner().query('UPDATE participation.event_participant SET attended = true WHERE participant_id = $1', [invited]);
    expect(await factsOf(invited)).toHaveLength(1);
    await owner().query('DELETE FROM participation.event_participant WHERE participant_id = $1', [attending]);
    expect(await factsOf(attending)).toEqual([]);
    // a network training is not the collectivity's own event: no fact for the network's reserved tenant
    expect(await factsOf(NETWORK_TENANT_ID)).toEqual([]);
  });

  it('is written through the mutations too, in the same transaction, as the writer whatever it may see', async () => {
    const { data, errors } = await subgraph.execute(
      'mutation { createEvent(input: { kind: COMMITTEE_MEETING, title: "Comité", startsAt: "2025-04-02T10:00:00Z" }) { id } }',
      {},
      { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana },
    );
    expect(errors).toBeUndefined();
    const id = data!.createEvent.id;
    const before = (await factsOf(DemoIds.tamazgana)).length;
    const held = await subgraph.execute('mutation ($id: ID!) { updateEvent(id: $id, input: { status: HELD }) { status } }', { id }, {
      role: 'COLLECTIVITY_EDITOR',
      userId: DemoIds.accounts.tamazganaEditor,
      collectivityId: DemoIds.tamazgana,
    });
    expect(held.errors).toBeUndefined();
    expect(await factsOf(DemoIds.tamazgana)).toHaveLength(before + 1);
    await owner().query('DELETE FROM participation.event WHERE id = $1', [id]);
  });

  it('gives no runtime role a way to write the facts', async () => {
    const [row] = await owner().query(
      `SELECT bool_or(has_table_privilege(r.rolname, 'directory.member_fact', 'INSERT, UPDATE, DELETE, TRUNCATE')) AS writes
         FROM pg_roles r WHERE r.rolname IN ('infitah_territory', 'infitah_participation', 'infitah_evaluation')`,
    );
    expect(row.writes).toBe(false);
  });
});
