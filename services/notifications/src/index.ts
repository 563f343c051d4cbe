import { runSubgraph } from '@infitah/server-kit';
import { notifications } from './subgraph';

export { notifications };
export { startNotificationWorker, type NotificationWorker, type WorkerOptions } from './delivery/worker';

if (require.main === module) {
  runSubgraph(notifications).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
