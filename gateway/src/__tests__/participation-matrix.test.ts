import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID } from '@infitah/server-kit';
import { casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** The isolation matrix, through the gateway, for participation's resources beyond events. */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const owner = () => platform.subgraphs.participation.ownerDataSource;

async function draft(table: 'proposal' | 'organisation', collectivityId = DemoIds.tamazgana): Promise<string> {
  const id = randomUUID();
  if (table === 'proposal') {
    await owner().query(
      "INSERT INTO participation.proposal (collectivity_id, id, title, principle, source) VALUES ($1, $2, 'Brouillon', 'TRANSPARENCY', 'EVENT')",
      [collectivityId, id],
    );
  } else {
    await owner().query("INSERT INTO participation.organisation (collectivity_id, id, name_fr) VALUES ($1, $2, 'Brouillon')", [collectivityId, id]);
  }
  return id;
}

const titleOf = async (table: 'proposal' | 'organisation', id: string) =>
  (await owner().query(`SELECT ${table === 'proposal' ? 'title' : 'name_fr AS title'}, published FROM participation.${table} WHERE id = $1`, [id]))[0] as
    | { title: string; published: boolean }
    | undefined;

describe('proposals of collectivity A, unpublished', () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    list: { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    'read one': { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    create: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'allowed', network: 'FORBIDDEN' },
    update: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    answer: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    publish: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    delete: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    // the one write open to anyone: a proposal to a commune's open public consultation
    'submit to an open consultation': { anonymous: 'allowed', editorA: 'allowed', adminA: 'allowed', adminB: 'allowed', network: 'allowed' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    const id = await draft('proposal');
    switch (operation) {
      case 'list': {
        const response = await platform.graphql('query ($c: ID) { proposals(filter: { collectivityId: $c }, first: 100) { nodes { id } } }', { c: DemoIds.tamazgana }, token);
        expect(response.data.proposals.nodes.some((node: { id: string }) => node.id === id) ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'read one': {
        const response = await platform.graphql('query ($id: ID!) { proposal(id: $id) { id } }', { id }, token);
        expect(response.data.proposal ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'create': {
        const response = await platform.graphql('mutation { createProposal(input: { title: "Idée", principle: DIGITALIZATION }) { id published collectivity { id } } }', {}, token);
        expect(outcomeOf(response, 'createProposal')).toBe(expected);
        if (expected === 'allowed') expect(response.data.createProposal.collectivity.id).toBe(actor === 'adminB' ? DemoIds.demoCommune : DemoIds.tamazgana);
        break;
      }
      case 'update': {
        const response = await platform.graphql('mutation ($id: ID!) { updateProposal(id: $id, input: { title: "Changé" }) { id } }', { id }, token);
        expect(outcomeOf(response, 'updateProposal')).toBe(expected);
        expect((await titleOf('proposal', id))?.title).toBe(expected === 'allowed' ? 'Changé' : 'Brouillon');
        break;
      }
      case 'answer': {
        const response = await platform.graphql('mutation ($id: ID!) { answerProposal(id: $id, input: { status: REJECTED, answer: "Non." }) { status } }', { id }, token);
        expect(outcomeOf(response, 'answerProposal')).toBe(expected);
        break;
      }
      case 'publish': {
        const response = await platform.graphql('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { published } }', { id }, token);
        expect(outcomeOf(response, 'setProposalPublished')).toBe(expected);
        expect((await titleOf('proposal', id))?.published).toBe(expected === 'allowed');
        break;
      }
      case 'delete': {
        const response = await platform.graphql('mutation ($id: ID!) { deleteProposal(id: $id) }', { id }, token);
        expect(outcomeOf(response, 'deleteProposal')).toBe(expected);
        expect(Boolean(await titleOf('proposal', id))).toBe(expected !== 'allowed');
        break;
      }
      case 'submit to an open consultation': {
        const response = await platform.graphql(
          `mutation ($c: ID!, $e: ID!) { submitProposal(input: { collectivityId: $c, consultationId: $e, title: "Idée citoyenne", body: "Texte", principle: TRANSPARENCY, consentToPublish: true }) { id } }`,
          { c: DemoIds.demoCommune, e: DemoIds.events.demoCommuneConsultation },
          token,
        );
        expect(outcomeOf(response, 'submitProposal')).toBe(expected);
        const [row] = await owner().query('SELECT status, published, collectivity_id FROM participation.proposal WHERE id = $1', [response.data.submitProposal.id]);
        expect(row).toEqual({ status: 'SUBMITTED', published: false, collectivity_id: DemoIds.demoCommune });
        break;
      }
    }
  });
});

describe('organisations of collectivity A, unpublished', () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    list: { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    create: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'allowed', network: 'FORBIDDEN' },
    update: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    delete: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    const id = await draft('organisation');
    if (operation === 'list') {
      const response = await platform.graphql('{ organisations(first: 100) { nodes { id } } }', {}, token);
      expect(response.data.organisations.nodes.some((node: { id: string }) => node.id === id) ? 'sees' : 'hidden').toBe(expected);
    } else if (operation === 'create') {
      const response = await platform.graphql('mutation { createOrganisation(input: { nameAr: "جمعية" }) { id } }', {}, token);
      expect(outcomeOf(response, 'createOrganisation')).toBe(expected);
    } else if (operation === 'update') {
      const response = await platform.graphql('mutation ($id: ID!) { updateOrganisation(id: $id, input: { nameFr: "Changé" }) { id } }', { id }, token);
      expect(outcomeOf(response, 'updateOrganisation')).toBe(expected);
      expect((await titleOf('organisation', id))?.title).toBe(expected === 'allowed' ? 'Changé' : 'Brouillon');
    } else {
      const response = await platform.graphql('mutation ($id: ID!) { deleteOrganisation(id: $id) }', { id }, token);
      expect(outcomeOf(response, 'deleteOrganisation')).toBe(expected);
      expect(Boolean(await titleOf('organisation', id))).toBe(expected !== 'allowed');
    }
  });
});

describe("the network's own events, unpublished", () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    'read one': { anonymous: 'hidden', editorA: 'hidden', adminA: 'hidden', adminB: 'hidden', network: 'sees' },
    update: { anonymous: 'UNAUTHENTICATED', editorA: 'NOT_FOUND', adminA: 'NOT_FOUND', adminB: 'NOT_FOUND', network: 'allowed' },
    'name attendees': { anonymous: 'UNAUTHENTICATED', editorA: 'NOT_FOUND', adminA: 'NOT_FOUND', adminB: 'NOT_FOUND', network: 'allowed' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const id = randomUUID();
    await owner().query(
      `INSERT INTO participation.event (collectivity_id, id, kind, organizer, title_fr, starts_at) VALUES ($1, $2, 'TRAINING', 'NETWORK', 'Formation', now())`,
      [NETWORK_TENANT_ID, id],
    );
    const token = tokens[actor];
    if (operation === 'read one') {
      const response = await platform.graphql('query ($id: ID!) { event(id: $id) { id } }', { id }, token);
      expect(response.data.event ? 'sees' : 'hidden').toBe(expected);
    } else if (operation === 'update') {
      const response = await platform.graphql('mutation ($id: ID!) { updateEvent(id: $id, input: { status: HELD }) { status } }', { id }, token);
      expect(outcomeOf(response, 'updateEvent')).toBe(expected);
    } else {
      const response = await platform.graphql(
        'mutation ($id: ID!, $c: ID!) { setEventParticipants(eventId: $id, participants: [{ collectivityId: $c, attended: true }]) { id } }',
        { id, c: DemoIds.tamazgana },
        token,
      );
      expect(outcomeOf(response, 'setEventParticipants')).toBe(expected);
    }
  });
});

describe("answers to the network's invitation to one of its published trainings, collectivity A invited", () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    answer: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'BAD_USER_INPUT', network: 'FORBIDDEN' },
    // A's answer is A's own and the network's expected attendance: nobody else reads it
    'read answers': { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const id = randomUUID();
    await owner().query(
      `INSERT INTO participation.event (collectivity_id, id, kind, organizer, title_fr, starts_at, published) VALUES ($1, $2, 'TRAINING', 'NETWORK', 'Formation', now() + interval '30 days', true)`,
      [NETWORK_TENANT_ID, id],
    );
    await owner().query('INSERT INTO participation.event_participant (collectivity_id, event_id, participant_id, invited) VALUES ($1, $2, $3, true)', [NETWORK_TENANT_ID, id, DemoIds.tamazgana]);
    const token = tokens[actor];
    if (operation === 'answer') {
      const response = await platform.graphql('mutation ($id: ID!) { answerTrainingInvitation(eventId: $id, attending: true) { attending } }', { id }, token);
      expect(outcomeOf(response, 'answerTrainingInvitation')).toBe(expected);
      const [{ count }] = await owner().query('SELECT count(*)::int AS count FROM participation.invitation_answer WHERE event_id = $1', [id]);
      expect(count).toBe(expected === 'allowed' ? 1 : 0);
    } else {
      await owner().query('INSERT INTO participation.invitation_answer (collectivity_id, event_id, attending) VALUES ($1, $2, true)', [DemoIds.tamazgana, id]);
      const response = await platform.graphql('query ($id: ID!) { event(id: $id) { invitationAnswers { attending } } }', { id }, token);
      expect(response.errors).toBeUndefined();
      expect(response.data.event.invitationAnswers.length ? 'sees' : 'hidden').toBe(expected);
    }
  });
});
