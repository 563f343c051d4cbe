import { createHash } from 'node:crypto';
import { participation } from '@infitah/participation';
import { territory } from '@infitah/territory';
import { DemoIds } from '@infitah/demo-data';
import { createTestDatabase, demoCallers, startTestSubgraph, testSecurity, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';
import { notifications } from '../../subgraph';
import { runQueueOnce, smtpMailer, type WorkerOptions } from '../../delivery/worker';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../../delivery/__tests__/mail-catcher';
import { FOLLOW_RATE_LIMIT_DEFAULTS, followRateLimitsFor } from '../follow-rate-limits';

let database: TestDatabase;
let territoryGraph: TestSubgraph;
let participationGraph: TestSubgraph;
let notificationsGraph: TestSubgraph;
let catcher: MailCatcher;

beforeAll(async () => {
  database = await createTestDatabase();
  territoryGraph = await startTestSubgraph(territory, { database });
  participationGraph = await startTestSubgraph(participation, { database });
  notificationsGraph = await startTestSubgraph(notifications, { database });
  catcher = await startMailCatcher();
}, 120_000);
afterAll(async () => {
  await Promise.all([territoryGraph?.close(), participationGraph?.close(), notificationsGraph?.close(), catcher?.stop()]);
  await database?.drop();
});

const { adminA, adminB, editorA, network } = demoCallers;
const FOLLOW = 'mutation ($email: String!, $collectivityId: ID!, $language: Language!) { followCollectivity(email: $email, collectivityId: $collectivityId, language: $language) }';
const CONFIRM = 'mutation ($token: String!) { confirmFollow(token: $token) { collectivityId } }';
const UNFOLLOW = 'mutation ($token: String!) { unfollow(token: $token) }';

let counter = 0;
/** A fresh address per test, so each reads only its own mails. */
function address(name: string): string {
  counter += 1;
  return `${name}.${counter}.${Date.now()}@example.org`;
}

function workerOptions(): WorkerOptions {
  return { databaseUrl: database.appUrls.notifications, publicUrl: 'http://portal.test', mailer: smtpMailer(catcher.smtpUrl), from: 'Infitah <no-reply@infitah.test>' };
}

const work = () => runQueueOnce(notificationsGraph.dataSource, workerOptions());
const mailsTo = async (email: string): Promise<CaughtMail[]> => (await catcher.emails()).filter((mail) => mail.to.some((to) => to.address === email));
const linkToken = (mail: CaughtMail, route: string): string => new RegExp(`#/${route}/([A-Za-z0-9_-]{43})`).exec(mail.text)![1];

/** Asks to follow, from a client address of its own unless given, and delivers the confirmation mail. */
async function follow(email: string, collectivityId = DemoIds.demoCommune, language = 'FR', clientAddress = `192.0.2.${counter % 250}`) {
  const result = await notificationsGraph.execute(FOLLOW, { email, collectivityId, language }, undefined, { clientAddress: `${clientAddress}-${email}` });
  await work();
  return result;
}

/** Follows and confirms by the link of the confirmation mail. */
async function confirmedFollower(email: string, collectivityId = DemoIds.demoCommune, language = 'FR') {
  expect((await follow(email, collectivityId, language)).errors).toBeUndefined();
  const [mail] = await mailsTo(email);
  const confirmed = await notificationsGraph.execute(CONFIRM, { token: linkToken(mail, 'follow/confirm') });
  expect(confirmed.errors).toBeUndefined();
  return mail;
}

/** A public consultation of the caller's commune, open now for a month, created unpublished. */
async function newConsultation(caller: typeof adminA | typeof adminB, title: string): Promise<string> {
  const startsAt = new Date(Date.now() - 3_600_000).toISOString();
  const endsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const { data, errors } = await participationGraph.execute(
    'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    { input: { kind: 'PUBLIC_CONSULTATION', title, startsAt, endsAt } },
    caller,
  );
  expect(errors).toBeUndefined();
  return data!.createEvent.id as string;
}

async function publish(caller: typeof adminA | typeof adminB, eventId: string) {
  const result = await participationGraph.execute('mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } }', { id: eventId }, caller);
  expect(result.errors).toBeUndefined();
}

async function openConsultation(caller: typeof adminA | typeof adminB, title: string): Promise<string> {
  const eventId = await newConsultation(caller, title);
  await publish(caller, eventId);
  await work();
  return eventId;
}

describe('following a commune by e-mail', () => {
  it('mails a confirmation in the chosen language, keeping only hashes of its tokens, and nothing of a consultation before it is confirmed', async () => {
    const email = address('pending');
    const { data, errors } = await follow(email, DemoIds.demoCommune, 'AR');
    expect(errors).toBeUndefined();
    expect(data!.followCollectivity).toBe(true);
    const [mail, ...others] = await mailsTo(email);
    expect(others).toEqual([]);
    expect(mail.html).toContain('<section lang="ar" dir="rtl"');
    expect(mail.text).not.toContain('Confirmez');
    const confirmToken = linkToken(mail, 'follow/confirm');
    expect(mail.text).toContain(`http://portal.test/?locale=ar#/follow/confirm/${confirmToken}`);
    expect(mail.text).toMatch(/http:\/\/portal\.test\/\?locale=ar#\/unfollow\/[A-Za-z0-9_-]{43}/);

    const [row] = await notificationsGraph.ownerDataSource.query(
      'SELECT collectivity_id, language, consent_text, consent_version, consented_at, confirmed_at, confirm_token_hash FROM notifications.follower WHERE email = $1',
      [email],
    );
    expect(row).toMatchObject({ collectivity_id: DemoIds.demoCommune, language: 'ar', consent_version: 'follow-2026-12', confirmed_at: null });
    expect(row.consent_text).toContain('انفتاح');
    expect(row.consented_at).toBeInstanceOf(Date);
    expect(row.confirm_token_hash).toBe(createHash('sha256').update(confirmToken).digest('hex'));
    const [{ clear }] = await notificationsGraph.ownerDataSource.query(
      'SELECT (SELECT count(*) FROM notifications.follower WHERE confirm_token_hash = $1)::int + (SELECT count(*) FROM notifications.follower_token WHERE token_hash = $1)::int AS clear',
      [confirmToken],
    );
    expect(clear).toBe(0);

    await openConsultation(adminB, `Consultation sur le budget ${counter}`);
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('confirms by the link, then mails the consultation opened in the follower’s language with the consultation and an unfollow link', async () => {
    const email = address('confirmed');
    await confirmedFollower(email, DemoIds.demoCommune, 'FR');
    const title = `Consultation sur la propreté ${counter}`;
    const eventId = await openConsultation(adminB, title);

    const mails = (await mailsTo(email)).filter((mail) => mail.subject.includes(title));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toBe(`Consultation publique ouverte : ${title}`);
    expect(mail.html).toContain('<section lang="fr" dir="ltr"');
    expect(mail.html).not.toContain('lang="ar"');
    expect(mail.text).toContain(`http://portal.test/?locale=fr#/events/${eventId}`);
    expect(linkToken(mail, 'unfollow')).toBeTruthy();

    // withdrawn and published again, the same consultation is not mailed twice
    await participationGraph.execute('mutation ($id: ID!) { setEventPublished(id: $id, published: false) { id } }', { id: eventId }, adminB);
    await publish(adminB, eventId);
    await work();
    expect((await mailsTo(email)).filter((mail) => mail.subject.includes(title))).toHaveLength(1);
  });

  it('answers a second request for the same address alike, whether pending or confirmed, and keeps one follower', async () => {
    const email = address('twice');
    const answer = ({ data, errors }: { data?: unknown; errors?: unknown }) => ({ data, errors });
    const first = answer(await follow(email));
    expect(first).toEqual({ data: { followCollectivity: true }, errors: undefined });
    expect(answer(await follow(email))).toEqual(first);
    // the newer request's link confirms; the first one's no longer does
    const [older, newer] = await mailsTo(email);
    expect((await notificationsGraph.execute(CONFIRM, { token: linkToken(older, 'follow/confirm') })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await notificationsGraph.execute(CONFIRM, { token: linkToken(newer, 'follow/confirm') })).errors).toBeUndefined();
    expect(answer(await follow(email.toUpperCase()))).toEqual(first);
    expect(answer(await follow(address('stranger')))).toEqual(first);
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.follower WHERE email = $1', [email]);
    expect(count).toBe(1);
    // a pending request is mailed a new confirmation; a confirmed follower is not
    expect(await mailsTo(email)).toHaveLength(2);
  });

  it('stops every mail once the unfollow link is used, and deletes the address', async () => {
    const email = address('leaving');
    await confirmedFollower(email);
    await openConsultation(adminB, `Consultation sur la mobilité ${counter}`);
    const [opened] = (await mailsTo(email)).filter((mail) => mail.subject.includes('mobilité'));

    const removed = await notificationsGraph.execute(UNFOLLOW, { token: linkToken(opened, 'unfollow') });
    expect(removed.data).toEqual({ unfollow: true });
    const twice = await notificationsGraph.execute(UNFOLLOW, { token: linkToken(opened, 'unfollow') });
    expect(twice.data).toEqual({ unfollow: false });
    const [{ count }] = await notificationsGraph.ownerDataSource.query(
      'SELECT (SELECT count(*) FROM notifications.follower WHERE email = $1)::int + (SELECT count(*) FROM notifications.delivery WHERE recipient = $1)::int AS count',
      [email],
    );
    expect(count).toBe(0);

    const before = (await mailsTo(email)).length;
    await openConsultation(adminB, `Consultation sur les marchés ${counter}`);
    expect(await mailsTo(email)).toHaveLength(before);
  });

  it('cancels a request by the unfollow link of its confirmation mail, so it can no longer be confirmed', async () => {
    const email = address('cancelled');
    await follow(email);
    const [mail] = await mailsTo(email);
    expect((await notificationsGraph.execute(UNFOLLOW, { token: linkToken(mail, 'unfollow') })).data).toEqual({ unfollow: true });
    const confirm = await notificationsGraph.execute(CONFIRM, { token: linkToken(mail, 'follow/confirm') });
    expect(confirm.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('tells a follower of Tamazgana nothing of the demo commune’s consultation, and the reverse', async () => {
    const ofTamazgana = address('tamazgana');
    const ofDemo = address('demo');
    await confirmedFollower(ofTamazgana, DemoIds.tamazgana, 'AR');
    await confirmedFollower(ofDemo, DemoIds.demoCommune, 'FR');
    const demoTitle = `Consultation de la commune de démonstration ${counter}`;
    await openConsultation(adminB, demoTitle);
    const tamazganaTitle = `استشارة تمزكانة ${counter}`;
    await openConsultation(adminA, tamazganaTitle);

    const toTamazgana = await mailsTo(ofTamazgana);
    expect(toTamazgana.some((mail) => mail.subject.includes(tamazganaTitle))).toBe(true);
    expect(toTamazgana.some((mail) => mail.text.includes(demoTitle))).toBe(false);
    const toDemo = await mailsTo(ofDemo);
    expect(toDemo.some((mail) => mail.text.includes(demoTitle))).toBe(true);
    expect(toDemo.some((mail) => mail.text.includes(tamazganaTitle))).toBe(false);
  });

  it('notifies no one when the opening is rolled back with the rest of its request', async () => {
    const email = address('rollback');
    await confirmedFollower(email);
    const eventId = await newConsultation(adminB, `Consultation annulée ${counter}`);
    // one request, two mutations: the second is refused, so the publication rolls back with it
    const { errors } = await participationGraph.execute(
      `mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } deleteEvent(id: "${DemoIds.tamazgana}") }`,
      { id: eventId },
      adminB,
    );
    expect(errors?.map((error) => error.path?.[0])).toEqual(['deleteEvent']);
    const [{ count }] = await notificationsGraph.ownerDataSource.query("SELECT count(*)::int AS count FROM graphile_worker._private_jobs WHERE payload->>'eventId' = $1", [eventId]);
    expect(count).toBe(0);
    await work();
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('limits requests per client address with RATE_LIMITED and the seconds to wait, as proposals are', async () => {
    followRateLimitsFor(notificationsGraph.dataSource, testSecurity().jwtSecret, FOLLOW_RATE_LIMIT_DEFAULTS);
    const context = { clientAddress: '203.0.113.44' };
    const results = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      results.push(await notificationsGraph.execute(FOLLOW, { email: address('burst'), collectivityId: DemoIds.demoCommune, language: 'FR' }, undefined, context));
    }
    expect(results.slice(0, 5).every((result) => !result.errors)).toBe(true);
    expect(results[5].data).toBeNull();
    expect(results[5].errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(results[5].errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('limits requests naming one e-mail address, whatever the client', async () => {
    followRateLimitsFor(notificationsGraph.dataSource, testSecurity().jwtSecret, FOLLOW_RATE_LIMIT_DEFAULTS);
    const email = address('flooded');
    const results = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      results.push(await notificationsGraph.execute(FOLLOW, { email, collectivityId: DemoIds.demoCommune, language: 'FR' }, undefined, { clientAddress: `198.51.100.${attempt}` }));
    }
    expect(results.slice(0, 5).every((result) => !result.errors)).toBe(true);
    expect(results[5].errors![0].extensions!.code).toBe('RATE_LIMITED');
  });

  it.each([
    ['an address that is not one', { email: 'not an address' }, 'email'],
    ['an unknown collectivity', { collectivityId: '00000000-0000-4000-8000-000000000000' }, 'collectivityId'],
    ['a malformed collectivity id', { collectivityId: 'demo' }, 'collectivityId'],
  ])('refuses %s with BAD_USER_INPUT, storing and mailing nothing', async (_what, change, field) => {
    const email = address('refused');
    const result = await notificationsGraph.execute(FOLLOW, { email, collectivityId: DemoIds.demoCommune, language: 'FR', ...change });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await work();
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.follower WHERE email = $1', [email]);
    expect(count).toBe(0);
    expect(await mailsTo(email)).toEqual([]);
  });

  it('refuses a malformed or unknown link with BAD_USER_INPUT naming token, and an unconfirmed request older than 7 days', async () => {
    for (const token of ['short', 'x'.repeat(43)]) {
      const confirm = await notificationsGraph.execute(CONFIRM, { token });
      expect(confirm.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    }
    expect((await notificationsGraph.execute(UNFOLLOW, { token: 'short' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const email = address('late');
    await follow(email);
    await notificationsGraph.ownerDataSource.query("UPDATE notifications.follower SET consented_at = now() - interval '8 days' WHERE email = $1", [email]);
    const late = await notificationsGraph.execute(CONFIRM, { token: linkToken((await mailsTo(email))[0], 'follow/confirm') });
    expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('lets no account read followers through the database, its own commune’s admin included', async () => {
    await confirmedFollower(address('hidden'));
    for (const caller of [adminB, adminA, editorA]) {
      const rows = await notificationsGraph.dataSource.transaction(async (manager) => {
        await manager.query("SELECT set_config('app.role', $1, true), set_config('app.collectivity_id', $2, true), set_config('app.user_id', $3, true)", [
          caller.role,
          caller.collectivityId,
          caller.userId,
        ]);
        return manager.query('SELECT email FROM notifications.follower UNION ALL SELECT token_hash FROM notifications.follower_token');
      });
      expect(rows).toEqual([]);
    }
  });
});

describe("the links of a follower's mails", () => {
  const TOKENISH = /[A-Za-z0-9_-]{43}/g;
  const FAILED = '{ failedDeliveries(first: 100) { totalCount nodes { id kind recipient attempts lastError digest createdAt updatedAt } } }';

  /** Every string of a stored delivery that has a token's shape, and whether confirmFollow or unfollow accepts it. */
  async function acceptedTokensIn(text: string): Promise<string[]> {
    const accepted: string[] = [];
    for (const candidate of new Set(text.match(TOKENISH) ?? [])) {
      const confirmed = await notificationsGraph.execute(CONFIRM, { token: candidate });
      if (!confirmed.errors) accepted.push(candidate);
    }
    // unfollow last: it deletes what it accepts
    for (const candidate of new Set(text.match(TOKENISH) ?? [])) {
      const removed = await notificationsGraph.execute(UNFOLLOW, { token: candidate });
      if (removed.data?.unfollow) accepted.push(candidate);
    }
    return accepted;
  }

  it('carry List-Unsubscribe with a one-click unfollow (RFC 8058) whose token unfollows', async () => {
    const email = address('one-click');
    const confirmation = await confirmedFollower(email, DemoIds.demoCommune, 'FR');
    expect(confirmation.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(confirmation.headers['list-unsubscribe']).toMatch(/^<http:\/\/portal\.test\/unfollow\/[A-Za-z0-9_-]{43}\?locale=fr>$/);
    await openConsultation(adminB, `Consultation sur les jardins ${counter}`);
    const [opened] = (await mailsTo(email)).filter((mail) => mail.subject.includes('jardins'));
    expect(opened.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const token = /\/unfollow\/([A-Za-z0-9_-]{43})\?locale=fr>$/.exec(opened.headers['list-unsubscribe'])![1];
    // the header's token is the mail's own unfollow link's, and stops the follow
    expect(token).toBe(linkToken(opened, 'unfollow'));
    expect((await notificationsGraph.execute(UNFOLLOW, { token })).data).toEqual({ unfollow: true });
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.follower WHERE email = $1', [email]);
    expect(count).toBe(0);
  });

  it("are stored without their tokens: the delivery log and the network's failed deliveries hold no token confirmFollow or unfollow accepts", async () => {
    const email = address('stored');
    await confirmedFollower(email, DemoIds.demoCommune, 'AR');
    await openConsultation(adminB, `Consultation sur l’éclairage ${counter}`);
    // a second request, whose confirmation mail cannot be delivered: FAILED after its one attempt
    const pending = address('undeliverable');
    expect((await notificationsGraph.execute(FOLLOW, { email: pending, collectivityId: DemoIds.demoCommune, language: 'FR' }, undefined, { clientAddress: `198.51.100.7-${pending}` })).errors).toBeUndefined();
    await notificationsGraph.ownerDataSource.query("UPDATE graphile_worker._private_jobs SET max_attempts = 1 WHERE payload->>'email' = $1", [pending]);
    await runQueueOnce(notificationsGraph.dataSource, { ...workerOptions(), mailer: smtpMailer('smtp://127.0.0.1:1') });

    const rows: Array<{ id: string; recipient: string; subject: string; text_body: string; html_body: string; status: string }> = await notificationsGraph.ownerDataSource.query(
      'SELECT id, recipient, subject, text_body, html_body, status FROM notifications.delivery WHERE recipient = ANY($1) ORDER BY created_at',
      [[email, pending]],
    );
    expect(rows.map((row) => [row.recipient, row.status])).toEqual([
      [email, 'SENT'],
      [email, 'SENT'],
      [pending, 'FAILED'],
    ]);
    for (const row of rows) expect(row.text_body).toContain('#/unfollow/{{unfollow-token}}');
    expect(rows[2].text_body).toContain('#/follow/confirm/{{confirm-token}}');
    const stored = rows.map((row) => `${row.subject}\n${row.text_body}\n${row.html_body}`).join('\n');
    const listed = await notificationsGraph.execute(FAILED, {}, network);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.failedDeliveries.nodes.map((node: { recipient: string }) => node.recipient)).toContain('un…@example.org');
    expect(await acceptedTokensIn(`${stored}\n${JSON.stringify(listed.data)}`)).toEqual([]);
    // the mails themselves did work: the follower still follows
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.follower WHERE email = $1 AND confirmed_at IS NOT NULL', [email]);
    expect(count).toBe(1);

    // the network retries the failed confirmation: it goes with a fresh token, which confirms
    const failed = listed.data!.failedDeliveries.nodes.find((node: { id: string }) => node.id === rows[2].id);
    expect((await notificationsGraph.execute('mutation ($id: ID!) { retryDelivery(id: $id) { id } }', { id: failed.id }, network)).errors).toBeUndefined();
    await work();
    const [resent] = await mailsTo(pending);
    expect(resent.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect((await notificationsGraph.execute(CONFIRM, { token: linkToken(resent, 'follow/confirm') })).errors).toBeUndefined();
    const [after] = await notificationsGraph.ownerDataSource.query('SELECT status, text_body FROM notifications.delivery WHERE id = $1', [failed.id]);
    expect(after.status).toBe('SENT');
    expect(after.text_body).not.toContain(linkToken(resent, 'follow/confirm'));
  });
});

describe("a follower's personal data", () => {
  const EXPORT = 'query ($email: String!) { _entities(representations: [{ __typename: "PersonalDataSubject", email: $email }]) { ... on PersonalDataSubject { follows { collectivityId language consentVersion confirmedAt } } } }';
  const ERASE = 'mutation ($email: String!) { erasePersonalNotificationData(email: $email) }';

  it('is exported to the network and erased by it: the follower hears nothing more', async () => {
    const email = address('erased');
    await confirmedFollower(email, DemoIds.tamazgana, 'AR');
    const exported = await notificationsGraph.execute(EXPORT, { email: email.toUpperCase() }, network);
    expect(exported.errors).toBeUndefined();
    expect(exported.data!._entities[0].follows).toEqual([{ collectivityId: DemoIds.tamazgana, language: 'AR', consentVersion: 'follow-2026-12', confirmedAt: expect.any(String) }]);

    const erased = await notificationsGraph.execute(ERASE, { email }, network);
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.erasePersonalNotificationData).toBe(2);
    const [{ count }] = await notificationsGraph.ownerDataSource.query(
      'SELECT (SELECT count(*) FROM notifications.follower WHERE email = $1)::int + (SELECT count(*) FROM notifications.delivery WHERE recipient = $1)::int AS count',
      [email],
    );
    expect(count).toBe(0);
    const before = (await mailsTo(email)).length;
    await openConsultation(adminA, `استشارة بعد المحو ${counter}`);
    expect(await mailsTo(email)).toHaveLength(before);
  });

  it('is refused to anonymous callers and to collectivity accounts, erasing nothing', async () => {
    const email = address('kept');
    await confirmedFollower(email);
    expect((await notificationsGraph.execute(ERASE, { email })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const caller of [adminB, adminA, editorA]) {
      expect((await notificationsGraph.execute(ERASE, { email }, caller)).errors![0].extensions!.code).toBe('FORBIDDEN');
      const exported = await notificationsGraph.execute(EXPORT, { email }, caller);
      expect(exported.data?._entities?.[0] ?? null).toBeNull();
    }
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.follower WHERE email = $1', [email]);
    expect(count).toBe(1);
  });
});
