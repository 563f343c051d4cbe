import { createHash } from 'node:crypto';
import { CONFIRM_SLOT, UNFOLLOW_SLOT, type MailLanguage, type Rendered } from '../templates';
import { tokenHash } from '../../follow/tokens';
import { asWorker, type Planner } from './types';

/**
 * Not a NotificationKind: the confirmation mail of a follow request, enqueued by followCollectivity itself. Its
 * delivery is recorded under CONSULTATION_OPENED, the only kind a follower subscribes to.
 */
export const FOLLOW_REQUESTED = 'FOLLOW_REQUESTED';

export interface FollowRequestedPayload {
  collectivityId: string;
  followerId: string;
  email: string;
  language: MailLanguage;
  nameAr: string;
  nameFr: string;
  /** The confirmation token in clear, only in this job (deleted once done); the database keeps its hash. */
  confirmToken: string;
}

/** The confirmation mail, in the language the citizen chose. */
export function followRequested(payload: FollowRequestedPayload, language: MailLanguage): Rendered {
  if (language === 'fr') {
    return {
      title: `Confirmez le suivi de ${payload.nameFr}`,
      body:
        `Quelqu'un, sans doute vous, a demandé à recevoir un e-mail chaque fois que « ${payload.nameFr} » ouvre une consultation publique.\n` +
        "Pour confirmer, ouvrez le lien ci-dessous dans les 7 jours. Sans confirmation, vous ne recevrez rien et votre adresse sera effacée.",
    };
  }
  return {
    title: `أكدوا متابعة ${payload.nameAr}`,
    body:
      `طلب أحدهم، وربما أنتم، التوصل برسالة إلكترونية كلما فتحت «${payload.nameAr}» استشارة عمومية.\n` +
      'للتأكيد، افتحوا الرابط أدناه خلال 7 أيام. بدون تأكيد لن تتوصلوا بأي رسالة وسيُحذف عنوانكم.',
  };
}

/**
 * A follow request: its address alone receives the link to confirm, and the link to cancel; nothing once the request
 * was confirmed, replaced by a newer one, withdrawn or erased before the mail went.
 */
export const planFollowRequested: Planner = async (payload, { dataSource, publicUrl }) => {
  const request = payload as unknown as FollowRequestedPayload;
  const pending: unknown[] = await asWorker(dataSource, (manager) =>
    manager.query('SELECT 1 FROM notifications.follower WHERE collectivity_id = $1 AND id = $2 AND confirm_token_hash = $3 AND confirmed_at IS NULL', [
      request.collectivityId,
      request.followerId,
      tokenHash(request.confirmToken),
    ]),
  );
  if (!pending.length) return [];
  const language = request.language === 'fr' ? 'fr' : 'ar';
  // a new request for the same address is a new mail; a retried job is the same one
  const attempt = createHash('sha256').update(request.confirmToken).digest('hex').slice(0, 16);
  return [
    {
      collectivityId: request.collectivityId,
      accountId: null,
      email: request.email,
      kind: 'CONSULTATION_OPENED',
      sourceKey: `${FOLLOW_REQUESTED}:${request.followerId}:${attempt}`,
      // the stored mail holds slots; the token goes into the mail sent, and an unfollow token is minted then
      confirmToken: request.confirmToken,
      parts: [
        {
          language,
          rendered: followRequested(request, language),
          link: `${publicUrl}/?locale=${language}#/follow/confirm/${CONFIRM_SLOT}`,
          unfollowLink: `${publicUrl}/?locale=${language}#/unfollow/${UNFOLLOW_SLOT}`,
        },
      ],
    },
  ];
};
