import { DemoIds } from '@infitah/demo-data';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { notifications } from '../../subgraph';

let subgraph: TestSubgraph;
const { adminA, editorA, adminB, network } = demoCallers;

/** Delivers a notification as the worker does (its own transaction, `app.worker` on). */
async function deliverTo(recipientId: string, collectivityId: string, sourceKey: string): Promise<string> {
  return subgraph.dataSource.transaction(async (manager) => {
    await manager.query("SELECT set_config('app.worker', 'on', true)");
    const [row] = await manager.query(
      `INSERT INTO notifications.notification (collectivity_id, recipient_id, kind, title_ar, title_fr, body_ar, body_fr, link, source_key)
       VALUES ($1, $2, 'PROPOSAL_SUBMITTED', 'مقترح جديد', 'Nouvelle proposition', 'نص', 'Texte', 'http://x.test/admin/', $3) RETURNING id`,
      [collectivityId, recipientId, sourceKey],
    );
    return row.id as string;
  });
}

const INBOX = 'query ($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { totalCount nodes { id kind title body link createdAt readAt } } }';
const MARK = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';

let forAdminB: string;
let forAdminA: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(notifications);
  forAdminB = await deliverTo(DemoIds.accounts.demoCommuneAdmin, DemoIds.demoCommune, 'test:1');
  forAdminA = await deliverTo(DemoIds.accounts.tamazganaAdmin, DemoIds.tamazgana, 'test:2');
}, 60_000);
afterAll(() => subgraph?.close());

describe('the inbox', () => {
  it("shows an account its own notifications only, in Arabic by default and French on request", async () => {
    const mine = await subgraph.execute(INBOX, {}, adminB);
    expect(mine.data!.notifications.nodes.map((node: { id: string }) => node.id)).toEqual([forAdminB]);
    expect(mine.data!.notifications.nodes[0]).toMatchObject({ kind: 'PROPOSAL_SUBMITTED', title: 'مقترح جديد', readAt: null });
    const french = await subgraph.execute('{ notifications { nodes { title(language: FR) body(language: FR) } } }', {}, adminB);
    expect(french.data!.notifications.nodes[0]).toEqual({ title: 'Nouvelle proposition', body: 'Texte' });
    // neither another commune's editor, nor the network, reads it
    for (const caller of [editorA, network]) {
      expect((await subgraph.execute(INBOX, {}, caller)).data!.notifications.totalCount).toBe(0);
    }
    expect((await subgraph.execute(INBOX, {}, adminA)).data!.notifications.nodes.map((node: { id: string }) => node.id)).toEqual([forAdminA]);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    expect((await subgraph.execute(INBOX, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.execute(MARK, { ids: [forAdminB] })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("marks nothing of another account's inbox, even when its ids are named", async () => {
    const { data } = await subgraph.execute(MARK, { ids: [forAdminB] }, adminA);
    expect(data!.markNotificationsRead).toBe(0);
    const [row] = await subgraph.ownerDataSource.query('SELECT read_at FROM notifications.notification WHERE id = $1', [forAdminB]);
    expect(row.read_at).toBeNull();
  });

  it('marks its own read once, and counts the unread', async () => {
    const id = await deliverTo(DemoIds.accounts.demoCommuneAdmin, DemoIds.demoCommune, 'test:3');
    expect((await subgraph.execute(INBOX, { unreadOnly: true }, adminB)).data!.notifications.totalCount).toBe(2);
    expect((await subgraph.execute(MARK, { ids: [id] }, adminB)).data!.markNotificationsRead).toBe(1);
    expect((await subgraph.execute(MARK, { ids: [id] }, adminB)).data!.markNotificationsRead).toBe(0);
    const unread = await subgraph.execute(INBOX, { unreadOnly: true }, adminB);
    expect(unread.data!.notifications.nodes.map((node: { id: string }) => node.id)).toEqual([forAdminB]);
  });

  it('refuses a malformed id with BAD_USER_INPUT naming ids, and a caller cannot write into an inbox', async () => {
    expect((await subgraph.execute(MARK, { ids: ['nope'] }, adminB)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    // without the worker's setting, the runtime role inserts nothing, whatever the caller
    await expect(
      subgraph.dataSource.query(
        `INSERT INTO notifications.notification (collectivity_id, recipient_id, kind, title_ar, title_fr, body_ar, body_fr, link, source_key)
         VALUES ($1, $2, 'PROPOSAL_SUBMITTED', 'x', 'x', 'x', 'x', 'x', 'forged')`,
        [DemoIds.demoCommune, DemoIds.accounts.demoCommuneAdmin],
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
