import type { TrainingInvitationPayload } from '@infitah/contract';
import { formatDate } from '@infitah/labels';
import type { MailLanguage, Rendered } from '../templates';
import { accountsOf, titleIn, toAccounts } from './recipients';
import { asWorker, LANGUAGES, type Delivery, type Planner } from './types';

/** The invitation, in one language: what, when, where, and how to answer. */
export function trainingInvitation(event: TrainingInvitationPayload, language: MailLanguage): Rendered {
  const when = formatDate(event.startsAt, language);
  const title = titleIn(language, event, '—');
  if (language === 'fr') {
    return {
      title: 'Invitation à une formation du réseau',
      body:
        `Le réseau invite votre collectivité à la formation « ${title} », le ${when}${event.venue ? `, ${event.venue}` : ''}.\n` +
        'Merci d’indiquer dans la console si votre collectivité y participera : le réseau prévoit ainsi la participation attendue.',
    };
  }
  return {
    title: 'دعوة إلى تكوين تنظمه الشبكة',
    body:
      `تدعو الشبكة جماعتكم إلى التكوين «${title}»، بتاريخ ${when}${event.venue ? `، ${event.venue}` : ''}.\n` +
      'المرجو الإشارة في لوحة التدبير إلى مشاركة جماعتكم من عدمها، حتى تتوقع الشبكة عدد المشاركين.',
  };
}

/**
 * A member invited to a planned network training: its admins (inbox and e-mail; they answer in the console) and its
 * focal point, by the contact address of its profile when that is not already an admin's.
 */
export const planTrainingInvitation: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as TrainingInvitationPayload;
  const admins = await accountsOf(dataSource, event.collectivityId, ['COLLECTIVITY_ADMIN']);
  const sourceKey = `TRAINING_INVITATION:${event.eventId}:${event.collectivityId}`;
  const link = `${publicUrl}/admin/#/events/${event.eventId}`;
  const deliveries = toAccounts(admins, {
    collectivityId: event.collectivityId,
    kind: 'TRAINING_INVITATION',
    sourceKey,
    link,
    render: (language) => trainingInvitation(event, language),
  });
  const [focalPoint]: Array<{ email: string }> = await asWorker(dataSource, (manager) =>
    manager.query('SELECT email FROM directory.focal_point_contact($1)', [event.collectivityId]),
  );
  if (focalPoint && !admins.some((admin) => admin.email.toLowerCase() === focalPoint.email)) {
    const parts = LANGUAGES.map((language) => ({ language, rendered: trainingInvitation(event, language), link }));
    const toFocalPoint: Delivery = { collectivityId: event.collectivityId, accountId: null, email: focalPoint.email, kind: 'TRAINING_INVITATION', sourceKey, parts };
    deliveries.push(toFocalPoint);
  }
  return deliveries;
};
