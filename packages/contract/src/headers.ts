/**
 * HTTP headers between the gateway and the subgraphs. The gateway sets them towards a subgraph; a client's own copy
 * of the gateway's headers is never forwarded.
 */

/** The gateway's credential: a subgraph serves GraphQL (and its internal routes) to no one else. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-infitah-gateway';
/** The client's address, as the gateway saw it (for rate limits of anonymous writes). */
export const CLIENT_ADDRESS_HEADER = 'x-infitah-client-address';
/** Follows a request into every subgraph and every log line; answered to the client too. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The caller's verified token (`Bearer <token>`), forwarded by the gateway as the client sent it. */
export const AUTHORIZATION_HEADER = 'authorization';
