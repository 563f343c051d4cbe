import type { ReportDuePayload } from '@infitah/contract';
import { formatDate } from '@infitah/labels';
import type { MailLanguage, Rendered } from '../templates';
import { accountsOf, titleIn, toAccounts } from './recipients';
import type { Planner } from './types';

/** One reminder per programme and report due date. */
export function reportDueKey(event: Pick<ReportDuePayload, 'programId' | 'dueOn'>): string {
  return `REPORT_DUE:${event.programId}:${event.dueOn}`;
}

/** The admins' reminder of a progress report, in one language. */
export function reportDue(event: ReportDuePayload, language: MailLanguage): Rendered {
  const overdue = event.dueOn < event.today;
  const day = formatDate(event.dueOn, language);
  const program = titleIn(language, { titleAr: event.programTitleAr, titleFr: event.programTitleFr }, '—');
  if (language === 'fr') {
    return {
      title: overdue ? 'Rapport d’avancement en retard' : 'Rapport d’avancement attendu',
      body: `Le rapport d'avancement semestriel du programme « ${program} » ${overdue ? 'était attendu' : 'est attendu'} pour le ${day} : il porte sur la période qui s'achève à cette date.`,
    };
  }
  return {
    title: overdue ? 'تقرير تقدم متأخر عن موعده' : 'اقتراب أجل تقرير التقدم',
    body: `${overdue ? 'كان' : ''} تقرير التقدم نصف السنوي لبرنامج «${program}» ${overdue ? 'مرتقبا' : 'مرتقب'} في ${day}، عن الفترة التي تنتهي في هذا التاريخ.`.trim(),
  };
}

/** A progress report due within 14 days or overdue: the commune's admins hear of it, with a link to the programme. */
export const planReportDue: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as ReportDuePayload;
  const admins = await accountsOf(dataSource, event.collectivityId, ['COLLECTIVITY_ADMIN']);
  return toAccounts(admins, {
    collectivityId: event.collectivityId,
    kind: 'REPORT_DUE',
    sourceKey: reportDueKey(event),
    link: `${publicUrl}/admin/#/actionPrograms/${event.programId}`,
    render: (language) => reportDue(event, language),
  });
};
