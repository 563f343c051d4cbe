import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, testSecurity, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';
import { PROPOSAL_RATE_LIMIT_DEFAULTS, proposalRateLimitsFor } from '../proposal-rate-limits';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };

const CREATE = 'mutation ($input: ProposalInput!) { createProposal(input: $input) { id status published } }';
const ANSWER = 'mutation ($id: ID!, $input: ProposalAnswerInput!) { answerProposal(id: $id, input: $input) { status answer mergedInto { id } } }';
const SUBMIT = 'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id reference } }';

async function newProposal(caller = editorA): Promise<string> {
  const { data, errors } = await subgraph.execute(CREATE, { input: { title: 'Une idée', principle: 'TRANSPARENCY', eventId: DemoIds.events.tamazganaWorkshop } }, caller);
  expect(errors).toBeUndefined();
  return data!.createProposal.id;
}

const row = async (id: string) => (await subgraph.ownerDataSource.query('SELECT * FROM participation.proposal WHERE id = $1', [id]))[0];

describe('proposals', () => {
  it("lists Tamazgana's published, illustrative proposals, each principle represented", async () => {
    const { data } = await subgraph.execute(
      'query ($id: ID!) { proposals(filter: { collectivityId: $id }, first: 100) { totalCount nodes { principle isIllustrative published } } }',
      { id: DemoIds.tamazgana },
    );
    const principles = new Set(data!.proposals.nodes.map((node: { principle: string }) => node.principle));
    expect(principles).toEqual(new Set(['TRANSPARENCY', 'ACCOUNTABILITY', 'ACCESS_TO_INFORMATION', 'CITIZEN_PARTICIPATION', 'DIGITALIZATION']));
    expect(data!.proposals.nodes.every((node: { isIllustrative: boolean; published: boolean }) => node.isIllustrative && node.published)).toBe(true);
  });

  it('refuses a supporters count above 10,000,000 with BAD_USER_INPUT naming supportsCount, writing nothing', async () => {
    const count = async () => (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.proposal'))[0].n;
    const before = await count();
    const created = await subgraph.execute(CREATE, { input: { title: 'Une pétition', principle: 'TRANSPARENCY', supportsCount: 1_500_000_000 } }, editorA);
    expect(created.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supportsCount' });
    expect(await count()).toBe(before);
    const id = await newProposal();
    const updated = await subgraph.execute('mutation ($id: ID!, $input: ProposalInput!) { updateProposal(id: $id, input: $input) { id } }', { id, input: { supportsCount: 10_000_001 } }, editorA);
    expect(updated.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supportsCount' });
    expect((await row(id)).supports_count).toBe(0);
  });

  it.each(['RETAINED', 'MERGED', 'REJECTED'])('requires a public answer to mark a proposal %s, and writes nothing without it', async (status) => {
    const id = await newProposal();
    const { errors } = await subgraph.execute(ANSWER, { id, input: { status, answer: '  ' } }, editorA);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer' });
    expect((await row(id)).status).toBe('SUBMITTED');
  });

  it('merges into a named proposal of the same collectivity only', async () => {
    const id = await newProposal();
    const missing = await subgraph.execute(ANSWER, { id, input: { status: 'MERGED', answer: 'Fusionnée.' } }, editorA);
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergedIntoId' });
    const foreign = await subgraph.execute(ANSWER, { id, input: { status: 'MERGED', answer: 'Fusionnée.', mergedIntoId: DemoIds.proposals.demoCommuneDraft } }, editorA);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergedIntoId' });
    const merged = await subgraph.execute(ANSWER, { id, input: { status: 'MERGED', answer: 'Fusionnée.', mergedIntoId: DemoIds.proposals.tamazganaTransparency } }, editorA);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.answerProposal).toEqual({ status: 'MERGED', answer: 'Fusionnée.', mergedInto: { id: DemoIds.proposals.tamazganaTransparency } });
  });

  it('refuses a link to an event of another collectivity', async () => {
    const { errors } = await subgraph.execute(CREATE, { input: { title: 'Idée', principle: 'TRANSPARENCY', eventId: DemoIds.events.demoCommuneWorkshop } }, editorA);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
  });

  it('lets only admins publish, and only with the consent of the citizen who wrote it', async () => {
    const id = await newProposal();
    const byEditor = await subgraph.execute('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { published } }', { id }, editorA);
    expect(byEditor.errors![0].extensions!.code).toBe('FORBIDDEN');
    await subgraph.ownerDataSource.query('UPDATE participation.proposal SET consent_to_publish = false WHERE id = $1', [id]);
    const withoutConsent = await subgraph.execute('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { published } }', { id }, adminA);
    expect(withoutConsent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'published' });
    expect((await row(id)).published).toBe(false);
  });
});

describe('citizen proposals to an open public consultation', () => {
  const input = (change: Record<string, unknown> = {}) => ({
    input: {
      collectivityId: DemoIds.demoCommune,
      consultationId: DemoIds.events.demoCommuneConsultation,
      title: 'Des bancs publics près de l’école',
      body: 'Installer des bancs et un abri près de l’école primaire.',
      principle: 'CITIZEN_PARTICIPATION',
      consentToPublish: true,
      contact: 'citoyen@example.org',
      ...change,
    },
  });

  it('enters as SUBMITTED and unpublished, audited, with a reference to follow its answer and a contact only the commune reads', async () => {
    const { data, errors } = await subgraph.execute(SUBMIT, input());
    expect(errors).toBeUndefined();
    const { id, reference } = data!.submitProposal;
    expect(reference).toMatch(/^[0-9A-F]{12}$/);
    expect(await row(id)).toMatchObject({ status: 'SUBMITTED', published: false, citizen_submitted: true, source: 'CONSULTATION' });
    // nothing is public until the commune publishes it
    expect((await subgraph.execute('query ($id: ID!) { proposal(id: $id) { id } }', { id })).data!.proposal).toBeNull();
    const own = await subgraph.execute('query ($id: ID!) { proposal(id: $id) { contact consentToPublish } }', { id }, adminB);
    expect(own.data!.proposal).toEqual({ contact: 'citoyen@example.org', consentToPublish: true });
    const followUp = await subgraph.execute('query ($r: String!) { proposalFollowUp(reference: $r) { status published answer } }', { r: reference.toLowerCase() });
    expect(followUp.data!.proposalFollowUp).toEqual({ status: 'SUBMITTED', published: false, answer: null });
    const [audit] = await subgraph.ownerDataSource.query('SELECT actor_role, action, collectivity_id FROM audit.entry WHERE entity_id = $1', [id]);
    expect(audit).toEqual({ actor_role: 'ANONYMOUS', action: 'CREATE', collectivity_id: DemoIds.demoCommune });
  });

  it('hides a citizen’s contact from the network and from other communes once published', async () => {
    const { data } = await subgraph.execute(SUBMIT, input({ title: 'Une autre idée publique' }));
    await subgraph.execute('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { id } }', { id: data!.submitProposal.id }, adminB);
    for (const caller of [adminA, { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null } as Caller, undefined]) {
      const read = await subgraph.execute('query ($id: ID!) { proposal(id: $id) { title contact } }', { id: data!.submitProposal.id }, caller);
      expect(read.data!.proposal).toEqual({ title: 'Une autre idée publique', contact: null });
    }
  });

  it.each([
    ['a proposal to a workshop, not an open consultation', { consultationId: DemoIds.events.tamazganaWorkshop, collectivityId: DemoIds.tamazgana }, 'consultationId'],
    ["a proposal naming another commune than the consultation's", { collectivityId: DemoIds.tamazgana }, 'consultationId'],
    ['a proposal with a blank title', { title: '   ' }, 'title'],
    ['a proposal with an over-long body', { body: 'x'.repeat(5001) }, 'body'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_what, change, field) => {
    const before = (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.proposal'))[0].n;
    const { errors } = await subgraph.execute(SUBMIT, input(change));
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.proposal'))[0].n).toBe(before);
  });

  it('refuses a consultation whose window has closed', async () => {
    await subgraph.ownerDataSource.query("UPDATE participation.event SET ends_at = now() - interval '1 minute' WHERE id = $1", [DemoIds.events.demoCommuneConsultation]);
    try {
      const { errors } = await subgraph.execute(SUBMIT, input());
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consultationId' });
    } finally {
      await subgraph.ownerDataSource.query("UPDATE participation.event SET ends_at = now() + interval '30 days' WHERE id = $1", [DemoIds.events.demoCommuneConsultation]);
    }
  });

  it('limits submissions per client address with RATE_LIMITED and the seconds to wait, as sign-in does', async () => {
    const context = { clientAddress: '203.0.113.9' };
    const results = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      results.push(await subgraph.execute(SUBMIT, input({ title: `Idée numéro ${attempt}` }), undefined, context));
    }
    expect(results.slice(0, 5).every((result) => !result.errors)).toBe(true);
    expect(results[5].data).toBeNull();
    expect(results[5].errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const wait = results[5].errors![0].extensions!.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(results[5].errors![0].message).toMatch(new RegExp(`retry in ${wait} seconds`));
  });

  it('keeps the submission counters in the database, so that another process of the service counts the same submissions', async () => {
    const context = { clientAddress: '198.51.100.77' };
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await subgraph.execute(SUBMIT, input({ title: `Idée partagée ${attempt}` }), undefined, context)).errors).toBeUndefined();
    }
    // a fresh set of limits holds nothing in memory: what it knows comes from PostgreSQL
    proposalRateLimitsFor(subgraph.dataSource, testSecurity().jwtSecret, PROPOSAL_RATE_LIMIT_DEFAULTS);
    const refused = await subgraph.execute(SUBMIT, input({ title: 'Une de trop' }), undefined, context);
    expect(refused.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const rows: Array<{ key: string }> = await subgraph.dataSource.query('SELECT key FROM participation.proposal_rate_limit');
    expect(rows.length).toBeGreaterThan(0);
    // keys are HMACs: no address is stored
    expect(rows.some((row) => row.key.includes('198.51.100'))).toBe(false);
  });
});

describe('proposal search', () => {
  it('matches title and text whatever the case, accents and Arabic letter variants', async () => {
    const query = 'query ($s: String) { proposals(filter: { search: $s }, first: 100) { nodes { id } } }';
    const french = await subgraph.execute(query, { s: 'PROCES-VERBAUX' });
    expect(french.data!.proposals.nodes.map((node: { id: string }) => node.id)).toContain(DemoIds.proposals.tamazganaTransparency);
    // محاضر written with a final ه for the ة of "الجماعة"
    const arabic = await subgraph.execute(query, { s: 'للجماعه' });
    expect(arabic.data!.proposals.nodes.map((node: { id: string }) => node.id)).toContain(DemoIds.proposals.tamazganaTransparency);
  });
});
