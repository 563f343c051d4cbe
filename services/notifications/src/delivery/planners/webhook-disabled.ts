import { NETWORK_TENANT_ID, type WebhookDisabledPayload } from '@infitah/contract';
import type { MailLanguage, Rendered } from '../templates';
import { asWorker, LANGUAGES, type Planner } from './types';

/** The owner's message when its webhook endpoint is disabled, in one language. */
export function webhookDisabled(payload: WebhookDisabledPayload, language: MailLanguage): Rendered {
  if (language === 'fr') {
    return {
      title: 'Rappel HTTP désactivé',
      body: `Les envois vers ${payload.url} ont échoué à chaque nouvel essai : ce rappel HTTP est désactivé et ne reçoit plus rien. Consultez son journal de livraison, corrigez le serveur qui reçoit, puis enregistrez-le de nouveau.`,
    };
  }
  return {
    title: 'تعطيل رابط إشعار آلي',
    body: `فشلت كل محاولات الإرسال إلى ${payload.url}: تم تعطيل هذا الرابط ولن يتلقى أي إشعار بعد الآن. اطلعوا على سجل الإرسال، وأصلحوا الخادم المستقبِل، ثم سجلوا الرابط من جديد.`,
  };
}

/** A webhook disabled after repeated failure: its owner's administrators (the collectivity's, or the network's) hear of it. */
export const planWebhookDisabled: Planner = async (payload, { dataSource, publicUrl }) => {
  const event = payload as unknown as WebhookDisabledPayload;
  const network = event.collectivityId === NETWORK_TENANT_ID;
  const recipients: Array<{ account_id: string; email: string }> = await asWorker(dataSource, (manager) =>
    manager.query('SELECT account_id, email FROM directory.notification_recipients($1, $2)', [network ? null : event.collectivityId, [network ? 'NETWORK_ADMIN' : 'COLLECTIVITY_ADMIN']]),
  );
  const link = `${publicUrl}/admin/#/webhooks/${event.webhookId}/show`;
  const parts = LANGUAGES.map((language) => ({ language, rendered: webhookDisabled(event, language), link }));
  return recipients.map((recipient) => ({
    collectivityId: event.collectivityId,
    accountId: recipient.account_id,
    email: recipient.email,
    kind: 'WEBHOOK_DISABLED',
    sourceKey: `WEBHOOK_DISABLED:${event.webhookId}`,
    parts,
  }));
};
