import { NETWORK_TENANT_ID, type ProgramStatusChangedPayload } from '@infitah/contract';
import { enumLabel } from '@infitah/labels';
import type { MailLanguage, Rendered } from '../templates';
import { accountsOf, titleIn, toAccounts } from './recipients';
import type { Planner } from './types';

/** The network's message of a programme's new status, in one language. */
export function programStatusChanged(event: ProgramStatusChangedPayload, language: MailLanguage): Rendered {
  const title = titleIn(language, event, '—');
  const from = enumLabel('ProgramStatus', event.fromStatus, language);
  const to = enumLabel('ProgramStatus', event.toStatus, language);
  return language === 'fr'
    ? { title: `Programme : ${to}`, body: `Le programme « ${title} » est passé de l'étape « ${from} » à l'étape « ${to} ».` }
    : { title: `برنامج: ${to}`, body: `انتقل البرنامج «${title}» من مرحلة «${from}» إلى مرحلة «${to}».` };
}

/** A programme's status changed: the network's accounts hear of it (their inbox is the network's own tenant). */
export const planProgramStatusChanged: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as ProgramStatusChangedPayload;
  const network = await accountsOf(dataSource, null, ['NETWORK_ADMIN']);
  return toAccounts(network, {
    collectivityId: NETWORK_TENANT_ID,
    kind: 'PROGRAM_STATUS_CHANGED',
    sourceKey: `PROGRAM_STATUS_CHANGED:${event.changeId}`,
    link: `${publicUrl}/admin/#/actionPrograms/${event.programId}`,
    render: (language) => programStatusChanged(event, language),
  });
};
