/**
 * What a notification is about: one enum for the inbox, e-mail and (later) webhooks. The subgraphs enqueue a job
 * of one of these kinds in the transaction of the write that causes it; the notifications service delivers it.
 */
export const NOTIFICATION_KINDS = [
  'PROPOSAL_SUBMITTED',
  'PROPOSAL_ANSWERED',
  'CONSULTATION_OPENED',
  'MILESTONE_DUE',
  'REPORT_DUE',
  'REVIEW_PUBLISHED',
  'PROGRAM_STATUS_CHANGED',
  'TRAINING_INVITATION',
  'MEMBERSHIP_CHANGED',
  'EVENT_PUBLISHED',
  'WEBHOOK_DISABLED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A new proposal in a commune: its editors and admins hear of it. */
export interface ProposalSubmittedPayload {
  collectivityId: string;
  proposalId: string;
  title: string;
  /** True when a citizen sent it to an open consultation, false when the commune entered it. */
  citizen: boolean;
}

/** A proposal answered and published: the citizen who left an e-mail address and consented hears of it. */
export interface ProposalAnsweredPayload {
  collectivityId: string;
  proposalId: string;
  title: string;
  status: string;
  answer: string;
  reference: string;
  email: string;
}

/** A collectivity's event published (or a network event): webhooks subscribed to it hear of it. */
export interface EventPublishedPayload {
  /** The organising collectivity, or the network's reserved tenant for a network event. */
  collectivityId: string;
  eventId: string;
}

/** A webhook endpoint disabled after its deliveries failed every retry: its owner's administrators hear of it. */
export interface WebhookDisabledPayload {
  /** The endpoint's owner: a collectivity, or the network's reserved tenant. */
  collectivityId: string;
  webhookId: string;
  url: string;
}

export interface NotificationPayloads {
  PROPOSAL_SUBMITTED: ProposalSubmittedPayload;
  PROPOSAL_ANSWERED: ProposalAnsweredPayload;
  EVENT_PUBLISHED: EventPublishedPayload;
  WEBHOOK_DISABLED: WebhookDisabledPayload;
}
