import { runSubgraph } from '@infitah/server-kit';
import { evaluation } from './subgraph';

export { evaluation };

if (require.main === module) {
  runSubgraph(evaluation).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
