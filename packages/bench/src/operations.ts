/**
 * The operations the bench drives: the console's two dashboards verbatim (admin/src/dashboard/Dashboard.tsx), the
 * public lists a portal visitor pages through, a proposal search, and the writes of a commune's editors.
 */
export const NETWORK_DASHBOARD = `query NetworkDashboard { network { memberCount membersByKind { kind count } membersByRegion { region { code nameFr } count }
  participation { eventCount proposalCount attendance { category gender count } proposalsByPrinciple { principle count } }
  capacityBuilding { trainingCount collectivitiesTrained peopleTrainedTotal peopleTrained { category gender count } }
  evaluation { programCount commitmentCount programsByStatus { status count } commitmentsByCompletion { completion count }
    commitmentsByPrinciple { principle count } }
  library { entryCount publishedCount proposedCount byKind { kind count } } } }`;

export const COMMUNE_DASHBOARD = `query CommuneDashboard($id: ID!) { collectivity(id: $id) { nameAr nameFr
  events(first: 50) { nodes { id startsOn kind title } }
  participation { attendance { category gender count uncountedEvents } proposalsByPrinciple { principle count } }
  currentProgram { title status commitments { completion } } } }`;

export const PUBLIC_COLLECTIVITIES = `query PublicCollectivities($offset: Int) {
  collectivities(filter: { kind: COMMUNE }, first: 20, offset: $offset) { totalCount nodes { id nameAr nameFr parent { nameFr } membership { joinedOn status } } } }`;

export const PUBLIC_EVENTS = `query PublicEvents($offset: Int) {
  events(first: 20, offset: $offset) { totalCount nodes { id kind title startsAt venue collectivity { id nameFr } } } }`;

export const PUBLIC_PROPOSALS = `query PublicProposals($offset: Int) {
  proposals(first: 20, offset: $offset) { totalCount nodes { id title principle status answer collectivity { id nameAr } } } }`;

export const PROPOSAL_SEARCH = `query ProposalSearch($search: String!) {
  proposals(filter: { search: $search }, first: 20) { totalCount nodes { id title principle status } } }`;

/** Words found in some of the generated proposals, in both languages. */
export const SEARCH_TERMS = ['budget', 'الميزانية', 'procès-verbaux', 'شباك', 'déchets', 'الشباب', 'réclamations', 'الصفقات'];

export const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

export const CREATE_EVENT = `mutation BenchCreateEvent($title: String!, $startsAt: DateTimeISO!) {
  createEvent(input: { kind: COMMITTEE_MEETING, title: $title, startsAt: $startsAt, venue: "Salle du conseil" }) { id published } }`;

export const UPDATE_EVENT = `mutation BenchUpdateEvent($id: ID!, $title: String!) {
  updateEvent(id: $id, input: { title: $title, venue: "Salle polyvalente" }) { id title } }`;

export const DELETE_EVENT = `mutation BenchDeleteEvent($id: ID!) { deleteEvent(id: $id) }`;
