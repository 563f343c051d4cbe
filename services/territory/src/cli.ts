import { runSubgraphCli } from '@infitah/server-kit';
import { territory } from './subgraph';

runSubgraphCli(territory).catch((error) => {
  console.error(error);
  process.exit(1);
});
