import { runSubgraph } from '@infitah/server-kit';
import { territory } from './subgraph';

export { territory };

if (require.main === module) {
  runSubgraph(territory).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
