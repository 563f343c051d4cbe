import { runSubgraph } from '@infitah/server-kit';
import { notifications } from './subgraph';

export { notifications };

if (require.main === module) {
  runSubgraph(notifications).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
