import { compareSchemas } from '../schema-evolution';

/** The schema check CI runs: additions pass, removals pass only after a deprecation. */
const before = `
"Reads." type Query {
  "A list." events(first: Int): [Event!]!
  "Old name." oldEvents: [Event!]! @deprecated(reason: "Use events.")
}
"An event." type Event { "Its id." id: ID! "Its kind." kind: Kind! "Its venue." venue: String }
"Kinds." enum Kind { "A." TRAINING "B." WORKSHOP "C." RETIRED @deprecated(reason: "No longer used.") }
`;

describe('schema evolution check', () => {
  it('lets additions through', async () => {
    const report = await compareSchemas(before, before.replace('"Its venue." venue: String', '"Its venue." venue: String "Its city." city: String'));
    expect(report.breaking).toEqual([]);
    expect(report.safe.map((change) => change.path)).toContain('Event.city');
  });

  it('fails on removing a field that was never deprecated', async () => {
    const report = await compareSchemas(before, before.replace('"Its venue." venue: String', ''));
    expect(report.breaking.map((change) => change.path)).toEqual(['Event.venue']);
  });

  it('fails on changing a field’s type or making an argument required', async () => {
    const report = await compareSchemas(before, before.replace('id: ID!', 'id: String!').replace('events(first: Int)', 'events(first: Int!)'));
    expect(report.breaking.map((change) => change.path).sort()).toEqual(['Event.id', 'Query.events.first']);
  });

  it('lets a field or an enum value go once it was deprecated', async () => {
    const report = await compareSchemas(before, before.replace(/"Old name\." oldEvents[^\n]+\n/, '').replace(/"C\." RETIRED @deprecated\(reason: "No longer used\."\)/, ''));
    expect(report.breaking).toEqual([]);
    expect(report.afterDeprecation.map((change) => change.path).sort()).toEqual(['Kind.RETIRED', 'Query.oldEvents']);
  });
});
