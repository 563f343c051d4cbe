import { evaluation } from '@infitah/evaluation';
import { participation } from '@infitah/participation';
import { territory } from '@infitah/territory';
import { DemoIds } from '@infitah/demo-data';
import { createTestDatabase, demoCallers, startTestSubgraph, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';
import { notifications } from '../../subgraph';
import { REMINDER_CRONTAB, remindDue, reminderTask, runDailyReminders } from '../reminders';
import { runQueueOnce, smtpMailer, type WorkerOptions } from '../worker';
import { startMailCatcher, type MailCatcher } from './mail-catcher';

let database: TestDatabase;
let graphs: TestSubgraph[];
let notificationsGraph: TestSubgraph;
let catcher: MailCatcher;

beforeAll(async () => {
  database = await createTestDatabase();
  graphs = [];
  for (const definition of [territory, participation, evaluation]) graphs.push(await startTestSubgraph(definition, { database }));
  notificationsGraph = await startTestSubgraph(notifications, { database });
  catcher = await startMailCatcher();
}, 180_000);
afterAll(async () => {
  await Promise.all([...(graphs ?? []).map((graph) => graph.close()), notificationsGraph?.close(), catcher?.stop()]);
  await database?.drop();
});

const { adminA, editorA, adminB, network } = demoCallers;
const INBOX = '{ notifications(first: 100) { nodes { kind title body link } } }';
// the demo commune's adopted programme runs 2026-01-01 → 2027-12-31; its pending milestone "Premier registre
// trimestriel publié" is due 2026-06-30, "Registre des demandes ouvert" (due 2026-03-31) is done
const DAY = '2026-06-20';
const owner = () => notificationsGraph.ownerDataSource;

function workerOptions(): WorkerOptions {
  return { databaseUrl: database.appUrls.notifications, publicUrl: 'http://portal.test', mailer: smtpMailer(catcher.smtpUrl), from: 'Infitah <no-reply@infitah.test>' };
}

async function inboxOf(caller: (typeof demoCallers)[keyof typeof demoCallers], kinds = ['MILESTONE_DUE', 'REPORT_DUE']) {
  const { data, errors } = await notificationsGraph.execute(INBOX, {}, caller);
  expect(errors).toBeUndefined();
  return (data!.notifications.nodes as Array<{ kind: string; title: string; body: string; link: string }>).filter((node) => kinds.includes(node.kind));
}

beforeEach(async () => {
  // each test starts from the demo data with nothing reminded yet
  await owner().query('DELETE FROM notifications.reminder');
  await owner().query('DELETE FROM notifications.reminder_run');
  await owner().query("UPDATE evaluation.milestone SET due_on = '2026-06-30' WHERE title = 'Premier registre trimestriel publié'");
  await owner().query("UPDATE evaluation.action_program SET status = 'ADOPTED' WHERE id = $1", [DemoIds.programs.demoCommuneAdopted]);
  await owner().query("UPDATE evaluation.action_program SET status = 'CO_CREATION', adopted_on = NULL, council_session = NULL WHERE id = $1", [DemoIds.programs.tamazgana]);
});

describe('daily reminders of what falls due', () => {
  it("reminds the commune's admins, on a fixed day, of a milestone due within 14 days and of a progress report due, and nobody else", async () => {
    // in implementation, the programme's first half-yearly report is due on 2026-06-30
    await owner().query("UPDATE evaluation.action_program SET status = 'IMPLEMENTATION' WHERE id = $1", [DemoIds.programs.demoCommuneAdopted]);
    const reminders = await remindDue(notificationsGraph.dataSource, DAY);
    expect(reminders.map(({ kind, collectivityId, dueOn }) => ({ kind, collectivityId, dueOn })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'MILESTONE_DUE', collectivityId: DemoIds.demoCommune, dueOn: '2026-06-30' },
      { kind: 'REPORT_DUE', collectivityId: DemoIds.demoCommune, dueOn: '2026-06-30' },
    ]);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const inbox = await inboxOf(adminB);
    expect(inbox.map((node) => node.kind).sort()).toEqual(['MILESTONE_DUE', 'REPORT_DUE']);
    expect(inbox.find((node) => node.kind === 'MILESTONE_DUE')).toMatchObject({
      title: 'اقتراب أجل مرحلة',
      link: `http://portal.test/admin/#/commitments/${DemoIds.commitments.demoCommuneRegisterOnline}`,
    });
    expect(inbox.find((node) => node.kind === 'REPORT_DUE')!.link).toBe(`http://portal.test/admin/#/actionPrograms/${DemoIds.programs.demoCommuneAdopted}`);
    for (const caller of [adminA, editorA, network]) expect(await inboxOf(caller)).toEqual([]);

    const mails = (await catcher.emails()).filter((mail) => /Jalon à échéance|Rapport d’avancement attendu/.test(mail.subject));
    expect([...new Set(mails.map((mail) => mail.to[0].address))]).toEqual(['admin@demo-commune.infitah.test']);
    const milestoneMail = mails.find((mail) => mail.subject.includes('Jalon à échéance'))!;
    expect(milestoneMail.text).toContain('« Premier registre trimestriel publié »');
    expect(milestoneMail.text).toContain('المرحلة «Premier registre trimestriel publié»');
    expect(milestoneMail.html).toContain('<section lang="ar" dir="rtl"');
    expect(milestoneMail.html).toContain('<section lang="fr" dir="ltr"');
  });

  it('enqueues nothing new on a second run the same day, nor the next day for the same due date', async () => {
    expect(await remindDue(notificationsGraph.dataSource, DAY)).toHaveLength(1);
    expect(await remindDue(notificationsGraph.dataSource, DAY)).toEqual([]);
    expect(await remindDue(notificationsGraph.dataSource, '2026-06-21')).toEqual([]);
  });

  it('reminds again when the due date changes', async () => {
    const [first] = await remindDue(notificationsGraph.dataSource, DAY);
    await owner().query("UPDATE evaluation.milestone SET due_on = '2026-07-02' WHERE title = 'Premier registre trimestriel publié'");
    const again = await remindDue(notificationsGraph.dataSource, DAY);
    expect(again).toEqual([expect.objectContaining({ kind: 'MILESTONE_DUE', dueOn: '2026-07-02' })]);
    expect(again[0].sourceKey).not.toBe(first.sourceKey);
  });

  it('leaves out done milestones, milestones beyond 14 days and those of a programme still in co-creation', async () => {
    // "Registre des demandes ouvert" is overdue on this day but done; Tamazgana's are overdue in a draft programme
    const reminders = await remindDue(notificationsGraph.dataSource, DAY);
    expect(reminders.map((reminder) => reminder.dueOn)).toEqual(['2026-06-30']);
  });

  it("reminds Tamazgana's admin, not its editor nor the demo commune, of its overdue milestones once its programme is adopted", async () => {
    await owner().query("UPDATE evaluation.action_program SET status = 'ADOPTED', adopted_on = '2025-10', council_session = 'octobre 2025' WHERE id = $1", [DemoIds.programs.tamazgana]);
    const reminders = (await remindDue(notificationsGraph.dataSource, DAY)).filter((reminder) => reminder.collectivityId === DemoIds.tamazgana);
    expect(reminders.map((reminder) => reminder.dueOn).sort()).toEqual(['2025-12-31', '2026-02-28', '2026-03-31']);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    const overdue = await inboxOf(adminA);
    expect(overdue).toHaveLength(3);
    expect(overdue.every((node) => node.title === 'مرحلة متأخرة عن موعدها')).toBe(true);
    expect(await inboxOf(editorA)).toEqual([]);
    expect((await inboxOf(adminB)).filter((node) => node.link.includes(DemoIds.commitments.tamazganaCouncilMinutes))).toEqual([]);
    const toTamazgana = (await catcher.emails()).filter((mail) => mail.subject.includes('Jalon en retard'));
    expect([...new Set(toTamazgana.map((mail) => mail.to[0].address))]).toEqual(['admin@tamazgana.infitah.test']);
  });

  it('runs the day once, from 08:00 on the Moroccan clock, on an hourly schedule', async () => {
    expect(REMINDER_CRONTAB).toBe('0 * * * * remind_due');
    // Morocco is UTC+1 in June 2026: 06:30 UTC is 07:30 there, too early
    expect(await runDailyReminders(notificationsGraph.dataSource, new Date('2026-06-20T06:30:00Z'))).toBeNull();
    expect(await runDailyReminders(notificationsGraph.dataSource, new Date('2026-06-20T07:00:00Z'))).toEqual({ day: DAY, reminders: 1 });
    expect(await runDailyReminders(notificationsGraph.dataSource, new Date('2026-06-20T15:00:00Z'))).toBeNull();
    // the next day runs again, and finds nothing new for the same due date
    expect(await runDailyReminders(notificationsGraph.dataSource, new Date('2026-06-21T09:00:00Z'))).toEqual({ day: '2026-06-21', reminders: 0 });
  });

  it("runs the scheduled task on the worker's injected clock", async () => {
    const task = reminderTask(notificationsGraph.dataSource, () => new Date('2026-06-24T07:15:00Z'));
    await task({}, {} as Parameters<typeof task>[1]);
    const runs: Array<{ day: string; reminders: number }> = await owner().query("SELECT to_char(day, 'YYYY-MM-DD') AS day, reminders FROM notifications.reminder_run");
    expect(runs).toEqual([{ day: '2026-06-24', reminders: 1 }]);
  });

  it('lets only the notifications role read what falls due', async () => {
    for (const graph of graphs) {
      await expect(graph.dataSource.query("SELECT * FROM directory.due_reminders('2026-06-20'::date, 14)")).rejects.toThrow(/permission denied/);
    }
  });
});
