/** Tamazgana (تمزكانة), the press kit's commune, in the demo data. */
const TAMAZGANA = '00000002-0000-4000-8000-000000000001';

/** One tab per audience: what a commune, a programme's reader and the network ask first. */
export const exampleTabs = [
  {
    query: `# The network's figures, as anyone may read them (sign in as the network to count unpublished records too).
query NetworkFigures {
  network {
    nameFr
    nameAr
    memberCount
    membersByKind { kind count }
    participation { eventCount proposalCount }
    evaluation { programCount commitmentCount }
  }
}
`,
  },
  {
    query: `# A commune's timeline: its events and the network events it attended, newest first.
query CommuneTimeline($collectivityId: ID!) {
  collectivity(id: $collectivityId) {
    nameAr
    nameFr
    membership { joinedOn status }
    events(first: 20) {
      totalCount
      nodes { kind organizer title(language: FR) startsAt venue agenda { startsAt title } }
    }
  }
}
`,
    variables: JSON.stringify({ collectivityId: TAMAZGANA }, null, 2),
  },
  {
    query: `# A commune's programme and its commitments, with the citizens' proposals they came from.
query ProgrammeCommitments($collectivityId: ID!) {
  actionPrograms(filter: { collectivityId: $collectivityId }) {
    nodes {
      status
      adoptedOn
      title(language: FR)
      commitments { title completion principles sourceProposals { id title } }
    }
  }
}
`,
    variables: JSON.stringify({ collectivityId: TAMAZGANA }, null, 2),
  },
  {
    query: `# Sign in, then put the token in the Headers tab: { "Authorization": "Bearer <token>" }.
# Demo accounts (not in production): network@infitah.test, admin@tamazgana.infitah.test; password infitah-demo.
mutation SignIn {
  login(email: "admin@tamazgana.infitah.test", password: "infitah-demo") { token }
}
`,
  },
];
