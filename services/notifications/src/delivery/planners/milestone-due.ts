import { createHash } from 'node:crypto';
import type { MilestoneDuePayload } from '@infitah/contract';
import { formatDate } from '@infitah/labels';
import type { MailLanguage, Rendered } from '../templates';
import { accountsOf, titleIn, toAccounts } from './recipients';
import type { Planner } from './types';

/**
 * One reminder per milestone and due date. replaceMilestones gives milestones new ids on every save, so a milestone
 * is known by its commitment and title: saving the commitment again does not remind again, a new due date does.
 */
export function milestoneDueKey(event: Pick<MilestoneDuePayload, 'commitmentId' | 'milestoneTitle' | 'dueOn'>): string {
  const title = createHash('sha256').update(event.milestoneTitle.trim()).digest('hex').slice(0, 16);
  return `MILESTONE_DUE:${event.commitmentId}:${title}:${event.dueOn}`;
}

/** The admins' reminder of a milestone, in one language: due on a date, or overdue since it. */
export function milestoneDue(event: MilestoneDuePayload, language: MailLanguage): Rendered {
  const overdue = event.dueOn < event.today;
  const day = formatDate(event.dueOn, language);
  const commitment = titleIn(language, { titleAr: event.commitmentTitleAr, titleFr: event.commitmentTitleFr }, '—');
  if (language === 'fr') {
    return {
      title: overdue ? 'Jalon en retard' : 'Jalon à échéance',
      body: overdue
        ? `Le jalon « ${event.milestoneTitle} » de l'engagement « ${commitment} » était prévu pour le ${day} et n'est pas encore marqué comme réalisé.`
        : `Le jalon « ${event.milestoneTitle} » de l'engagement « ${commitment} » est prévu pour le ${day}.`,
    };
  }
  return {
    title: overdue ? 'مرحلة متأخرة عن موعدها' : 'اقتراب أجل مرحلة',
    body: overdue
      ? `كانت المرحلة «${event.milestoneTitle}» من الالتزام «${commitment}» مقررة في ${day}، ولم يُسجَّل إنجازها بعد.`
      : `المرحلة «${event.milestoneTitle}» من الالتزام «${commitment}» مقررة في ${day}.`,
  };
}

/** A milestone due within 14 days or overdue: the commune's admins hear of it, with a link to the commitment. */
export const planMilestoneDue: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as MilestoneDuePayload;
  const admins = await accountsOf(dataSource, event.collectivityId, ['COLLECTIVITY_ADMIN']);
  return toAccounts(admins, {
    collectivityId: event.collectivityId,
    kind: 'MILESTONE_DUE',
    sourceKey: milestoneDueKey(event),
    link: `${publicUrl}/admin/#/commitments/${event.commitmentId}`,
    render: (language) => milestoneDue(event, language),
  });
};
