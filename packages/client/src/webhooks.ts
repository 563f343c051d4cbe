import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/**
 * What an Infitah webhook delivers: the minimal public description of an event. `type` is a NotificationKind
 * (PROPOSAL_SUBMITTED, EVENT_PUBLISHED…), `timestamp` when it happened (ISO-8601, UTC), `data` the collectivity, the
 * records' ids (`proposalId`, `eventId`…) and a console link. Read the records themselves through the graph with your
 * own credential: a webhook never carries their content.
 */
export interface InfitahWebhookEvent {
  type: string;
  timestamp: string;
  data: { collectivityId?: string; link: string } & Record<string, string>;
}

export { WebhookVerificationError };

/**
 * Checks a delivery's Standard Webhooks signature (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers,
 * timestamp within five minutes) with the endpoint's `whsec_…` secret, on the raw body exactly as received, and
 * returns the event. Throws {@link WebhookVerificationError} when the signature or the timestamp does not hold.
 */
export function verifyWebhook(secret: string, rawBody: string | Buffer, headers: Record<string, string | string[] | undefined>): InfitahWebhookEvent {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  return new Webhook(secret).verify(body, flat) as InfitahWebhookEvent;
}
