import { runSubgraphCli } from '@infitah/server-kit';
import { evaluation } from './subgraph';

runSubgraphCli(evaluation).catch((error) => {
  console.error(error);
  process.exit(1);
});
