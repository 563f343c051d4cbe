import { DemoIds } from '@infitah/demo-data';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
}, 60_000);
afterAll(() => subgraph?.close());

const EMAIL = 'Nadia.Amrani@Example.ma';
const EXPORT = `query ($email: String!) { _entities(representations: [{ __typename: "PersonalDataSubject", email: $email }]) {
  ... on PersonalDataSubject { citizenProposals { proposalId contact contactEmail consentToContact } } } }`;

async function submit(email: string) {
  const { data, errors } = await subgraph.execute('mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } }', {
    input: {
      collectivityId: DemoIds.demoCommune,
      consultationId: DemoIds.events.demoCommuneConsultation,
      title: 'Éclairer le chemin de l’école',
      body: 'Des lampadaires solaires.',
      principle: 'ACCESS_TO_INFORMATION',
      consentToPublish: false,
      email,
      consentToContact: true,
    },
  });
  expect(errors).toBeUndefined();
  return data!.submitProposal.id as string;
}

describe('the e-mail address a citizen leaves to hear of the answer (law 09-08)', () => {
  it('is kept in lower case with the consent, private to the commune, exported and erased by the network', async () => {
    const id = await submit(EMAIL);
    const [stored] = await subgraph.ownerDataSource.query('SELECT contact_email, consent_to_contact FROM participation.proposal WHERE id = $1', [id]);
    expect(stored).toEqual({ contact_email: 'nadia.amrani@example.ma', consent_to_contact: true });

    const exported = await subgraph.execute(EXPORT, { email: EMAIL }, demoCallers.network);
    expect(exported.errors).toBeUndefined();
    expect(exported.data!._entities[0].citizenProposals).toEqual([{ proposalId: id, contact: null, contactEmail: 'nadia.amrani@example.ma', consentToContact: true }]);
    // the commune's own admin, and an anonymous caller, get no subject at all
    for (const caller of [demoCallers.adminB, undefined]) {
      expect((await subgraph.execute(EXPORT, { email: EMAIL }, caller)).data!._entities).toEqual([null]);
    }

    const erased = await subgraph.execute('mutation ($email: String!) { erasePersonalParticipationData(email: $email) }', { email: EMAIL }, demoCallers.network);
    expect(erased.errors).toBeUndefined();
    const [after] = await subgraph.ownerDataSource.query('SELECT contact_email, consent_to_contact FROM participation.proposal WHERE id = $1', [id]);
    expect(after).toEqual({ contact_email: null, consent_to_contact: false });
    expect((await subgraph.execute(EXPORT, { email: EMAIL }, demoCallers.network)).data!._entities[0].citizenProposals).toEqual([]);
  });

  it('is refused without the consent to be contacted, and then nothing is written', async () => {
    const { errors } = await subgraph.execute('mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } }', {
      input: {
        collectivityId: DemoIds.demoCommune,
        consultationId: DemoIds.events.demoCommuneConsultation,
        title: 'Sans consentement',
        body: 'Texte.',
        principle: 'TRANSPARENCY',
        consentToPublish: true,
        email: 'sans.consentement@example.ma',
      },
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentToContact' });
    const [{ count }] = await subgraph.ownerDataSource.query("SELECT count(*)::int AS count FROM participation.proposal WHERE title = 'Sans consentement'");
    expect(count).toBe(0);
  });
});
