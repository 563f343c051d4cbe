import type { NotificationKind } from '@infitah/contract';
import { planProposalAnswered } from './proposal-answered';
import { planProposalSubmitted } from './proposal-submitted';
import type { Delivery, PlanContext, Planner } from './types';
import { planWebhookDisabled } from './webhook-disabled';

export type { Delivery, PlanContext, Planner } from './types';

/** Who hears of each kind of event: one planner per kind, in its own file. */
const PLANNERS: Partial<Record<NotificationKind, Planner>> = {
  PROPOSAL_SUBMITTED: planProposalSubmitted,
  PROPOSAL_ANSWERED: planProposalAnswered,
  WEBHOOK_DISABLED: planWebhookDisabled,
};

/** Who hears of an event, and what each reads; kinds without recipients yet are taken off the queue without effect. */
export async function planDeliveries(context: PlanContext, payload: Record<string, unknown>): Promise<Delivery[]> {
  const planner = PLANNERS[payload.kind as NotificationKind];
  return planner ? planner(payload, context) : [];
}
