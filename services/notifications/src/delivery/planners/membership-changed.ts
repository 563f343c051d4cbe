import type { MembershipChangedPayload } from '@infitah/contract';
import { enumLabel, formatDate } from '@infitah/labels';
import type { MailLanguage, Rendered } from '../templates';
import { accountsOf, toAccounts } from './recipients';
import type { Planner } from './types';

/** The collectivity admins' message of their membership's new status, in one language. */
export function membershipChanged(event: MembershipChangedPayload, language: MailLanguage): Rendered {
  const status = enumLabel('MembershipStatus', event.toStatus, language);
  const name = language === 'fr' ? event.nameFr || event.nameAr : event.nameAr || event.nameFr;
  const admitted = event.toStatus === 'ACTIVE' && (event.fromStatus === null || event.fromStatus === 'ENDED');
  const joined = formatDate(event.joinedOn, language);
  if (language === 'fr') {
    return admitted
      ? { title: 'Bienvenue dans le réseau', body: `${name} est admise comme membre du réseau des collectivités territoriales ouvertes (adhésion : ${joined}).` }
      : { title: `Adhésion au réseau : ${status}`, body: `L'adhésion de ${name} au réseau est désormais : ${status}.` };
  }
  return admitted
    ? { title: 'مرحبا بكم في الشبكة', body: `أصبحت ${name} عضوا في الشبكة المغربية للجماعات الترابية المنفتحة (الانضمام: ${joined}).` }
    : { title: `العضوية في الشبكة: ${status}`, body: `أصبحت عضوية ${name} في الشبكة: ${status}.` };
}

/** A membership admitted, suspended, ended or reactivated: the collectivity's admins hear of it. */
export const planMembershipChanged: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as MembershipChangedPayload;
  const admins = await accountsOf(dataSource, event.collectivityId, ['COLLECTIVITY_ADMIN']);
  return toAccounts(admins, {
    collectivityId: event.collectivityId,
    kind: 'MEMBERSHIP_CHANGED',
    sourceKey: `MEMBERSHIP_CHANGED:${event.changeId}`,
    link: `${publicUrl}/admin/#/profile`,
    render: (language) => membershipChanged(event, language),
  });
};
