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

/** A pending milestone due within 14 days or overdue, found by the daily run: the commune's admins hear of it once per due date. */
export interface MilestoneDuePayload {
  collectivityId: string;
  commitmentId: string;
  milestoneTitle: string;
  commitmentTitleAr: string | null;
  commitmentTitleFr: string | null;
  /** ISO-8601 date (YYYY-MM-DD). */
  dueOn: string;
  /** The Morocco date of the daily run that found it (YYYY-MM-DD): overdue when dueOn is before it. */
  today: string;
}

/** A programme's half-yearly progress report due within 14 days or overdue: the commune's admins hear of it once per due date. */
export interface ReportDuePayload {
  collectivityId: string;
  programId: string;
  programTitleAr: string | null;
  programTitleFr: string | null;
  /** The last day of the half-year to report on (YYYY-MM-DD), when the report is due. */
  dueOn: string;
  today: string;
}

/** A network review of a commitment, or a network report on a programme, published: the commune's admins hear of it. */
export interface ReviewPublishedPayload {
  collectivityId: string;
  /** REVIEW: a review of one commitment; PROGRAM_REPORT: the network's DESIGN or RESULTS report on a programme. */
  subject: 'REVIEW' | 'PROGRAM_REPORT';
  /** The review's or the report's id. */
  id: string;
  /** The commitment reviewed, or the programme reported on: the console page the notification links to. */
  targetId: string;
  titleAr: string | null;
  titleFr: string | null;
  /** For a programme report: DESIGN or RESULTS (enum ProgramReportKind). */
  reportKind?: string | null;
}

/** A programme moved through its lifecycle: the network's accounts hear of it. */
export interface ProgramStatusChangedPayload {
  collectivityId: string;
  programId: string;
  titleAr: string | null;
  titleFr: string | null;
  /** Enum ProgramStatus values. */
  fromStatus: string;
  toStatus: string;
  /** The id of the recorded status change (one notification per change). */
  changeId: string;
}

/** A membership admitted, suspended, ended or reactivated: the collectivity's admins hear of it. */
export interface MembershipChangedPayload {
  collectivityId: string;
  nameAr: string;
  nameFr: string;
  /** Enum MembershipStatus value before (null when first admitted) and after. */
  fromStatus: string | null;
  toStatus: string;
  joinedOn: string;
  /** The audit record of the change (one notification per change). */
  changeId: string;
}

/** A member invited to a planned network training: its focal point and admins hear of it, and answer whether it attends. */
export interface TrainingInvitationPayload {
  /** The invited member. */
  collectivityId: string;
  eventId: string;
  titleAr: string | null;
  titleFr: string | null;
  /** ISO-8601 date-time. */
  startsAt: string;
  venue: string | null;
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
  CONSULTATION_OPENED: ConsultationOpenedPayload;
  MILESTONE_DUE: MilestoneDuePayload;
  REPORT_DUE: ReportDuePayload;
  REVIEW_PUBLISHED: ReviewPublishedPayload;
  PROGRAM_STATUS_CHANGED: ProgramStatusChangedPayload;
  MEMBERSHIP_CHANGED: MembershipChangedPayload;
  TRAINING_INVITATION: TrainingInvitationPayload;
  EVENT_PUBLISHED: EventPublishedPayload;
  WEBHOOK_DISABLED: WebhookDisabledPayload;
}
