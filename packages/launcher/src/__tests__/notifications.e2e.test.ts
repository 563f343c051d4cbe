import { DEMO_PASSWORD, DemoIds } from '@infitah/demo-data';
import { startPlatformProcess, type PlatformProcess } from './support/platform-process';

let platform: PlatformProcess;

beforeAll(async () => {
  platform = await startPlatformProcess('notifications');
}, 120_000);
afterAll(() => platform?.dispose(), 60_000);

interface CaughtMail {
  subject: string;
  text: string;
  html: string;
  to: Array<{ address: string }>;
}

async function graphql(query: string, variables?: Record<string, unknown>, token?: string) {
  const response = await fetch(`${platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function login(email: string): Promise<string> {
  const { data } = await graphql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email, password: DEMO_PASSWORD });
  return data.login.token as string;
}

/** The mail catcher's REST API, as `npm start` runs it (maildev). */
const caughtMails = async () => (await (await fetch(`http://127.0.0.1:${platform.ports.mailWeb}/email`)).json()) as CaughtMail[];

async function within<T>(ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`nothing within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const INBOX = '{ notifications(unreadOnly: true) { totalCount nodes { id kind title body link readAt } } }';

it("tells the demo commune's admin of a citizen proposal within 15 s, in the inbox and by mail, and mails the citizen the published answer; Tamazgana hears nothing", async () => {
  const title = `Des bancs à l'ombre sur la place du souk ${Date.now()}`;
  const submitted = await graphql('mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id reference } }', {
    input: {
      collectivityId: DemoIds.demoCommune,
      consultationId: DemoIds.events.demoCommuneConsultation,
      title,
      body: 'Installer des bancs et planter des arbres.',
      principle: 'CITIZEN_PARTICIPATION',
      consentToPublish: true,
      email: 'citoyen.e2e@example.org',
      consentToContact: true,
    },
  });
  expect(submitted.errors).toBeUndefined();
  const { id, reference } = submitted.data.submitProposal as { id: string; reference: string };
  const started = Date.now();

  const admin = await login('admin@demo-commune.infitah.test');
  const notification = await within(15_000, async () => {
    const { data } = await graphql(INBOX, {}, admin);
    return (data?.notifications.nodes as Array<{ link: string; kind: string; readAt: string | null }> | undefined)?.find((node) => node.link.endsWith(`/admin/#/proposals/${id}`));
  });
  expect(notification).toMatchObject({ kind: 'PROPOSAL_SUBMITTED', readAt: null });
  const toAdmin = await within(15_000, async () =>
    (await caughtMails()).find((mail) => mail.to[0]?.address === 'admin@demo-commune.infitah.test' && mail.text.includes(title)),
  );
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(toAdmin.html).toContain('dir="rtl"');

  // answered and published: the citizen gets the answer, with a link to follow it on the portal
  const answered = await graphql('mutation ($id: ID!) { answerProposal(id: $id, input: { status: RETAINED, answer: "Retenue : dix bancs au printemps." }) { id } }', { id }, admin);
  expect(answered.errors).toBeUndefined();
  const published = await graphql('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { id } }', { id }, admin);
  expect(published.errors).toBeUndefined();
  const toCitizen = await within(15_000, async () => (await caughtMails()).find((mail) => mail.to[0]?.address === 'citoyen.e2e@example.org'));
  expect(toCitizen.text).toContain('Retenue : dix bancs au printemps.');
  expect(toCitizen.text).toContain(`#/follow-up/${reference}`);

  // the inbox is its owner's: marked read, it leaves the unread list
  expect((await graphql('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [(notification as unknown as { id: string }).id] }, admin)).data.markNotificationsRead).toBe(1);

  for (const email of ['admin@tamazgana.infitah.test', 'editor@tamazgana.infitah.test']) {
    const { data } = await graphql('{ notifications { totalCount } }', {}, await login(email));
    expect({ email, count: data.notifications.totalCount }).toEqual({ email, count: 0 });
  }
  expect((await caughtMails()).filter((mail) => mail.to.some((to) => to.address.endsWith('@tamazgana.infitah.test')))).toEqual([]);
  expect((await graphql('{ notifications { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}, 90_000);
