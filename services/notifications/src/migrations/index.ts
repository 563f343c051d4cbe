import { Inbox1765500100000 } from './1765500100000-Inbox';
import { Reminders1765600100000 } from './1765600100000-Reminders';

/** In order of application. */
export const migrations = [Inbox1765500100000, Reminders1765600100000];
