import type { ConsultationOpenedPayload } from '@infitah/contract';
import { formatDate } from '@infitah/labels';
import { UNFOLLOW_SLOT, type MailLanguage, type Rendered } from '../templates';
import { asWorker, type Delivery, type Planner } from './types';

/** The followers' message of a consultation opened, in one language. */
export function consultationOpened(payload: ConsultationOpenedPayload, language: MailLanguage): Rendered {
  const title = (language === 'fr' ? (payload.titleFr ?? payload.titleAr) : (payload.titleAr ?? payload.titleFr)) ?? '';
  const [from, until] = [formatDate(payload.startsAt, language, 'MINUTE'), formatDate(payload.endsAt, language, 'MINUTE')];
  if (language === 'fr') {
    return {
      title: `Consultation publique ouverte : ${title}`,
      body: `La collectivité que vous suivez ouvre la consultation publique « ${title} », du ${from} au ${until}.\nVous pouvez y déposer vos propositions sur le portail.`,
    };
  }
  return {
    title: `استشارة عمومية مفتوحة: ${title}`,
    body: `تفتح الجماعة التي تتابعونها الاستشارة العمومية «${title}» من ${from} إلى ${until}.\nيمكنكم تقديم مقترحاتكم عبر البوابة.`,
  };
}

/**
 * A consultation opened: the confirmed followers of its collectivity, each in their language, with a link to the
 * consultation on the portal and an unfollow link of their own (a new token per mail, minted as it is sent: the database
 * keeps its hash, the stored mail a slot).
 */
export const planConsultationOpened: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as ConsultationOpenedPayload;
  return asWorker(dataSource, async (manager) => {
    const followers: Array<{ id: string; email: string; language: MailLanguage }> = await manager.query(
      'SELECT id, email, language FROM notifications.follower WHERE collectivity_id = $1 AND confirmed_at IS NOT NULL ORDER BY email',
      [event.collectivityId],
    );
    const deliveries: Delivery[] = [];
    for (const follower of followers) {
      deliveries.push({
        collectivityId: event.collectivityId,
        accountId: null,
        email: follower.email,
        kind: 'CONSULTATION_OPENED',
        sourceKey: `CONSULTATION_OPENED:${event.eventId}`,
        parts: [
          {
            language: follower.language,
            rendered: consultationOpened(event, follower.language),
            link: `${publicUrl}/?locale=${follower.language}#/events/${event.eventId}`,
            unfollowLink: `${publicUrl}/?locale=${follower.language}#/unfollow/${UNFOLLOW_SLOT}`,
          },
        ],
      });
    }
    return deliveries;
  });
};
