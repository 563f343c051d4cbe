import { enumLabel, formatDate } from '@infitah/labels';

export type MailLanguage = 'ar' | 'fr';

export interface Rendered {
  title: string;
  body: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Where a follower's link carries its token: stored mails keep these slots, filled only in the mail sent. */
export const CONFIRM_SLOT = '{{confirm-token}}';
export const UNFOLLOW_SLOT = '{{unfollow-token}}';

/** A label before a value in the plain text: French sets a non-breaking space before the colon, Arabic none. */
const labelled = (language: MailLanguage, label: string) => (language === 'fr' ? `${label}\u00a0:` : `${label}:`);
const LINK_LABEL: Record<MailLanguage, string> = { ar: 'فتح الصفحة', fr: 'Ouvrir la page' };
const UNFOLLOW_LABEL: Record<MailLanguage, string> = { ar: 'إلغاء المتابعة', fr: 'Se désabonner' };
const FOOTER: Record<MailLanguage, string> = {
  ar: 'رسالة آلية من منصة انفتاح، شبكة الجماعات الترابية المنفتحة.',
  fr: 'Message automatique de la plateforme Infitah, réseau des collectivités territoriales ouvertes.',
};

/**
 * One language's part of a mail; `unfollowLink`, for a follower's mail, stops every further one in one click. A follower's
 * links hold CONFIRM_SLOT / UNFOLLOW_SLOT, never a token: tokens are put in at send time only.
 */
export interface MailPart {
  language: MailLanguage;
  rendered: Rendered;
  link: string;
  unfollowLink?: string;
}

/**
 * One e-mail in the recipient's languages, each its own section (Arabic right to left, French left to right), in
 * HTML and plain text, with the link spelt out in both. An account has no language yet: it reads Arabic, then French.
 */
export function composeMail(parts: MailPart[]): RenderedMail {
  const subject = parts.map((part) => part.rendered.title).join(' — ');
  const text = parts
    .map(
      (part) =>
        `${part.rendered.title}\n\n${part.rendered.body}\n\n${labelled(part.language, LINK_LABEL[part.language])} ${part.link}\n\n` +
        `${part.unfollowLink ? `${labelled(part.language, UNFOLLOW_LABEL[part.language])} ${part.unfollowLink}\n\n` : ''}${FOOTER[part.language]}`,
    )
    .join('\n\n———\n\n');
  const sections = parts
    .map((part) => {
      const dir = part.language === 'ar' ? 'rtl' : 'ltr';
      const paragraphs = part.rendered.body
        .split('\n')
        .map((line) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`)
        .join('');
      return (
        `<section lang="${part.language}" dir="${dir}" style="text-align:${dir === 'rtl' ? 'right' : 'left'};margin:0 0 24px">` +
        `<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(part.rendered.title)}</h1>${paragraphs}` +
        `<p><a href="${escapeHtml(part.link)}">${LINK_LABEL[part.language]}</a></p>` +
        (part.unfollowLink ? `<p style="font-size:12px"><a href="${escapeHtml(part.unfollowLink)}">${UNFOLLOW_LABEL[part.language]}</a></p>` : '') +
        `<p style="color:#666;font-size:12px">${FOOTER[part.language]}</p></section>`
      );
    })
    .join('<hr>');
  const first = parts[0]?.language ?? 'ar';
  const html =
    `<!doctype html><html lang="${first}" dir="${first === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;max-width:640px;margin:auto">${sections}</body></html>`;
  return { subject, text, html };
}

export interface DigestItem {
  kind: string;
  title: { ar: string; fr: string };
  body: { ar: string; fr: string };
  link: { ar: string; fr: string };
}

const DIGEST_TITLE: Record<MailLanguage, (day: string, count: number) => string> = {
  ar: (day, count) => `ملخص إشعاراتكم ليوم ${day} (${count})`,
  fr: (day, count) => `Vos notifications du ${day} (${count})`,
};

/**
 * The daily digest: one e-mail listing one day's notifications of an account, each under its kind's words (from
 * @infitah/labels) with its own link, in the account's language or in both; the mail's link opens the console's inbox.
 */
export function composeDigest(day: string, items: DigestItem[], languages: MailLanguage[], inboxLink: string): RenderedMail {
  const parts = languages.map((language) => ({
    language,
    rendered: {
      title: DIGEST_TITLE[language](formatDate(day, language), items.length),
      body: items.map((item) => `• ${enumLabel('NotificationKind', item.kind, language)} — ${item.title[language]}\n${item.body[language]}\n${item.link[language]}`).join('\n\n'),
    },
    link: inboxLink,
  }));
  return composeMail(parts);
}
