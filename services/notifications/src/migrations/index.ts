import { Inbox1765500100000 } from './1765500100000-Inbox';
import { Reminders1765600100000 } from './1765600100000-Reminders';
import { Followers1765600200000 } from './1765600200000-Followers';
import { Preferences1765600300000 } from './1765600300000-Preferences';
import { Webhooks1765600400000 } from './1765600400000-Webhooks';
import { IncrementalSync1765600500003 } from './1765600500003-IncrementalSync';
import { WebhookSync1765700100001 } from './1765700100001-WebhookSync';
import { DeliveryTokens1765700200000 } from './1765700200000-DeliveryTokens';
import { Retention1765700210000 } from './1765700210000-Retention';

/** In order of application. */
export const migrations = [Inbox1765500100000, Reminders1765600100000, Followers1765600200000, Preferences1765600300000, Webhooks1765600400000, IncrementalSync1765600500003, WebhookSync1765700100001, DeliveryTokens1765700200000, Retention1765700210000];
