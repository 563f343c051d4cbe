import { Inbox1765500100000 } from './1765500100000-Inbox';
import { IncrementalSync1765600500003 } from './1765600500003-IncrementalSync';

/** In order of application. */
export const migrations = [Inbox1765500100000, IncrementalSync1765600500003];
