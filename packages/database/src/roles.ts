import { SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from '@infitah/contract';

/** The subgraphs, each with its own PostgreSQL schema and its own runtime role (the registry of @infitah/contract). */
export const SERVICES = SUBGRAPH_NAMES;
export type ServiceName = SubgraphName;

/** Owns every schema and runs migrations and demo seeds. */
export const OWNER_ROLE = 'infitah_owner';
/** The role a subgraph runs as: not superuser, not owner, not BYPASSRLS, and it sees only its own schema. */
export const appRole = (service: ServiceName): string => SUBGRAPHS[service].databaseRole;
