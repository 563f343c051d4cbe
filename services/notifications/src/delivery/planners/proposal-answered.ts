import { createHash } from 'node:crypto';
import type { ProposalAnsweredPayload } from '@infitah/contract';
import { enumLabel } from '@infitah/labels';
import type { MailLanguage, Rendered } from '../templates';
import { LANGUAGES, type Planner } from './types';

/** The citizen's message once their proposal is answered and published, in one language. */
export function proposalAnswered(payload: ProposalAnsweredPayload, language: MailLanguage): Rendered {
  const status = enumLabel('ProposalStatus', payload.status, language);
  if (language === 'fr') {
    return {
      title: 'Votre commune a répondu à votre proposition',
      body: `Votre proposition « ${payload.title} » (référence ${payload.reference}) — statut : ${status}.\nRéponse de la commune : ${payload.answer}`,
    };
  }
  return {
    title: 'أجابت جماعتكم عن مقترحكم',
    body: `مقترحكم «${payload.title}» (المرجع ${payload.reference}): ${status}.\nجواب الجماعة: ${payload.answer}`,
  };
}

/** A proposal answered and published: the citizen who left an address and consented hears of it. */
export const planProposalAnswered: Planner = async (payload, { publicUrl }) => {
  const event = payload as unknown as ProposalAnsweredPayload;
  // a changed answer is a new event; a retried job is the same one
  const version = createHash('sha256').update(`${event.status}\n${event.answer}`).digest('hex').slice(0, 16);
  return [
    {
      collectivityId: event.collectivityId,
      accountId: null,
      email: event.email,
      language: event.language ?? null,
      kind: 'PROPOSAL_ANSWERED',
      sourceKey: `PROPOSAL_ANSWERED:${event.proposalId}:${version}`,
      parts: LANGUAGES.map((language) => ({
        language,
        rendered: proposalAnswered(event, language),
        link: `${publicUrl}/?locale=${language}#/follow-up/${encodeURIComponent(event.reference)}`,
      })),
    },
  ];
};
