import type { NotificationKind } from '@infitah/contract';
import { planConsultationOpened } from './consultation-opened';
import { FOLLOW_REQUESTED, planFollowRequested } from './follow-requested';
import { planMembershipChanged } from './membership-changed';
import { planMilestoneDue } from './milestone-due';
import { planProgramStatusChanged } from './program-status-changed';
import { planProposalAnswered } from './proposal-answered';
import { planProposalSubmitted } from './proposal-submitted';
import { planReportDue } from './report-due';
import { planReviewPublished } from './review-published';
import { planTrainingInvitation } from './training-invitation';
import type { Delivery, PlanContext, Planner } from './types';
import { planWebhookDisabled } from './webhook-disabled';

export type { Delivery, PlanContext, Planner } from './types';

/** Who hears of each kind of event: one planner per kind, in its own file. */
const PLANNERS: Partial<Record<NotificationKind | typeof FOLLOW_REQUESTED, Planner>> = {
  PROPOSAL_SUBMITTED: planProposalSubmitted,
  PROPOSAL_ANSWERED: planProposalAnswered,
  CONSULTATION_OPENED: planConsultationOpened,
  [FOLLOW_REQUESTED]: planFollowRequested,
  MILESTONE_DUE: planMilestoneDue,
  REPORT_DUE: planReportDue,
  REVIEW_PUBLISHED: planReviewPublished,
  PROGRAM_STATUS_CHANGED: planProgramStatusChanged,
  MEMBERSHIP_CHANGED: planMembershipChanged,
  TRAINING_INVITATION: planTrainingInvitation,
  WEBHOOK_DISABLED: planWebhookDisabled,
};

/** Who hears of an event, and what each reads; kinds without recipients yet are taken off the queue without effect. */
export async function planDeliveries(context: PlanContext, payload: Record<string, unknown>): Promise<Delivery[]> {
  const planner = PLANNERS[payload.kind as NotificationKind | typeof FOLLOW_REQUESTED];
  return planner ? planner(payload, context) : [];
}
