import { exitWithSupervisor } from '@infitah/contract';

/**
 * `node mail-catcher.js --smtp <port> --web <port> --ip 127.0.0.1`: maildev (its own CLI, options as given), which
 * under `npm start` stops when the launcher is gone, however it went.
 */
exitWithSupervisor(() => process.exit(0));
// maildev's own CLI reads the options from this process's arguments
import 'maildev/bin/maildev';
