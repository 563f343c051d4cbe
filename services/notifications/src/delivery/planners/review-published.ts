import type { ReviewPublishedPayload } from '@infitah/contract';
import { enumLabel } from '@infitah/labels';
import type { MailLanguage, Rendered } from '../templates';
import { accountsOf, titleIn, toAccounts } from './recipients';
import type { Planner } from './types';

/** The admins' message of a published review or programme report, in one language. */
export function reviewPublished(event: ReviewPublishedPayload, language: MailLanguage): Rendered {
  const title = titleIn(language, event, '—');
  if (event.subject === 'PROGRAM_REPORT') {
    const kind = enumLabel('ProgramReportKind', event.reportKind ?? '', language);
    return language === 'fr'
      ? { title: 'Le réseau a publié un rapport sur votre programme', body: `Le réseau a publié son rapport (${kind}) sur le programme « ${title} ».` }
      : { title: 'نشرت الشبكة تقريرا عن برنامجكم', body: `نشرت الشبكة تقريرها (${kind}) عن البرنامج «${title}».` };
  }
  return language === 'fr'
    ? { title: 'Le réseau a publié une revue de votre engagement', body: `Le réseau a publié sa revue de l'engagement « ${title} ». Vous pouvez y répondre depuis la page de l'engagement.` }
    : { title: 'نشرت الشبكة تقييما لالتزامكم', body: `نشرت الشبكة تقييمها للالتزام «${title}». يمكنكم الرد عليه من صفحة الالتزام.` };
}

/** A network review or programme report published: the commune's admins hear of it. */
export const planReviewPublished: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as ReviewPublishedPayload;
  const admins = await accountsOf(dataSource, event.collectivityId, ['COLLECTIVITY_ADMIN']);
  const page = event.subject === 'PROGRAM_REPORT' ? 'actionPrograms' : 'commitments';
  return toAccounts(admins, {
    collectivityId: event.collectivityId,
    kind: 'REVIEW_PUBLISHED',
    // published, withdrawn and published again is the same news: told once
    sourceKey: `REVIEW_PUBLISHED:${event.subject}:${event.id}`,
    link: `${publicUrl}/admin/#/${page}/${event.targetId}`,
    render: (language) => reviewPublished(event, language),
  });
};
