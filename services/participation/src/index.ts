import { runSubgraph } from '@infitah/server-kit';
import { participation } from './subgraph';

export { participation };

if (require.main === module) {
  runSubgraph(participation).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
