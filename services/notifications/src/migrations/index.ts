import { Inbox1765500100000 } from './1765500100000-Inbox';

/** In order of application. */
export const migrations = [Inbox1765500100000];
