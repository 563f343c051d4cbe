import { runSubgraphCli } from '@infitah/server-kit';
import { notifications } from './subgraph';

runSubgraphCli(notifications).catch((error) => {
  console.error(error);
  process.exit(1);
});
