import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@infitah/client';
import { DemoIds } from '@infitah/demo-data';
import { startNotificationWorker } from '@infitah/notifications';
import { casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * Webhooks through the gateway: who registers, lists, reads the log of and deletes an endpoint of collectivity A
 * (Tamazgana), and the done-when: an anonymous citizen's proposal reaches the commune's endpoint, signed, within
 * 15 s, and no other tenant's endpoint.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;
let receiver: Server;
let receiverUrl: string;
const received: Array<{ path: string; headers: IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '/', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await platform?.close();
});

const CREATE = 'mutation ($input: WebhookInput!) { createWebhook(input: $input) { secret webhook { id url kinds active } } }';

async function webhookOfA(path = '/a'): Promise<{ id: string; secret: string }> {
  const response = await platform.graphql(CREATE, { input: { url: `${receiverUrl}${path}`, kinds: ['PROPOSAL_SUBMITTED'] } }, tokens.adminA);
  expect(response.errors).toBeUndefined();
  return { id: response.data.createWebhook.webhook.id, secret: response.data.createWebhook.secret };
}

describe("webhooks of collectivity A", () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    list: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'sees', adminB: 'hidden', network: 'hidden' },
    create: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'allowed', network: 'allowed' },
    'delivery log': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'NOT_FOUND' },
    delete: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'NOT_FOUND' },
  };
  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    const { id } = await webhookOfA();
    switch (operation) {
      case 'list': {
        const response = await platform.graphql('{ webhooks(first: 100) { nodes { id } } }', {}, token);
        if (response.errors) expect(response.errors[0].extensions?.code).toBe(expected);
        else expect(response.data.webhooks.nodes.some((node: { id: string }) => node.id === id) ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'create': {
        const response = await platform.graphql(CREATE, { input: { url: `${receiverUrl}/${actor}`, kinds: ['PROPOSAL_SUBMITTED'] } }, token);
        expect(outcomeOf(response, 'createWebhook')).toBe(expected);
        break;
      }
      case 'delivery log': {
        const response = await platform.graphql('query ($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }', { id }, token);
        expect(outcomeOf(response, 'webhookDeliveries')).toBe(expected);
        break;
      }
      case 'delete': {
        const response = await platform.graphql('mutation ($id: ID!) { deleteWebhook(id: $id) }', { id }, token);
        expect(outcomeOf(response, 'deleteWebhook')).toBe(expected);
        const [{ count }] = await platform.subgraphs.notifications.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.webhook WHERE id = $1', [id]);
        expect(count).toBe(expected === 'allowed' ? 0 : 1);
        break;
      }
    }
  });
});

describe('a new proposal, delivered', () => {
  it("reaches the commune's endpoint within 15 s of an anonymous submission, with a signature standardwebhooks verifies, and no other commune's", async () => {
    await platform.subgraphs.notifications.ownerDataSource.query('DELETE FROM notifications.webhook');
    const commune = await platform.graphql(CREATE, { input: { url: `${receiverUrl}/commune-b`, kinds: ['PROPOSAL_SUBMITTED'] } }, tokens.adminB);
    expect(commune.errors).toBeUndefined();
    await webhookOfA('/commune-a');
    const worker = await startNotificationWorker(platform.subgraphs.notifications.dataSource, {
      databaseUrl: platform.database.appUrls.notifications,
      publicUrl: 'http://portal.test',
      mailer: { sendMail: async () => undefined },
      from: 'Infitah <no-reply@infitah.test>',
      pollIntervalMs: 500,
      log: () => undefined,
    });
    try {
      const started = Date.now();
      const submitted = await platform.graphql('mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } }', {
        input: {
          collectivityId: DemoIds.demoCommune,
          consultationId: DemoIds.events.demoCommuneConsultation,
          title: 'Un éclairage public solaire pour le quartier',
          body: 'Installer des lampadaires solaires dans les ruelles sombres.',
          principle: 'CITIZEN_PARTICIPATION',
          consentToPublish: true,
        },
      });
      expect(submitted.errors).toBeUndefined();
      const proposalId = submitted.data.submitProposal.id as string;
      let delivery: (typeof received)[number] | undefined;
      while (!delivery && Date.now() - started < 15_000) {
        delivery = received.find((request) => request.path === '/commune-b' && request.body.includes(proposalId));
        if (!delivery) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(delivery).toBeDefined();
      expect(verifyWebhook(commune.data.createWebhook.secret, delivery!.body, delivery!.headers)).toMatchObject({
        type: 'PROPOSAL_SUBMITTED',
        data: { collectivityId: DemoIds.demoCommune, proposalId },
      });
      // the worker has had the time to send anything else it would have
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(received.filter((request) => request.path === '/commune-a')).toEqual([]);
    } finally {
      await worker.stop();
    }
  }, 40_000);
});
