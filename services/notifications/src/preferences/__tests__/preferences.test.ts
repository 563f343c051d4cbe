import { NOTIFICATION_KINDS } from '@infitah/contract';
import { DemoIds } from '@infitah/demo-data';
import { callerSettings, CALLER_SETTINGS_SQL } from '@infitah/server-kit';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { notifications } from '../../subgraph';

let subgraph: TestSubgraph;
const { adminA, editorA, adminB, network } = demoCallers;

beforeAll(async () => {
  subgraph = await startTestSubgraph(notifications);
}, 60_000);
afterAll(() => subgraph?.close());

const READ = '{ notificationPreferences { language kinds { kind inbox email emailFrequency } } }';
const UPDATE =
  'mutation ($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { language kinds { kind inbox email emailFrequency } } }';

type Kind = { kind: string; inbox: boolean; email: boolean; emailFrequency: string };
const kindOf = (preferences: { kinds: Kind[] }, kind: string) => preferences.kinds.find((row) => row.kind === kind);

describe('notification preferences', () => {
  it('answers the defaults to an account that saved none: every kind, in the inbox and by e-mail at once, in both languages', async () => {
    const { data, errors } = await subgraph.execute(READ, {}, editorA);
    expect(errors).toBeUndefined();
    expect(data!.notificationPreferences.language).toBeNull();
    // one row per kind of the contract's list
    expect(data!.notificationPreferences.kinds).toHaveLength(NOTIFICATION_KINDS.length);
    for (const row of data!.notificationPreferences.kinds as Kind[]) expect(row).toMatchObject({ inbox: true, email: true, emailFrequency: 'IMMEDIATE' });
  });

  it('keeps what an account changes, leaves the rest as it was, and clears the language with null', async () => {
    const changed = await subgraph.execute(
      UPDATE,
      { input: { language: 'FR', kinds: [{ kind: 'REPORT_DUE', inbox: false, email: true, emailFrequency: 'DAILY_DIGEST' }] } },
      network,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateNotificationPreferences.language).toBe('FR');
    const second = await subgraph.execute(UPDATE, { input: { kinds: [{ kind: 'MILESTONE_DUE', inbox: true, email: false, emailFrequency: 'IMMEDIATE' }] } }, network);
    // the language was left out: unchanged; the first kind stays as saved
    expect(second.data!.updateNotificationPreferences.language).toBe('FR');
    const { data } = await subgraph.execute(READ, {}, network);
    expect(kindOf(data!.notificationPreferences, 'REPORT_DUE')).toEqual({ kind: 'REPORT_DUE', inbox: false, email: true, emailFrequency: 'DAILY_DIGEST' });
    expect(kindOf(data!.notificationPreferences, 'MILESTONE_DUE')).toEqual({ kind: 'MILESTONE_DUE', inbox: true, email: false, emailFrequency: 'IMMEDIATE' });
    expect(kindOf(data!.notificationPreferences, 'PROPOSAL_SUBMITTED')).toMatchObject({ inbox: true, email: true });
    const cleared = await subgraph.execute(UPDATE, { input: { language: null } }, network);
    expect(cleared.data!.updateNotificationPreferences.language).toBeNull();
  });

  it('refuses a kind named twice with BAD_USER_INPUT naming kinds, and saves none of the input', async () => {
    const row = { kind: 'PROPOSAL_ANSWERED', inbox: false, email: false, emailFrequency: 'IMMEDIATE' };
    const { errors } = await subgraph.execute(UPDATE, { input: { language: 'AR', kinds: [row, row] } }, adminB);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
    const { data } = await subgraph.execute(READ, {}, adminB);
    expect(data!.notificationPreferences.language).toBeNull();
    expect(kindOf(data!.notificationPreferences, 'PROPOSAL_ANSWERED')).toMatchObject({ inbox: true, email: true });
  });

  it('refuses an anonymous caller with UNAUTHENTICATED, reading or changing', async () => {
    expect((await subgraph.execute(READ, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await subgraph.execute(UPDATE, { input: { language: 'AR' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [{ count }] = await subgraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.account_setting WHERE account_id IS NULL');
    expect(count).toBe(0);
  });

  it("never shows nor changes another account's preferences: another tenant's admin, an editor of the same tenant, the network", async () => {
    const mine = { kind: 'TRAINING_INVITATION', inbox: false, email: false, emailFrequency: 'IMMEDIATE' };
    expect((await subgraph.execute(UPDATE, { input: { language: 'AR', kinds: [mine] } }, adminA)).errors).toBeUndefined();
    for (const caller of [adminB, editorA]) {
      const { data } = await subgraph.execute(READ, {}, caller);
      expect(data!.notificationPreferences.language).toBeNull();
      expect(kindOf(data!.notificationPreferences, 'TRAINING_INVITATION')).toMatchObject({ inbox: true, email: true });
    }
    // an editor of the same commune changing its own leaves the admin's as they were
    await subgraph.execute(UPDATE, { input: { language: 'FR', kinds: [{ ...mine, inbox: true, email: true }] } }, editorA);
    const { data } = await subgraph.execute(READ, {}, adminA);
    expect(data!.notificationPreferences.language).toBe('AR');
    expect(kindOf(data!.notificationPreferences, 'TRAINING_INVITATION')).toMatchObject({ inbox: false, email: false });
  });

  it("lets row-level security refuse reading or writing another account's rows even to a query that names them", async () => {
    await subgraph.execute(UPDATE, { input: { kinds: [{ kind: 'MEMBERSHIP_CHANGED', inbox: false, email: false, emailFrequency: 'IMMEDIATE' }] } }, adminA);
    await subgraph.dataSource.transaction(async (manager) => {
      await manager.query(CALLER_SETTINGS_SQL, callerSettings(adminB));
      expect(await manager.query('SELECT * FROM notifications.preference WHERE account_id = $1', [DemoIds.accounts.tamazganaAdmin])).toEqual([]);
      const [, changed] = await manager.query('UPDATE notifications.preference SET inbox = true WHERE account_id = $1', [DemoIds.accounts.tamazganaAdmin]);
      expect(changed).toBe(0);
    });
    // writing a row for another account, even in one's own tenant, is refused
    await expect(
      subgraph.dataSource.transaction(async (manager) => {
        await manager.query(CALLER_SETTINGS_SQL, callerSettings(editorA));
        await manager.query(
          "INSERT INTO notifications.preference (collectivity_id, account_id, kind, inbox, email, email_frequency) VALUES ($1, $2, 'REPORT_DUE', true, true, 'IMMEDIATE')",
          [DemoIds.tamazgana, DemoIds.accounts.tamazganaAdmin],
        );
      }),
    ).rejects.toThrow(/row-level security/);
    // nor may an account file its own rows under another tenant
    await expect(
      subgraph.dataSource.transaction(async (manager) => {
        await manager.query(CALLER_SETTINGS_SQL, callerSettings(adminB));
        await manager.query('INSERT INTO notifications.account_setting (collectivity_id, account_id, language) VALUES ($1, $2, $3)', [
          DemoIds.tamazgana,
          DemoIds.accounts.demoCommuneAdmin,
          'fr',
        ]);
      }),
    ).rejects.toThrow(/row-level security/);
    const [row] = await subgraph.ownerDataSource.query("SELECT inbox FROM notifications.preference WHERE account_id = $1 AND kind = 'MEMBERSHIP_CHANGED'", [DemoIds.accounts.tamazganaAdmin]);
    expect(row.inbox).toBe(false);
  });
});
