import type { ProposalSubmittedPayload } from '@infitah/contract';
import type { MailLanguage, Rendered } from '../templates';
import { accountsOf, toAccounts } from './recipients';
import type { Planner } from './types';

/** The inbox message of a new proposal, in one language. */
export function proposalSubmitted(payload: ProposalSubmittedPayload, language: MailLanguage): Rendered {
  if (language === 'fr') {
    return {
      title: payload.citizen ? 'Nouvelle proposition citoyenne' : 'Nouvelle proposition enregistrée',
      body: payload.citizen
        ? `Un citoyen a envoyé la proposition « ${payload.title} » à la consultation publique de votre commune. Elle attend votre réponse.`
        : `La proposition « ${payload.title} » a été enregistrée pour votre commune.`,
    };
  }
  return {
    title: payload.citizen ? 'مقترح جديد من مواطن' : 'تسجيل مقترح جديد',
    body: payload.citizen
      ? `أرسل مواطن المقترح «${payload.title}» إلى الاستشارة العمومية لجماعتكم. وهو في انتظار جوابكم.`
      : `تم تسجيل المقترح «${payload.title}» لجماعتكم.`,
  };
}

/** A new proposal: the commune's editors and admins hear of it. */
export const planProposalSubmitted: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as ProposalSubmittedPayload;
  const recipients = await accountsOf(dataSource, event.collectivityId, ['COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR']);
  return toAccounts(recipients, {
    collectivityId: event.collectivityId,
    kind: 'PROPOSAL_SUBMITTED',
    sourceKey: `PROPOSAL_SUBMITTED:${event.proposalId}`,
    link: `${publicUrl}/admin/#/proposals/${event.proposalId}`,
    render: (language) => proposalSubmitted(event, language),
  });
};
