import { Inbox1765500100000 } from './1765500100000-Inbox';
import { Webhooks1765600400000 } from './1765600400000-Webhooks';

/** In order of application. */
export const migrations = [Inbox1765500100000, Webhooks1765600400000];
