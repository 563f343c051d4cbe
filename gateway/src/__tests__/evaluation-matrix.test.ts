import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** Evaluation through the gateway: the isolation matrix, and the traceability that crosses subgraphs. */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const owner = () => platform.subgraphs.evaluation.ownerDataSource;

/** Tamazgana's programme back in consultation: its plan is edited directly only before adoption. */
const inConsultation = () => owner().query("UPDATE evaluation.action_program SET status = 'CONSULTATION' WHERE id = $1", [DemoIds.programs.tamazgana]);

async function draftCommitmentOfA(): Promise<string> {
  const id = randomUUID();
  await owner().query(
    `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_fr, principles) VALUES ($1, $2, $3, 'Brouillon', '{TRANSPARENCY}')`,
    [DemoIds.tamazgana, id, DemoIds.programs.tamazgana],
  );
  return id;
}

const commitmentRow = async (id: string) =>
  (await owner().query('SELECT title_fr, published FROM evaluation.commitment WHERE id = $1', [id]))[0] as { title_fr: string; published: boolean } | undefined;

describe('commitments of collectivity A, unpublished', () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    list: { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    'read one': { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    create: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'FORBIDDEN', network: 'FORBIDDEN' },
    update: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    'save with its milestones': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    publish: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    delete: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    review: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'FORBIDDEN', network: 'allowed' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    await inConsultation();
    const id = await draftCommitmentOfA();
    switch (operation) {
      case 'list': {
        const response = await platform.graphql('query ($c: ID) { commitments(filter: { collectivityId: $c }, first: 100) { nodes { id } } }', { c: DemoIds.tamazgana }, token);
        expect(response.data.commitments.nodes.some((node: { id: string }) => node.id === id) ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'read one': {
        const response = await platform.graphql('query ($id: ID!) { commitment(id: $id) { id } }', { id }, token);
        expect(response.data.commitment ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'create': {
        // Tamazgana's programme is published: everyone can see it, only its own accounts add to it
        const response = await platform.graphql(
          'mutation ($p: ID!) { createCommitment(programId: $p, input: { titleFr: "Nouveau", principles: [ACCOUNTABILITY] }) { id } }',
          { p: DemoIds.programs.tamazgana },
          token,
        );
        expect(outcomeOf(response, 'createCommitment')).toBe(expected);
        break;
      }
      case 'update': {
        const response = await platform.graphql('mutation ($id: ID!) { updateCommitment(id: $id, input: { titleFr: "Changé" }) { id } }', { id }, token);
        expect(outcomeOf(response, 'updateCommitment')).toBe(expected);
        expect((await commitmentRow(id))?.title_fr).toBe(expected === 'allowed' ? 'Changé' : 'Brouillon');
        break;
      }
      case 'save with its milestones': {
        const response = await platform.graphql(
          'mutation ($id: ID!) { saveCommitment(id: $id, input: { titleFr: "Changé", milestones: [{ title: "Jalon", weight: 1 }] }) { id } }',
          { id },
          token,
        );
        expect(outcomeOf(response, 'saveCommitment')).toBe(expected);
        expect((await commitmentRow(id))?.title_fr).toBe(expected === 'allowed' ? 'Changé' : 'Brouillon');
        const [milestones] = await owner().query('SELECT count(*)::int AS n FROM evaluation.milestone WHERE commitment_id = $1', [id]);
        expect(milestones.n).toBe(expected === 'allowed' ? 1 : 0);
        break;
      }
      case 'publish': {
        const response = await platform.graphql('mutation ($id: ID!) { setCommitmentPublished(id: $id, published: true) { id } }', { id }, token);
        expect(outcomeOf(response, 'setCommitmentPublished')).toBe(expected);
        expect((await commitmentRow(id))?.published).toBe(expected === 'allowed');
        break;
      }
      case 'delete': {
        const response = await platform.graphql('mutation ($id: ID!) { deleteCommitment(id: $id) }', { id }, token);
        expect(outcomeOf(response, 'deleteCommitment')).toBe(expected);
        expect(Boolean(await commitmentRow(id))).toBe(expected !== 'allowed');
        break;
      }
      case 'review': {
        const response = await platform.graphql('mutation ($id: ID!) { reviewCommitment(commitmentId: $id, input: { verifiedCompletion: NOT_STARTED }) { id } }', { id }, token);
        expect(outcomeOf(response, 'reviewCommitment')).toBe(expected);
        break;
      }
    }
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['editorA', 'FORBIDDEN'],
    ['adminA', 'allowed'],
    ['adminB', 'FORBIDDEN'],
    ['network', 'FORBIDDEN'],
  ] as const)("moving Tamazgana's programme through its statuses by %s → %s", async (actor, expected) => {
    // the demo programme is in preparation (as of March 2025): adopted here, as the council is to adopt it, then put back
    await owner().query("UPDATE evaluation.action_program SET status = 'ADOPTED', adopted_on = '2025-10', council_session = 'Session d''octobre 2025' WHERE id = $1", [
      DemoIds.programs.tamazgana,
    ]);
    try {
      const response = await platform.graphql('mutation ($id: ID!) { setProgramStatus(id: $id, input: { status: IMPLEMENTATION }) { status } }', { id: DemoIds.programs.tamazgana }, tokens[actor]);
      expect(outcomeOf(response, 'setProgramStatus')).toBe(expected);
    } finally {
      await owner().query("UPDATE evaluation.action_program SET status = 'CO_CREATION', adopted_on = NULL, council_session = NULL WHERE id = $1", [DemoIds.programs.tamazgana]);
    }
  });
});

describe("the parts of collectivity A's programme and commitments", () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    'file a progress report': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'FORBIDDEN', network: 'FORBIDDEN' },
    'replace the milestones of a draft commitment': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    'record a measurement': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'FORBIDDEN', network: 'FORBIDDEN' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    await inConsultation();
    if (operation === 'file a progress report') {
      const response = await platform.graphql(
        'mutation ($p: ID!) { createProgressReport(programId: $p, input: { periodStart: "2026-01-01", periodEnd: "2026-06-30", narrative: "x" }) { id } }',
        { p: DemoIds.programs.tamazgana },
        token,
      );
      expect(outcomeOf(response, 'createProgressReport')).toBe(expected);
    } else if (operation === 'replace the milestones of a draft commitment') {
      const id = await draftCommitmentOfA();
      const response = await platform.graphql(
        'mutation ($id: ID!) { replaceMilestones(commitmentId: $id, milestones: [{ title: "Jalon", weight: 1 }]) { id } }',
        { id },
        token,
      );
      expect(outcomeOf(response, 'replaceMilestones')).toBe(expected);
      const [row] = await owner().query('SELECT count(*)::int AS n FROM evaluation.milestone WHERE commitment_id = $1', [id]);
      expect(row.n).toBe(expected === 'allowed' ? 1 : 0);
    } else {
      const [indicator] = await owner().query('SELECT id FROM evaluation.indicator WHERE commitment_id = $1', [DemoIds.commitments.tamazganaCouncilMinutes]);
      const day = `2027-01-${String(10 + Object.keys(tokens).indexOf(actor)).padStart(2, '0')}`;
      const response = await platform.graphql(
        'mutation ($id: ID!, $d: String!) { recordMeasurement(indicatorId: $id, input: { measuredOn: $d, value: 30 }) { id } }',
        { id: indicator.id, d: day },
        token,
      );
      expect(outcomeOf(response, 'recordMeasurement')).toBe(expected);
      const [row] = await owner().query('SELECT count(*)::int AS n FROM evaluation.measurement WHERE indicator_id = $1 AND measured_on = $2', [indicator.id, day]);
      expect(row.n).toBe(expected === 'allowed' ? 1 : 0);
    }
  });
});

describe("a commitment of collectivity A's adopted programme", () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    'update directly': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    amend: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    'mark a milestone done': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    // the demo programme is in preparation (as of March 2025): adopted here, as the council is to adopt it
    await owner().query(
      "UPDATE evaluation.action_program SET status = 'ADOPTED', adopted_on = coalesce(adopted_on, '2025-10'), council_session = coalesce(council_session, 'Session') WHERE id = $1",
      [DemoIds.programs.tamazgana],
    );
    const id = await draftCommitmentOfA();
    const milestoneId = randomUUID();
    await owner().query("INSERT INTO evaluation.milestone (collectivity_id, id, commitment_id, position, title) VALUES ($1, $2, $3, 0, 'Jalon')", [DemoIds.tamazgana, milestoneId, id]);
    if (operation === 'update directly') {
      const response = await platform.graphql('mutation ($id: ID!) { updateCommitment(id: $id, input: { titleFr: "Changé" }) { id } }', { id }, token);
      expect(outcomeOf(response, 'updateCommitment')).toBe(expected);
      // the commune's own accounts are told the way: the contract's code, with the amendment path, unmasked by the gateway
      if (actor === 'editorA' || actor === 'adminA') expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AMENDMENT_REQUIRED', amendWith: 'amendCommitment' });
      expect((await commitmentRow(id))?.title_fr).toBe('Brouillon');
    } else if (operation === 'amend') {
      const sessionId = randomUUID();
      await owner().query(
        "INSERT INTO directory.event (collectivity_id, id, kind, status, starts_at, published) VALUES ($1, $2, 'COUNCIL_SESSION', 'HELD', '2025-10-28T10:00:00Z', true)",
        [DemoIds.tamazgana, sessionId],
      );
      const response = await platform.graphql(
        'mutation ($id: ID!, $s: ID!) { amendCommitment(id: $id, input: { reason: "Approuvé par le conseil", councilSessionEventId: $s, amendedOn: "2025-10-28", changes: { titleFr: "Amendé" } }) { versions { kind } } }',
        { id, s: sessionId },
        token,
      );
      expect(outcomeOf(response, 'amendCommitment')).toBe(expected);
      expect((await commitmentRow(id))?.title_fr).toBe(expected === 'allowed' ? 'Amendé' : 'Brouillon');
      if (expected === 'allowed') expect(response.data.amendCommitment.versions).toEqual([{ kind: 'ADOPTION' }, { kind: 'AMENDMENT' }]);
    } else {
      const response = await platform.graphql('mutation ($id: ID!) { setMilestoneDone(id: $id, input: { doneOn: "2026-01-05" }) { id } }', { id: milestoneId }, token);
      expect(outcomeOf(response, 'setMilestoneDone')).toBe(expected);
      const [row] = await owner().query('SELECT done_on::text FROM evaluation.milestone WHERE id = $1', [milestoneId]);
      expect(row.done_on).toBe(expected === 'allowed' ? '2026-01-05' : null);
    }
  });
});

describe('traceability from proposal to commitment', () => {
  const TRACE = `query ($id: ID!) { commitment(id: $id) { title(language: FR) sourceProposals { id title commitment { id } } } }`;

  it('lets a commitment and its source proposal point at each other across subgraphs', async () => {
    const response = await platform.graphql(TRACE, { id: DemoIds.commitments.tamazganaCouncilMinutes });
    expect(response.errors).toBeUndefined();
    expect(response.data.commitment.sourceProposals).toEqual([
      { id: DemoIds.proposals.tamazganaTransparency, title: expect.any(String), commitment: { id: DemoIds.commitments.tamazganaCouncilMinutes } },
    ]);
    const proposal = await platform.graphql('query ($id: ID!) { proposal(id: $id) { commitment { title(language: FR) collectivity { id } } } }', {
      id: DemoIds.proposals.tamazganaTransparency,
    });
    expect(proposal.data.proposal.commitment).toEqual({ title: 'Publier les procès-verbaux et délibérations du conseil', collectivity: { id: DemoIds.tamazgana } });
  });

  it("refuses to link a proposal to a commitment of another collectivity, whatever id is supplied", async () => {
    const created = await platform.graphql(
      'mutation { createProposal(input: { title: "Idée de la commune fictive", principle: TRANSPARENCY }) { id } }',
      {},
      tokens.adminB,
    );
    const id = created.data.createProposal.id;
    // the fictional commune names Tamazgana's commitment: refused, nothing stored
    const answered = await platform.graphql(
      'mutation ($id: ID!, $c: ID!) { answerProposal(id: $id, input: { status: RETAINED, answer: "Retenue.", commitmentId: $c }) { commitment { id title } } }',
      { id, c: DemoIds.commitments.tamazganaCouncilMinutes },
      tokens.adminB,
    );
    expect(answered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitmentId' });
    const [row] = await platform.subgraphs.participation.ownerDataSource.query('SELECT status, commitment_id FROM participation.proposal WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'SUBMITTED', commitment_id: null });
    const sources = await platform.graphql(TRACE, { id: DemoIds.commitments.tamazganaCouncilMinutes }, tokens.network);
    expect(sources.data.commitment.sourceProposals.map((proposal: { id: string }) => proposal.id)).not.toContain(id);
  });

  it('leaves out of a public caller’s sourceProposals a proposal that is not published, without failing', async () => {
    await platform.subgraphs.participation.ownerDataSource.query('UPDATE participation.proposal SET published = false WHERE id = $1', [
      DemoIds.proposals.tamazganaAccessToInformation,
    ]);
    const query = 'query ($id: ID!) { commitment(id: $id) { sourceProposals { id } } }';
    const anonymous = await platform.graphql(query, { id: DemoIds.commitments.tamazganaInformationDesk });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.commitment.sourceProposals).toEqual([]);
    const own = await platform.graphql(query, { id: DemoIds.commitments.tamazganaInformationDesk }, tokens.editorA);
    expect(own.data.commitment.sourceProposals).toEqual([{ id: DemoIds.proposals.tamazganaAccessToInformation }]);
  });
});

describe('the network in one query', () => {
  it('returns territory, participation and evaluation figures together, agreeing with the lists', async () => {
    for (const actor of ['anonymous', 'adminA', 'network'] as const) {
      const response = await platform.graphql(
        `{ network { memberCount participation { eventCount proposalCount } evaluation { programCount commitmentCount collectivitiesWithAdoptedProgram adoptionShare } }
           events { totalCount } proposals { totalCount } actionPrograms { totalCount } commitments { totalCount } }`,
        {},
        tokens[actor],
      );
      expect(response.errors).toBeUndefined();
      const { network, events, proposals, actionPrograms, commitments } = response.data;
      expect(network.memberCount).toBe(14);
      expect(network.participation).toEqual({ eventCount: events.totalCount, proposalCount: proposals.totalCount });
      expect(network.evaluation).toMatchObject({ programCount: actionPrograms.totalCount, commitmentCount: commitments.totalCount });
      expect(network.evaluation.collectivitiesWithAdoptedProgram).toBeGreaterThanOrEqual(1);
      // evaluation's share needs territory's member count, which the gateway fetches for it (@requires)
      expect(network.evaluation.adoptionShare).toBeCloseTo(network.evaluation.collectivitiesWithAdoptedProgram / network.memberCount);
    }
  });
});
