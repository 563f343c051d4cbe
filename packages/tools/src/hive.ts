/**
 * The router alternative: Hive Gateway (`@graphql-hive/gateway`, a dependency of the tools workspace only) serving the same
 * committed supergraph with the same forwarding as ours — the caller's token, the gateway credential, the client's
 * address. Used by a test and by the benchmark; docs/operations.md shows the equivalent `gateway.config.ts`.
 */
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { CLIENT_ADDRESS_HEADER, GATEWAY_CREDENTIAL_HEADER, type SubgraphName } from '@infitah/contract';

export interface HiveGatewayOptions {
  supergraphPath: string;
  /** Where each subgraph answers; replaces the addresses written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  gatewaySecret: string;
  /** Hive's in-flight deduplication of identical subgraph fetches (its default: on). */
  deduplicate?: boolean;
}

export function createHiveGateway(options: HiveGatewayOptions) {
  let supergraph = readFileSync(options.supergraphPath, 'utf8');
  for (const [name, url] of Object.entries(options.subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  return createGatewayRuntime({
    supergraph,
    logging: false,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: options.deduplicate ?? true } } },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        [CLIENT_ADDRESS_HEADER]: request.headers.get('x-forwarded-for') ?? undefined,
        [GATEWAY_CREDENTIAL_HEADER]: options.gatewaySecret,
      }),
    },
  });
}
