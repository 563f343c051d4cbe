import { runSubgraphCli } from '@infitah/server-kit';
import { participation } from './subgraph';

runSubgraphCli(participation).catch((error) => {
  console.error(error);
  process.exit(1);
});
