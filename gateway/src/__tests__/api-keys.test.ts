import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import express from 'express';
import { DemoIds } from '@infitah/demo-data';
import { GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import { testSecurity } from '@infitah/test-kit';
import type { GatewayConfig } from '../config';
import { rateLimits } from '../protection';
import { signInActors, type Actor } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** Keys for machines, end to end through the gateway: created by people, acting as them, never more. */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const CREATE = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name readOnly createdAt lastUsedAt revokedAt prefix } } }';
const LIST = '{ apiKeys(first: 100) { totalCount nodes { id name readOnly createdAt lastUsedAt revokedAt } } }';
const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const EVENT = 'query ($id: ID!) { event(id: $id) { id title published collectivity { id } } }';
const EVENTS_OF = 'query ($c: ID!) { events(filter: { collectivityId: $c }, first: 100) { totalCount nodes { id published } } }';
const CREATE_EVENT = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code ?? 'ok';

async function createKey(token: string | null, input: { name: string; readOnly: boolean }) {
  const response = await platform.graphql(CREATE, { input }, token);
  if (!response.data?.createApiKey) throw new Error(`createApiKey failed: ${JSON.stringify(response.errors)}`);
  return response.data.createApiKey as { secret: string; apiKey: { id: string; name: string; readOnly: boolean; createdAt: string; lastUsedAt: string | null; prefix: string } };
}

/** A fresh unpublished event of a collectivity, written as the schema owner. */
async function draftEventOf(collectivityId: string): Promise<string> {
  const id = randomUUID();
  await platform.subgraphs.participation.ownerDataSource.query(
    `INSERT INTO participation.event (collectivity_id, id, kind, title_fr, starts_at, published) VALUES ($1, $2, 'COMMITTEE_MEETING', 'Brouillon', now(), false)`,
    [collectivityId, id],
  );
  return id;
}

describe('an API key of Tamazgana (the Done-when)', () => {
  it("reads Tamazgana's unpublished records and nothing of the demo commune's, and is refused the moment it is revoked", async () => {
    const ownDraft = await draftEventOf(DemoIds.tamazgana);
    const foreignDraft = await draftEventOf(DemoIds.demoCommune);
    const { secret, apiKey } = await createKey(tokens.adminA, { name: 'Site de la commune', readOnly: true });
    expect(secret).toMatch(/^ifk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`ifk_${apiKey.prefix}_`)).toBe(true);

    const own = await platform.graphql(EVENT, { id: ownDraft }, secret);
    expect(own.errors).toBeUndefined();
    expect(own.data.event).toMatchObject({ id: ownDraft, published: false, collectivity: { id: DemoIds.tamazgana } });
    const ownList = await platform.graphql(EVENTS_OF, { c: DemoIds.tamazgana }, secret);
    expect(ownList.data.events.nodes.map((node: { id: string }) => node.id)).toContain(ownDraft);

    const foreign = await platform.graphql(EVENT, { id: foreignDraft }, secret);
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data.event).toBeNull();
    const foreignList = await platform.graphql(EVENTS_OF, { c: DemoIds.demoCommune }, secret);
    expect(foreignList.data.events.nodes.map((node: { id: string }) => node.id)).not.toContain(foreignDraft);
    expect(foreignList.data.events.nodes.every((node: { published: boolean }) => node.published)).toBe(true);

    const revoked = await platform.graphql(REVOKE, { id: apiKey.id }, tokens.adminA);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeApiKey.revokedAt).toEqual(expect.any(String));
    const after = await platform.graphql(EVENT, { id: ownDraft }, secret);
    expect(after.status).toBe(401);
    expect(after.data ?? null).toBeNull();
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
  });

  it('lists the key with its creation and last use, and never its secret', async () => {
    const { secret, apiKey } = await createKey(tokens.adminA, { name: 'Tableau de bord', readOnly: true });
    expect(apiKey.lastUsedAt).toBeNull();
    await platform.graphql('{ me { email } }', {}, secret);
    const list = await platform.graphql(LIST, {}, tokens.adminA);
    expect(list.errors).toBeUndefined();
    const listed = list.data.apiKeys.nodes.find((node: { id: string }) => node.id === apiKey.id);
    expect(listed).toMatchObject({ name: 'Tableau de bord', readOnly: true, createdAt: apiKey.createdAt, revokedAt: null });
    expect(Date.parse(listed.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(apiKey.createdAt));
    expect(JSON.stringify(list.data)).not.toContain(secret.slice(17));
    // stored as a keyed hash: the table holds neither the secret nor its random part
    const [row] = await platform.subgraphs.territory.ownerDataSource.query('SELECT t::text AS text FROM territory.api_key t WHERE id = $1', [apiKey.id]);
    expect(row.text).not.toContain(secret.slice(17));
  });

  it('acts as the account that created it: `me` is that account', async () => {
    const { secret } = await createKey(tokens.adminA, { name: 'Qui suis-je', readOnly: true });
    const me = await platform.graphql('{ me { email role collectivity { id } } }', {}, secret);
    expect(me.data.me).toEqual({ email: 'admin@tamazgana.infitah.test', role: 'COLLECTIVITY_ADMIN', collectivity: { id: DemoIds.tamazgana } });
  });
});

describe('what a key may do', () => {
  it('refuses any mutation of a read-only key with FORBIDDEN and reason API_KEY_READ_ONLY, writing nothing', async () => {
    const { secret } = await createKey(tokens.adminA, { name: 'Lecture seule', readOnly: true });
    const count = async () => (await platform.subgraphs.participation.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.event'))[0].n;
    const before = await count();
    const refused = await platform.graphql(
      CREATE_EVENT,
      { input: { kind: 'COMMITTEE_MEETING', title: 'Par une clé en lecture', startsAt: '2026-03-01T10:00:00Z' } },
      secret,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_READ_ONLY' });
    expect(await count()).toBe(before);
  });

  it('lets a read-write key write with its creator\'s rights, and the audit trail names the key', async () => {
    const { secret, apiKey } = await createKey(tokens.adminA, { name: 'Synchronisation', readOnly: false });
    const created = await platform.graphql(
      CREATE_EVENT,
      { input: { kind: 'COMMITTEE_MEETING', title: 'Écrit par une clé', startsAt: '2026-03-01T10:00:00Z' } },
      secret,
    );
    expect(created.errors).toBeUndefined();
    const eventId = created.data.createEvent.id;
    const [event] = await platform.subgraphs.participation.ownerDataSource.query('SELECT collectivity_id FROM participation.event WHERE id = $1', [eventId]);
    expect(event.collectivity_id).toBe(DemoIds.tamazgana);
    const trail = await platform.graphql(
      'query ($k: ID!) { auditLog(filter: { apiKeyId: $k }) { nodes { entity entityId action actorId apiKeyId } } }',
      { k: apiKey.id },
      tokens.adminA,
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data.auditLog.nodes).toEqual([
      { entity: 'Event', entityId: eventId, action: 'CREATE', actorId: DemoIds.accounts.tamazganaAdmin, apiKeyId: apiKey.id },
    ]);
  });

  it("never does more than its account: a Tamazgana key cannot change the demo commune's records", async () => {
    const foreignDraft = await draftEventOf(DemoIds.demoCommune);
    const { secret } = await createKey(tokens.adminA, { name: 'Écriture', readOnly: false });
    const refused = await platform.graphql('mutation ($id: ID!) { deleteEvent(id: $id) }', { id: foreignDraft }, secret);
    expect(codeOf(refused)).toBe('NOT_FOUND');
    const [row] = await platform.subgraphs.participation.ownerDataSource.query('SELECT id FROM participation.event WHERE id = $1', [foreignDraft]);
    expect(row).toBeDefined();
  });

  it('cannot manage keys itself, not even a read-write key (a key that made keys would outlive its revocation)', async () => {
    const { secret } = await createKey(tokens.adminA, { name: 'Écriture', readOnly: false });
    expect(codeOf(await platform.graphql(CREATE, { input: { name: 'Une autre', readOnly: false } }, secret))).toBe('FORBIDDEN');
    expect(codeOf(await platform.graphql(LIST, {}, secret))).toBe('FORBIDDEN');
  });

  it('is refused once its account is disabled', async () => {
    const email = `second.admin.${randomUUID().slice(0, 8)}@tamazgana.infitah.test`;
    const created = await platform.graphql(
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email, displayName: 'Second admin', password: 'long enough password', role: 'COLLECTIVITY_ADMIN', collectivityId: DemoIds.tamazgana } },
      tokens.network,
    );
    expect(created.errors).toBeUndefined();
    const { secret } = await createKey(await platform.login(email, 'long enough password'), { name: 'Clé du second admin', readOnly: true });
    expect(codeOf(await platform.graphql('{ me { email } }', {}, secret))).toBe('ok');
    const disabled = await platform.graphql('mutation ($id: ID!) { setAccountActive(id: $id, active: false) { active } }', { id: created.data.createAccount.id }, tokens.adminA);
    expect(disabled.errors).toBeUndefined();
    const refused = await platform.graphql('{ me { email } }', {}, secret);
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
  });
});

describe('who manages keys', () => {
  it('refuses an editor with FORBIDDEN, writing nothing', async () => {
    const count = async () => (await platform.subgraphs.territory.ownerDataSource.query('SELECT count(*)::int AS n FROM territory.api_key'))[0].n;
    const before = await count();
    expect(codeOf(await platform.graphql(CREATE, { input: { name: 'Par un éditeur', readOnly: true } }, tokens.editorA))).toBe('FORBIDDEN');
    expect(codeOf(await platform.graphql(LIST, {}, tokens.editorA))).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    expect(codeOf(await platform.graphql(CREATE, { input: { name: 'Anonyme', readOnly: true } }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await platform.graphql(LIST, {}, null))).toBe('UNAUTHENTICATED');
    const { apiKey } = await createKey(tokens.adminA, { name: 'Cible', readOnly: true });
    expect(codeOf(await platform.graphql(REVOKE, { id: apiKey.id }, null))).toBe('UNAUTHENTICATED');
  });

  it("hides a tenant's keys from another tenant and the network: not listed, not revocable (NOT_FOUND), still working", async () => {
    const { secret, apiKey } = await createKey(tokens.adminA, { name: 'Clé de Tamazgana', readOnly: true });
    for (const actor of ['adminB', 'network'] as const) {
      const list = await platform.graphql(LIST, {}, tokens[actor]);
      expect(list.errors).toBeUndefined();
      expect(list.data.apiKeys.nodes.map((node: { id: string }) => node.id)).not.toContain(apiKey.id);
      expect(codeOf(await platform.graphql(REVOKE, { id: apiKey.id }, tokens[actor]))).toBe('NOT_FOUND');
      expect(codeOf(await platform.graphql(REVOKE, { id: apiKey.id }, tokens.editorA))).toBe('FORBIDDEN');
    }
    expect(codeOf(await platform.graphql('{ me { email } }', {}, secret))).toBe('ok');
  });

  it("gives the network keys of its own, which read every tenant's drafts", async () => {
    const draft = await draftEventOf(DemoIds.demoCommune);
    const { secret, apiKey } = await createKey(tokens.network, { name: 'Rapport du ministère', readOnly: true });
    const read = await platform.graphql(EVENT, { id: draft }, secret);
    expect(read.data.event).toMatchObject({ id: draft, published: false });
    const listA = await platform.graphql(LIST, {}, tokens.adminA);
    expect(listA.data.apiKeys.nodes.map((node: { id: string }) => node.id)).not.toContain(apiKey.id);
    const listNetwork = await platform.graphql(LIST, {}, tokens.network);
    expect(listNetwork.data.apiKeys.nodes.map((node: { id: string }) => node.id)).toContain(apiKey.id);
  });

  it('refuses a blank name with BAD_USER_INPUT naming `name`', async () => {
    const response = await platform.graphql(CREATE, { input: { name: '   ', readOnly: true } }, tokens.adminA);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});

describe('presenting a key', () => {
  it('refuses a secret of the right shape that matches no key, and a known prefix with a wrong secret', async () => {
    const unknown = await platform.graphql('{ me { email } }', {}, `ifk_000000000000_${'A'.repeat(43)}`);
    expect([unknown.status, codeOf(unknown)]).toEqual([401, 'UNAUTHENTICATED']);
    const { secret } = await createKey(tokens.adminA, { name: 'Préfixe connu', readOnly: true });
    const wrong = await platform.graphql('{ me { email } }', {}, `${secret.slice(0, 17)}${'B'.repeat(43)}`);
    expect([wrong.status, codeOf(wrong)]).toEqual([401, 'UNAUTHENTICATED']);
    const malformed = await platform.graphql('{ me { email } }', {}, 'ifk_not-a-key');
    expect([malformed.status, codeOf(malformed)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it("refuses, from a client, the short token territory mints for a key's request", async () => {
    const { secret } = await createKey(tokens.adminA, { name: 'Jeton interne', readOnly: false });
    const verifyUrl = platform.subgraphs.territory.url.replace(/\/graphql$/, '/internal/api-keys/verify');
    const minted = await fetch(verifyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GATEWAY_CREDENTIAL_HEADER]: testSecurity().gatewaySecret },
      body: JSON.stringify({ secret }),
    });
    expect(minted.status).toBe(200);
    const { token } = (await minted.json()) as { token: string };
    const response = await platform.graphql('{ me { email } }', {}, token);
    expect([response.status, codeOf(response)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it("answers territory's verification route to the gateway only", async () => {
    const verifyUrl = platform.subgraphs.territory.url.replace(/\/graphql$/, '/internal/api-keys/verify');
    const { secret } = await createKey(tokens.adminA, { name: 'Route interne', readOnly: true });
    const response = await fetch(verifyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secret }) });
    expect(response.status).toBe(403);
  });
});

describe('rate limits per key', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.use('/graphql', ...rateLimits({ rateLimits: { perCaller: 3, perAddress: 1000 } } as GatewayConfig), (_request, response) => {
      response.json({ data: {} });
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  });
  afterAll(() => server.close());

  const statusWith = async (secret: string) => (await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${secret}` } })).status;

  it("counts each key on its own: one key past its limit is refused with 429 while another key still passes", async () => {
    const first = `ifk_aaaaaaaaaaaa_${'A'.repeat(43)}`;
    const second = `ifk_bbbbbbbbbbbb_${'B'.repeat(43)}`;
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push(await statusWith(first));
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await statusWith(second)).toBe(200);
  });
});
