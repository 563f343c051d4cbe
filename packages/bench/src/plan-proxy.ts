import { readFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import { exitWithParent, GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import type { QueryPlan } from '@apollo/query-planner';
import { executePlan, Planner, type SubgraphResponse } from './plan';

export interface PlanProxyOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
}

/** One POST of a JSON body over a keep-alive socket; the answer's JSON, or null with its status. */
function postJson(agent: Agent, url: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: SubgraphResponse | null }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', accept: 'application/json', 'content-length': String(Buffer.byteLength(body)) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: SubgraphResponse | null;
          try {
            json = JSON.parse(text) as SubgraphResponse;
          } catch {
            json = null;
          }
          resolve({ status: response.statusCode ?? 502, json });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * The least any gateway written in Node does for a request: one HTTP hop in front of the direct way — read the
 * body, take the query's plan (planned once per query text), run it with the direct way's own plan executor
 * (`executePlan`), its subgraph requests over node:http keep-alive sockets, each written at once (the cheapest client
 * Node has, the one our gateway uses; the direct way uses fetch), the caller's `Authorization` forwarded, and write the
 * JSON answer. Nothing else: no validation, no limits, no session check, no error masking, no metrics, no logs. Not
 * a gateway (it trusts whatever it is sent); the bench's measure of what an HTTP hop in Node costs, so that `ratio_vs_direct` and `ratio_vs_hive`
 * can be read against what is reachable at all on the same machine.
 */
export function createPlanProxy({ supergraphSdl, subgraphUrls, gatewaySecret }: PlanProxyOptions): Server {
  const planner = new Planner(supergraphSdl);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const plans = new Map<string, QueryPlan>();
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
        let plan = plans.get(query);
        if (!plan) {
          plan = planner.plan(query);
          plans.set(query, plan);
        }
        const authorization = request.headers.authorization;
        const headers: Record<string, string> = { [GATEWAY_CREDENTIAL_HEADER]: gatewaySecret, ...(authorization ? { authorization } : {}) };
        const { data, errors } = await executePlan(plan, variables ?? {}, async (service, subgraphRequest): Promise<SubgraphResponse> => {
          const answer = await postJson(agent, subgraphUrls[service], JSON.stringify({ query: subgraphRequest.query, variables: subgraphRequest.variables }), headers);
          return answer.status === 200 && answer.json ? answer.json : { errors: [{ message: `HTTP ${answer.status}` }] };
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(errors.length ? { data, errors } : { data }));
      })().catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String((error as Error)?.message ?? error) }] }));
      });
    });
  });
}

if (require.main === module) {
  const server = createPlanProxy({
    supergraphSdl: readFileSync(require.resolve('@infitah/gateway/supergraph.graphql'), 'utf8'),
    subgraphUrls: JSON.parse(process.env.PLAN_PROXY_SUBGRAPH_URLS ?? '{}') as Record<string, string>,
    gatewaySecret: process.env.GATEWAY_SECRET ?? '',
  });
  server.listen(Number(process.env.PLAN_PROXY_PORT), process.env.HOST ?? '127.0.0.1');
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  exitWithParent(stop);
}
