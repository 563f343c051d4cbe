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
  /** The language the citizen wrote in (the portal's locale when they submitted): their mail is in it alone; both when absent. */
  language?: 'ar' | 'fr' | null;
}

/**
 * A public consultation of a collectivity announced open (published, not cancelled, its end still ahead): the citizens
 * who confirmed they follow that collectivity hear of it, once per consultation.
 */
export interface ConsultationOpenedPayload {
  collectivityId: string;
  eventId: string;
  titleAr: string | null;
  titleFr: string | null;
  /** ISO-8601 instants. */
  startsAt: string;
  endsAt: string;
}

export interface NotificationPayloads {
  PROPOSAL_SUBMITTED: ProposalSubmittedPayload;
  PROPOSAL_ANSWERED: ProposalAnsweredPayload;
  CONSULTATION_OPENED: ConsultationOpenedPayload;
}
