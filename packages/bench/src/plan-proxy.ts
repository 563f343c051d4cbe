import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { exitWithParent, GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import { postGraphql } from './graphql-http';
import type { QueryPlan } from '@apollo/query-planner';
import { executePlan, Planner, type SubgraphResponse } from './plan';

export interface PlanProxyOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
}

/**
 * The least any gateway written in Node does for a request: one HTTP hop in front of the direct way — read the
 * body, take the query's plan (planned once per query text), run it with the direct way's own client
 * (`executePlan` over Node's fetch, the caller's `Authorization` forwarded), write the JSON answer. Nothing else: no
 * validation, no limits, no session check, no error masking, no metrics, no logs. Not a gateway (it trusts whatever
 * it is sent); the bench's measure of what an HTTP hop in Node costs, so that `ratio_vs_direct` and `ratio_vs_hive`
 * can be read against what is reachable at all on the same machine.
 */
export function createPlanProxy({ supergraphSdl, subgraphUrls, gatewaySecret }: PlanProxyOptions): Server {
  const planner = new Planner(supergraphSdl);
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
          const answer = await postGraphql(subgraphUrls[service], subgraphRequest.query, subgraphRequest.variables, headers);
          return answer.status === 200 && answer.body ? answer.body : { errors: [{ message: `HTTP ${answer.status}` }] };
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
