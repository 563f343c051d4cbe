import { DemoIds } from '@infitah/demo-data';
import { participation } from '@infitah/participation';
import { territory } from '@infitah/territory';
import { createTestDatabase, demoCallers, startTestSubgraph, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { notifications } from '../../subgraph';
import { runQueueOnce, startNotificationWorker, type WorkerOptions } from '../../delivery/worker';
import { startReceiver, type Receiver } from './receiver';

let database: TestDatabase;
let territoryGraph: TestSubgraph;
let participationGraph: TestSubgraph;
let notificationsGraph: TestSubgraph;
let receiver: Receiver;

beforeAll(async () => {
  database = await createTestDatabase();
  [territoryGraph, participationGraph, notificationsGraph, receiver] = await Promise.all([
    startTestSubgraph(territory, { database }),
    startTestSubgraph(participation, { database }),
    startTestSubgraph(notifications, { database }),
    startReceiver(),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([territoryGraph?.close(), participationGraph?.close(), notificationsGraph?.close(), receiver?.close()]);
  await database?.drop();
});
// each test starts with no endpoint registered
afterEach(() => notificationsGraph.ownerDataSource.query('DELETE FROM notifications.webhook'));

const { adminA, editorA, adminB, network } = demoCallers;
const CREATE = 'mutation ($input: WebhookInput!) { createWebhook(input: $input) { secret webhook { id url kinds active } } }';
const LIST = '{ webhooks { totalCount nodes { id url kinds active disabledAt } } }';
const LOG = 'query ($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount nodes { messageId kind attempt succeeded statusCode error attemptedAt } } }';
const DELETE = 'mutation ($id: ID!) { deleteWebhook(id: $id) }';
const SUBMIT = 'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } }';

const silentMailer = { sendMail: async () => undefined };
function workerOptions(): WorkerOptions {
  return { databaseUrl: database.appUrls.notifications, publicUrl: 'http://portal.test', mailer: silentMailer, from: 'Infitah <no-reply@infitah.test>', pollIntervalMs: 200 };
}

async function register(caller: (typeof demoCallers)[keyof typeof demoCallers], path: string, kinds = ['PROPOSAL_SUBMITTED']) {
  const { data, errors } = await notificationsGraph.execute(CREATE, { input: { url: `${receiver.url}${path}`, kinds } }, caller);
  expect(errors).toBeUndefined();
  return data!.createWebhook as { secret: string; webhook: { id: string; url: string; kinds: string[]; active: boolean } };
}

let counter = 0;
async function anonymousProposal(): Promise<{ id: string; title: string }> {
  counter += 1;
  const title = `Des bancs à l'ombre au souk ${counter} ${Date.now()}`;
  const { data, errors } = await participationGraph.execute(SUBMIT, {
    input: {
      collectivityId: DemoIds.demoCommune,
      consultationId: DemoIds.events.demoCommuneConsultation,
      title,
      body: 'Installer des bancs ombragés près du souk hebdomadaire.',
      principle: 'CITIZEN_PARTICIPATION',
      consentToPublish: true,
      email: 'citoyen@example.org',
      consentToContact: true,
    },
  });
  expect(errors).toBeUndefined();
  return { id: data!.submitProposal.id as string, title };
}

async function withEnv<T>(values: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const makeDue = () => notificationsGraph.ownerDataSource.query('UPDATE graphile_worker._private_jobs SET run_at = now() WHERE locked_at IS NULL');

describe('registering webhooks', () => {
  it('gives a collectivity admin its secret once in the Standard Webhooks form, and lists the endpoint to its own collectivity only', async () => {
    const { secret, webhook } = await register(adminB, '/b', ['PROPOSAL_SUBMITTED', 'EVENT_PUBLISHED']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhook).toMatchObject({ url: `${receiver.url}/b`, kinds: ['PROPOSAL_SUBMITTED', 'EVENT_PUBLISHED'], active: true });
    // the secret is no field of the endpoint: it cannot be read again
    expect((await notificationsGraph.execute('{ webhooks { nodes { secret } } }', {}, adminB)).errors?.[0]?.message).toMatch(/Cannot query field "secret"/);

    const mine = await notificationsGraph.execute(LIST, {}, adminB);
    expect(mine.data!.webhooks.nodes.map((node: { id: string }) => node.id)).toEqual([webhook.id]);
    for (const caller of [adminA, network]) {
      expect((await notificationsGraph.execute(LIST, {}, caller)).data!.webhooks.totalCount).toBe(0);
    }
    // the network registers its own, which the collectivities do not see
    const networkHook = await register(network, '/network');
    expect((await notificationsGraph.execute(LIST, {}, network)).data!.webhooks.nodes.map((node: { id: string }) => node.id)).toEqual([networkHook.webhook.id]);
    expect((await notificationsGraph.execute(LIST, {}, adminB)).data!.webhooks.totalCount).toBe(1);
  });

  it('refuses an editor with FORBIDDEN and an anonymous caller with UNAUTHENTICATED, writing nothing', async () => {
    const { webhook } = await register(adminA, '/a');
    const input = { url: `${receiver.url}/x`, kinds: ['PROPOSAL_SUBMITTED'] };
    for (const [caller, code] of [[editorA, 'FORBIDDEN'], [undefined, 'UNAUTHENTICATED']] as const) {
      expect((await notificationsGraph.execute(CREATE, { input }, caller)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await notificationsGraph.execute(LIST, {}, caller)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await notificationsGraph.execute(LOG, { id: webhook.id }, caller)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await notificationsGraph.execute(DELETE, { id: webhook.id }, caller)).errors?.[0]?.extensions?.code).toBe(code);
    }
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.webhook');
    expect(count).toBe(1);
  });

  it("answers NOT_FOUND to another collectivity's admin and to the network for an endpoint not theirs, and lets its owner delete it", async () => {
    const { webhook } = await register(adminA, '/a');
    for (const caller of [adminB, network]) {
      expect((await notificationsGraph.execute(LOG, { id: webhook.id }, caller)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await notificationsGraph.execute(DELETE, { id: webhook.id }, caller)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await notificationsGraph.execute(DELETE, { id: webhook.id }, adminA)).data!.deleteWebhook).toBe(true);
    expect((await notificationsGraph.execute(LIST, {}, adminA)).data!.webhooks.totalCount).toBe(0);
    const audit = await notificationsGraph.ownerDataSource.query("SELECT action, actor_id FROM audit.entry WHERE entity = 'Webhook' AND entity_id = $1 ORDER BY occurred_at", [webhook.id]);
    expect(audit).toEqual([
      { action: 'CREATE', actor_id: DemoIds.accounts.tamazganaAdmin },
      { action: 'DELETE', actor_id: DemoIds.accounts.tamazganaAdmin },
    ]);
  });

  it('refuses an empty list of kinds and a malformed address with BAD_USER_INPUT naming the field', async () => {
    const none = await notificationsGraph.execute(CREATE, { input: { url: `${receiver.url}/a`, kinds: [] } }, adminA);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
    for (const url of ['not a url', 'ftp://example.org/hook', 'https://user:pw@example.org/hook']) {
      const refused = await notificationsGraph.execute(CREATE, { input: { url, kinds: ['PROPOSAL_SUBMITTED'] } }, adminA);
      expect([url, refused.errors?.[0]?.extensions?.code, refused.errors?.[0]?.extensions?.field]).toEqual([url, 'BAD_USER_INPUT', 'url']);
    }
  });

  it('refuses loopback, private and link-local addresses and plain http in production mode', async () => {
    for (const env of [{ NODE_ENV: 'production' }, { WEBHOOKS_STRICT_URLS: 'true' }] as Array<Record<string, string>>) {
      await withEnv(env, async () => {
        for (const [url, rule] of [
          [`${receiver.url}/a`, 'httpsOnly'],
          ['https://127.0.0.1/hook', 'publicAddress'],
          ['https://localhost/hook', 'publicAddress'],
          ['https://10.1.2.3/hook', 'publicAddress'],
          ['https://192.168.1.10/hook', 'publicAddress'],
          ['https://169.254.169.254/latest/meta-data', 'publicAddress'],
          ['https://[::1]/hook', 'publicAddress'],
          ['https://[fd00::1]/hook', 'publicAddress'],
          ['https://[::ffff:127.0.0.1]/hook', 'publicAddress'],
        ]) {
          const refused = await notificationsGraph.execute(CREATE, { input: { url, kinds: ['PROPOSAL_SUBMITTED'] } }, adminA);
          expect([url, refused.errors?.[0]?.extensions]).toEqual([url, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'url', rule })]);
        }
      });
    }
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.webhook');
    expect(count).toBe(0);
    // the same address is accepted in development and tests
    expect((await register(adminA, '/a')).webhook.active).toBe(true);
  });

  it('keeps endpoints and their log from the runtime role without a caller, under forced row-level security', async () => {
    await register(adminA, '/a');
    expect(await notificationsGraph.dataSource.query('SELECT * FROM notifications.webhook')).toEqual([]);
    await expect(
      notificationsGraph.dataSource.query("INSERT INTO notifications.webhook (collectivity_id, url, kinds, secret) VALUES ($1, 'http://x.test', '{PROPOSAL_SUBMITTED}', 'whsec_x')", [DemoIds.tamazgana]),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('delivering to webhooks', () => {
  it("delivers an anonymous proposal within 15 s to the commune's and the network's endpoints, signed so standardwebhooks verifies it, and nothing to another commune's", async () => {
    const commune = await register(adminB, '/commune-b');
    const other = await register(adminA, '/commune-a');
    const networkHook = await register(network, '/network');
    const worker = await startNotificationWorker(notificationsGraph.dataSource, { ...workerOptions(), log: () => undefined });
    try {
      const started = Date.now();
      const proposal = await anonymousProposal();
      const about = (request: { body: string }) => request.body.includes(proposal.id);
      const received = await receiver.waitFor('/commune-b', about, 15_000);
      expect(Date.now() - started).toBeLessThan(15_000);

      const verified = new StandardWebhook(commune.secret).verify(received.body, received.headers as Record<string, string>) as { type: string; timestamp: string; data: Record<string, string> };
      expect(verified).toEqual({
        type: 'PROPOSAL_SUBMITTED',
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        data: { collectivityId: DemoIds.demoCommune, proposalId: proposal.id, link: `http://portal.test/admin/#/proposals/${proposal.id}` },
      });
      // the minimal public description: neither the unpublished proposal's title nor the citizen's address
      expect(received.body).not.toContain(proposal.title);
      expect(received.body).not.toContain('citoyen@example.org');
      expect(received.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
      // another secret does not verify it
      expect(() => new StandardWebhook(other.secret).verify(received.body, received.headers as Record<string, string>)).toThrow();

      const atNetwork = await receiver.waitFor('/network', about, 15_000);
      expect(() => new StandardWebhook(networkHook.secret).verify(atNetwork.body, atNetwork.headers as Record<string, string>)).not.toThrow();

      // the attempt is logged once the receiver has answered: a moment after the request arrived
      let log = await notificationsGraph.execute(LOG, { id: commune.webhook.id }, adminB);
      for (const deadline = Date.now() + 5_000; !log.data!.webhookDeliveries.totalCount && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        log = await notificationsGraph.execute(LOG, { id: commune.webhook.id }, adminB);
      }
      expect(log.data!.webhookDeliveries.nodes).toEqual([
        expect.objectContaining({ messageId: received.headers['webhook-id'], kind: 'PROPOSAL_SUBMITTED', attempt: 1, succeeded: true, statusCode: 204, error: null }),
      ]);
    } finally {
      await worker.stop();
    }
    expect(receiver.requests.filter((request) => request.path === '/commune-a')).toEqual([]);
    const [{ count }] = await notificationsGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.webhook_message WHERE webhook_id = $1', [other.webhook.id]);
    expect(count).toBe(0);
  }, 30_000);

  it('retries a failing endpoint with the same message id, logs every attempt, then disables it and tells its owner in the inbox', async () => {
    await withEnv({ WEBHOOKS_MAX_ATTEMPTS: '3' }, async () => {
      const { webhook } = await register(adminB, '/fail-b');
      const proposal = await anonymousProposal();
      await runQueueOnce(notificationsGraph.dataSource, workerOptions());
      const [job] = await notificationsGraph.ownerDataSource.query(
        "SELECT j.attempts, j.max_attempts, j.run_at > now() AS later FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'webhook'",
      );
      // the first attempt failed and the retry waits (graphile-worker backs off)
      expect(job).toEqual({ attempts: 1, max_attempts: 3, later: true });
      for (let run = 0; run < 2; run += 1) {
        await makeDue();
        await runQueueOnce(notificationsGraph.dataSource, workerOptions());
      }
      // the disabling's own notification is worked too
      await makeDue();
      await runQueueOnce(notificationsGraph.dataSource, workerOptions());

      const attempts = receiver.requests.filter((request) => request.path === '/fail-b' && request.body.includes(proposal.id));
      expect(attempts).toHaveLength(3);
      expect(new Set(attempts.map((request) => request.headers['webhook-id'])).size).toBe(1);

      const log = await notificationsGraph.execute(LOG, { id: webhook.id }, adminB);
      expect(log.data!.webhookDeliveries.nodes.map((node: { attempt: number; succeeded: boolean; statusCode: number }) => [node.attempt, node.succeeded, node.statusCode])).toEqual([
        [3, false, 500],
        [2, false, 500],
        [1, false, 500],
      ]);
      const listed = await notificationsGraph.execute(LIST, {}, adminB);
      expect(listed.data!.webhooks.nodes[0]).toMatchObject({ id: webhook.id, active: false, disabledAt: expect.any(String) });

      const inbox = await notificationsGraph.execute('{ notifications { nodes { kind link } } }', {}, adminB);
      expect(inbox.data!.notifications.nodes).toContainEqual({ kind: 'WEBHOOK_DISABLED', link: `http://portal.test/admin/#/webhooks/${webhook.id}/show` });
      const elsewhere = await notificationsGraph.execute('{ notifications { nodes { kind } } }', {}, adminA);
      expect(elsewhere.data!.notifications.nodes).not.toContainEqual({ kind: 'WEBHOOK_DISABLED' });

      // a disabled endpoint is sent nothing more
      const later = await anonymousProposal();
      await runQueueOnce(notificationsGraph.dataSource, workerOptions());
      expect(receiver.requests.filter((request) => request.body.includes(later.id))).toEqual([]);
    });
  });

  it("tells the commune's EVENT_PUBLISHED endpoint of an event once published, and nothing while it is a draft", async () => {
    const { secret } = await register(adminA, '/events-a', ['EVENT_PUBLISHED']);
    const created = await participationGraph.execute(
      'mutation { createEvent(input: { kind: COMMITTEE_MEETING, title: "Comité de suivi", startsAt: "2026-01-12T10:00:00Z", endsAt: "2026-01-12T12:00:00Z" }) { id } }',
      {},
      adminA,
    );
    expect(created.errors).toBeUndefined();
    const eventId = created.data!.createEvent.id as string;
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    expect(receiver.requests.filter((request) => request.body.includes(eventId))).toEqual([]);

    const published = await participationGraph.execute('mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } }', { id: eventId }, adminA);
    expect(published.errors).toBeUndefined();
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    const [received] = receiver.requests.filter((request) => request.path === '/events-a' && request.body.includes(eventId));
    expect(new StandardWebhook(secret).verify(received.body, received.headers as Record<string, string>)).toMatchObject({
      type: 'EVENT_PUBLISHED',
      data: { collectivityId: DemoIds.tamazgana, eventId, link: `http://portal.test/admin/#/events/${eventId}` },
    });
  });

  it('refuses at delivery, in production mode, an endpoint whose host resolves to a loopback address, and logs why', async () => {
    // registered in development, delivered in production: the host is resolved and checked again at each attempt
    const { webhook } = await register(adminB, '/strict-b');
    await notificationsGraph.ownerDataSource.query('UPDATE notifications.webhook SET url = $2 WHERE id = $1', [webhook.id, `https://localhost:${new URL(receiver.url).port}/strict-b`]);
    const proposal = await anonymousProposal();
    await withEnv({ WEBHOOKS_STRICT_URLS: 'true' }, () => runQueueOnce(notificationsGraph.dataSource, workerOptions()));
    expect(receiver.requests.filter((request) => request.body.includes(proposal.id))).toEqual([]);
    const log = await notificationsGraph.execute(LOG, { id: webhook.id }, adminB);
    expect(log.data!.webhookDeliveries.nodes).toEqual([
      expect.objectContaining({ attempt: 1, succeeded: false, statusCode: null, error: expect.stringContaining('loopback, private or link-local') }),
    ]);
  });
});
