/** The subgraphs, each with its own PostgreSQL schema and its own runtime role. */
export const SERVICES = ['territory', 'participation', 'evaluation'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Owns every schema and runs migrations and demo seeds. */
export const OWNER_ROLE = 'infitah_owner';
/** The role a subgraph runs as: not superuser, not owner, not BYPASSRLS, and it sees only its own schema. */
export const appRole = (service: ServiceName): string => `infitah_${service}`;
