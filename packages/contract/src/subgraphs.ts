/** The subgraphs of the platform: what the gateway, the launcher, the database roles and the tools know of each. */
export const SUBGRAPH_NAMES = ['territory', 'participation', 'evaluation', 'notifications'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface SubgraphEntry {
  name: SubgraphName;
  /** Its port on loopback when `<NAME>_PORT` is unset. */
  defaultPort: number;
  /** The environment variable that moves its port. */
  portVariable: `${Uppercase<SubgraphName>}_PORT`;
  /** The environment variable that gives the gateway its full GraphQL URL instead. */
  urlVariable: `${Uppercase<SubgraphName>}_URL`;
  /** Its PostgreSQL schema: every table it owns lives there. */
  schema: SubgraphName;
  /** The PostgreSQL role it runs as: not superuser, not owner, not BYPASSRLS, and it sees only its own schema. */
  databaseRole: `infitah_${SubgraphName}`;
}

function entry<Name extends SubgraphName>(name: Name, defaultPort: number): SubgraphEntry {
  const upper = name.toUpperCase() as Uppercase<Name>;
  return { name, defaultPort, portVariable: `${upper}_PORT`, urlVariable: `${upper}_URL`, schema: name, databaseRole: `infitah_${name}` };
}

export const SUBGRAPHS: Readonly<Record<SubgraphName, SubgraphEntry>> = Object.freeze({
  territory: entry('territory', 4001),
  participation: entry('participation', 4002),
  evaluation: entry('evaluation', 4003),
  notifications: entry('notifications', 4004),
});

export function isSubgraphName(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}

/** Where a subgraph answers GraphQL on this host. */
export const subgraphUrl = (name: SubgraphName, port: number = SUBGRAPHS[name].defaultPort, host = '127.0.0.1') => `http://${host}:${port}/graphql`;

/** The environment that moves each subgraph's port, e.g. `{ TERRITORY_PORT: '4101', … }`. */
export function subgraphPortEnv(ports: Record<SubgraphName, number>): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [SUBGRAPHS[name].portVariable, String(ports[name])]));
}
