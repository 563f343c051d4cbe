import { Client } from 'pg';
import { DemoIds } from '@infitah/demo-data';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from './support/test-platform';
import { ACTORS, signInActors, type Actor } from './support/actors';

/**
 * Personal data (law 09-08, issue 9 item 6): the network, and only the network, exports or erases what the
 * platform holds on one person, found by email; after the erasure nothing of it is left in the records,
 * the audit trail, open data or anything an anonymous caller reads.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;
let database: Client;

const EMAIL = 'Fatima.Zahra@Example.ma';
const email = EMAIL.toLowerCase();
const NAME = 'Fatima Zahra Bennani';
const PHONE = '+212 600 000 111';
const PASSWORD = 'a long enough password 1';

const EXPORT = `query ($email: String!, $names: [String!]! = []) { personalData(email: $email) {
  email
  accounts { id email displayName role active }
  focalPoints { collectivityId focalPointName focalPointRole contactEmail contactPhone }
  citizenProposals { proposalId collectivityId title contact consentToPublish published }
  organisationContacts { organisationId collectivityId name contactEmail contactPhone }
  speakerMentions(names: $names) { eventId collectivityId role name }
  follows { collectivityId language consentVersion confirmedAt }
} }`;
const ERASE =
  'mutation ($email: String!, $names: [String!]) { accounts: erasePersonalAccountData(email: $email) participation: erasePersonalParticipationData(email: $email, names: $names) notifications: erasePersonalNotificationData(email: $email) }';

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
let accountId: string;
let accountToken: string;
let proposalId: string;
let followerId: string;

/** Everything the database holds that mentions the person, whoever may read it. */
async function traces(): Promise<string[]> {
  const needles = [email, NAME.toLowerCase(), PHONE];
  const { rows } = await database.query<{ place: string }>(
    `SELECT 'account ' || id AS place FROM territory.account WHERE lower(email) = $1 OR lower(display_name) = $2
     UNION ALL SELECT 'profile ' || collectivity_id FROM territory.collectivity_profile WHERE lower(contact_email) = $1 OR lower(focal_point_name) = $2 OR contact_phone = $3
     UNION ALL SELECT 'proposal ' || id FROM participation.proposal WHERE strpos(lower(coalesce(contact, '')), $1) > 0
     UNION ALL SELECT 'organisation ' || id FROM participation.organisation WHERE lower(contact_email) = $1 OR contact_phone = $3
     UNION ALL SELECT 'agenda ' || id FROM participation.agenda_item WHERE strpos(lower(speakers::text), $2) > 0
     UNION ALL SELECT 'follower ' || id FROM notifications.follower WHERE email = $1
     UNION ALL SELECT 'mail ' || id FROM notifications.delivery WHERE lower(recipient) = $1
     UNION ALL SELECT 'audit ' || entity || ' ' || action FROM audit.entry
       WHERE strpos(lower(coalesce(before::text, '') || coalesce(after::text, '')), $1) > 0
          OR strpos(lower(coalesce(before::text, '') || coalesce(after::text, '')), $2) > 0
          OR strpos(coalesce(before::text, '') || coalesce(after::text, ''), $3) > 0`,
    needles,
  );
  return rows.map((row) => row.place);
}

/** What anyone can read without signing in: open data and the public graph. */
async function publicText(): Promise<string> {
  const parts: string[] = [];
  // every dataset the platform lists (the archive holds these same files, open-data-standard.test.ts)
  const listed = (await (await fetch(`${platform.gatewayUrl}/open-data/`)).json()) as { datasets: Array<{ name: string }> };
  expect(listed.datasets.length).toBeGreaterThanOrEqual(10);
  for (const dataset of listed.datasets.map((entry) => entry.name)) {
    for (const format of ['csv', 'json']) {
      const response = await fetch(`${platform.gatewayUrl}/open-data/${dataset}.${format}`);
      expect(response.status).toBe(200);
      parts.push(await response.text());
    }
  }
  const anonymous = await platform.graphql(
    `query ($a: ID!, $b: ID!, $event: ID!) {
       a: collectivity(id: $a) { profile { focalPointName focalPointRole contactEmail contactPhone } }
       b: collectivity(id: $b) { profile { focalPointName contactEmail contactPhone } proposals(first: 100) { nodes { title body contact } } }
       proposals(first: 100) { nodes { id title body contact consentToPublish } }
       organisations(first: 100) { nodes { nameFr contactEmail contactPhone } }
       event(id: $event) { agenda { speakers { role name } } }
     }`,
    { a: DemoIds.tamazgana, b: DemoIds.demoCommune, event: DemoIds.events.tamazganaKickoff },
  );
  expect(anonymous.errors).toBeUndefined();
  parts.push(JSON.stringify(anonymous.data));
  return parts.join('\n').toLowerCase();
}

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
  const url = new URL(platform.database.adminUrl);
  url.pathname = `/${platform.database.name}`;
  database = new Client({ connectionString: url.toString() });
  await database.connect();

  // the person: a commune account, Tamazgana's focal point, a citizen who wrote to the demo commune, an association's contact
  const account = await platform.graphql(
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    { input: { email: EMAIL, displayName: NAME, password: PASSWORD, role: 'COLLECTIVITY_EDITOR', collectivityId: DemoIds.tamazgana } },
    tokens.network,
  );
  expect(account.errors).toBeUndefined();
  accountId = account.data.createAccount.id;
  accountToken = await platform.login(email, PASSWORD);
  const profile = await platform.graphql(
    'mutation ($input: CollectivityProfileInput!) { updateCollectivityProfile(input: $input) { id } }',
    { input: { focalPointName: NAME, focalPointRole: 'Chargée de la transparence', contactEmail: EMAIL, contactPhone: PHONE } },
    tokens.adminA,
  );
  expect(profile.errors).toBeUndefined();
  const proposal = await platform.graphql(
    'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } }',
    {
      input: {
        collectivityId: DemoIds.demoCommune,
        consultationId: DemoIds.events.demoCommuneConsultation,
        title: 'Publier les procès-verbaux du conseil',
        body: 'En ligne, dans la semaine.',
        principle: 'TRANSPARENCY',
        consentToPublish: true,
        contact: `${NAME}, ${EMAIL}, ${PHONE}`,
      },
    },
  );
  expect(proposal.errors).toBeUndefined();
  proposalId = proposal.data.submitProposal.id;
  // the commune publishes it (with consent): its contact stays private all the same
  const published = await platform.graphql('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { id } }', { id: proposalId }, tokens.adminB);
  expect(published.errors).toBeUndefined();
  // and a speaker at Tamazgana's (published) launch meeting
  const agenda = await platform.graphql(
    'mutation ($id: ID!, $items: [AgendaItemInput!]!) { replaceAgenda(eventId: $id, items: $items) { id } }',
    {
      id: DemoIds.events.tamazganaKickoff,
      items: [{ startsAt: '2025-03-07T12:00:00Z', endsAt: '2025-03-07T13:00:00Z', titleFr: 'Ouverture', kind: 'SPEECH', speakers: [{ role: 'FOCAL_POINT', name: NAME }] }],
    },
    tokens.adminA,
  );
  expect(agenda.errors).toBeUndefined();
  const organisation = await platform.graphql(
    'mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { nameFr: 'Association des jeunes de la démo', contactEmail: EMAIL, contactPhone: PHONE } },
    tokens.adminB,
  );
  expect(organisation.errors).toBeUndefined();
  // and a citizen who asked to follow Tamazgana's consultations by e-mail
  const follow = await platform.graphql('mutation ($email: String!, $id: ID!) { followCollectivity(email: $email, collectivityId: $id, language: FR) }', { email: EMAIL, id: DemoIds.tamazgana });
  expect(follow.errors).toBeUndefined();
  followerId = (await database.query('SELECT id FROM notifications.follower WHERE email = $1', [email])).rows[0].id;
}, 120_000);

afterAll(async () => {
  await database?.end();
  await platform.close();
});

describe('personal data (law 09-08)', () => {
  it('is found in every part of the platform that holds it', async () => {
    expect((await traces()).filter((place) => !place.startsWith('audit') && !place.startsWith('mail'))).toHaveLength(6);
  });

  it('never reaches open data or an anonymous caller, even once the proposal is published', async () => {
    const text = await publicText();
    expect(text).toContain('publier les procès-verbaux du conseil');
    expect(text).toContain('focal_point');
    expect(text).not.toContain(email);
    expect(text).not.toContain(NAME.toLowerCase());
    expect(text).not.toContain(PHONE);
  });

  it("shows a focal point's and a speaker's name to signed-in callers only", async () => {
    const query = `query ($a: ID!, $event: ID!) { collectivity(id: $a) { profile { focalPointName focalPointRole contactEmail contactPhone } }
      event(id: $event) { agenda { speakers { role name } } } }`;
    const variables = { a: DemoIds.tamazgana, event: DemoIds.events.tamazganaKickoff };
    const signedIn = await platform.graphql(query, variables, tokens.adminB);
    expect(signedIn.data.collectivity.profile).toEqual({ focalPointName: NAME, focalPointRole: 'Chargée de la transparence', contactEmail: EMAIL, contactPhone: PHONE });
    expect(signedIn.data.event.agenda[0].speakers).toEqual([{ role: 'FOCAL_POINT', name: NAME }]);
    const anonymous = await platform.graphql(query, variables);
    expect(anonymous.data.collectivity.profile).toEqual({ focalPointName: null, focalPointRole: 'Chargée de la transparence', contactEmail: null, contactPhone: null });
    expect(anonymous.data.event.agenda[0].speakers).toEqual([{ role: 'FOCAL_POINT', name: null }]);
  });

  it.each(ACTORS.filter((actor) => actor !== 'network'))('is exported and erased by the network only, not by %s', async (actor) => {
    const expected = actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    const exported = await platform.graphql(EXPORT, { email: EMAIL }, tokens[actor]);
    expect(codes(exported)).toContain(expected);
    expect(JSON.stringify(exported.data ?? null)).not.toContain(email);
    const erased = await platform.graphql(ERASE, { email: EMAIL }, tokens[actor]);
    expect(codes(erased).length).toBeGreaterThan(0);
    expect(new Set(codes(erased))).toEqual(new Set([expected]));
    expect(await traces()).toEqual(expect.arrayContaining([`account ${accountId}`, `proposal ${proposalId}`, `follower ${followerId}`]));
  });

  it('refuses what is not an email address', async () => {
    for (const value of ['', 'not-an-email', 'a\u0000@b.ma', 'x'.repeat(400)]) {
      const response = await platform.graphql(EXPORT, { email: value }, tokens.network);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    }
  });

  it('exports everything held on the person, from every subgraph, for the network', async () => {
    const response = await platform.graphql(EXPORT, { email: `  ${EMAIL} `, names: [NAME.toUpperCase()] }, tokens.network);
    expect(response.errors).toBeUndefined();
    const subject = response.data.personalData;
    expect(subject.email).toBe(email);
    expect(subject.accounts).toEqual([{ id: accountId, email, displayName: NAME, role: 'COLLECTIVITY_EDITOR', active: true }]);
    expect(subject.focalPoints).toEqual([
      { collectivityId: DemoIds.tamazgana, focalPointName: NAME, focalPointRole: 'Chargée de la transparence', contactEmail: EMAIL, contactPhone: PHONE },
    ]);
    expect(subject.speakerMentions).toEqual([{ eventId: DemoIds.events.tamazganaKickoff, collectivityId: DemoIds.tamazgana, role: 'FOCAL_POINT', name: NAME }]);
    expect(subject.citizenProposals).toEqual([
      expect.objectContaining({ proposalId, collectivityId: DemoIds.demoCommune, contact: `${NAME}, ${EMAIL}, ${PHONE}`, consentToPublish: true, published: true }),
    ]);
    expect(subject.organisationContacts).toEqual([expect.objectContaining({ collectivityId: DemoIds.demoCommune, contactEmail: EMAIL, contactPhone: PHONE })]);
    expect(subject.follows).toEqual([{ collectivityId: DemoIds.tamazgana, language: 'FR', consentVersion: 'follow-2026-12', confirmedAt: null }]);
    // the export is on the record, under a pseudonym: the trail does not learn the email from it
    const [entry] = (await database.query("SELECT entity_id, actor_role FROM audit.entry WHERE entity = 'PersonalData' AND action = 'EXPORT'")).rows;
    expect(entry).toMatchObject({ actor_role: 'NETWORK_ADMIN', entity_id: expect.stringMatching(/^sha256:[0-9a-f]{32}$/) });
  });

  it('does not match another address that merely contains it', async () => {
    const response = await platform.graphql(EXPORT, { email: 'zahra@example.ma' }, tokens.network);
    expect(response.errors).toBeUndefined();
    expect(response.data.personalData).toMatchObject({ accounts: [], focalPoints: [], citizenProposals: [], organisationContacts: [], follows: [] });
  });

  it('erases it everywhere for the network: records, audit trail, sign-in, open data', async () => {
    const response = await platform.graphql(ERASE, { email: EMAIL, names: [NAME] }, tokens.network);
    expect(response.errors).toBeUndefined();
    // the follower, and the confirmation mail if the worker recorded it already
    expect(response.data).toEqual({ accounts: 2, participation: 3, notifications: expect.any(Number) });
    expect(response.data.notifications).toBeGreaterThanOrEqual(1);

    expect(await traces()).toEqual([]);
    const after = await platform.graphql(EXPORT, { email: EMAIL, names: [NAME] }, tokens.network);
    expect(after.data.personalData).toMatchObject({ accounts: [], focalPoints: [], citizenProposals: [], organisationContacts: [], speakerMentions: [], follows: [] });
    // the agenda keeps the speaker's role
    const agenda = await platform.graphql('query ($id: ID!) { event(id: $id) { agenda { speakers { role name } } } }', { id: DemoIds.events.tamazganaKickoff }, tokens.adminA);
    expect(agenda.data.event.agenda[0].speakers).toEqual([{ role: 'FOCAL_POINT', name: null }]);

    // the account is closed: no sign-in, and its earlier token is refused
    const login = await platform.graphql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: EMAIL, p: PASSWORD });
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await platform.graphql('{ me { id } }', {}, accountToken))).toEqual(['UNAUTHENTICATED']);
    const [account] = (await database.query('SELECT email, display_name, active FROM territory.account WHERE id = $1', [accountId])).rows;
    expect(account).toEqual({ email: `erased-${accountId}@erased.invalid`, display_name: '[erased]', active: false });

    // the proposal stays, as the commune's record, without its contact
    const proposal = await platform.graphql('query ($id: ID!) { proposal(id: $id) { title contact } }', { id: proposalId }, tokens.adminB);
    expect(proposal.data.proposal).toEqual({ title: 'Publier les procès-verbaux du conseil', contact: null });

    // the audit trail keeps its entries, the person's values erased, and records the erasure under a pseudonym
    const erasures = (await database.query("SELECT service, entity_id FROM audit.entry WHERE entity = 'PersonalData' AND action = 'ERASE' ORDER BY service")).rows;
    expect(erasures.map((row) => row.service)).toEqual(['notifications', 'participation', 'territory']);
    const created = (await database.query("SELECT after FROM audit.entry WHERE entity = 'Account' AND entity_id = $1 AND action = 'CREATE'", [accountId])).rows;
    expect(created[0].after).toMatchObject({ id: accountId, email: '[erased]', displayName: '[erased]' });

    const text = await publicText();
    expect(text).not.toContain(email);
    expect(text).not.toContain(NAME.toLowerCase());
    expect(text).not.toContain(PHONE);
  });

  it('keeps the audit trail append-only for everyone else', async () => {
    const url = new URL(platform.database.appUrls.territory);
    const service = new Client({ connectionString: url.toString() });
    await service.connect();
    try {
      await service.query("SELECT set_config('infitah.audit_redacting', 'on', false), set_config('app.role', 'NETWORK_ADMIN', false)");
      await expect(service.query("UPDATE audit.entry SET after = '{}'::jsonb")).rejects.toThrow(/permission denied/);
      // the redaction function checks the caller is the network
      await service.query("SELECT set_config('app.role', 'COLLECTIVITY_ADMIN', false)");
      await expect(service.query("SELECT audit.redact('territory', ARRAY['x'])")).rejects.toThrow(/only the network/);
    } finally {
      await service.end();
    }
  });
});
