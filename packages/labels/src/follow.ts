import type { Locale, Words } from './locale.js';

/**
 * What a citizen agrees to when following a collectivity: the portal shows this text beside the checkbox, and the
 * notifications service records it with its version when the request arrives, so the consent kept is the one read.
 * A new wording is a new version.
 */
export const FOLLOW_CONSENT: { version: string; text: Words } = {
  version: 'follow-2026-12',
  text: {
    ar: 'أوافق على أن تحتفظ منصة انفتاح بعنواني الإلكتروني لإبلاغي بالاستشارات العمومية التي تفتحها هذه الجماعة، إلى أن ألغي المتابعة بالرابط الموجود في كل رسالة.',
    fr: "J'accepte que la plateforme Infitah conserve mon adresse e-mail pour m'informer des consultations publiques que cette collectivité ouvre, jusqu'à ce que je me désabonne par le lien présent dans chaque message.",
    en: 'I agree that the Infitah platform keeps my e-mail address to tell me of the public consultations this collectivity opens, until I unfollow with the link in every message.',
  },
};

/** The portal's words for following a collectivity by e-mail, confirming and unfollowing. */
export const FOLLOW_WORDS = {
  heading: { ar: 'تابعوا هذه الجماعة', fr: 'Suivre cette collectivité', en: 'Follow this collectivity' },
  intro: {
    ar: 'توصلوا برسالة إلكترونية كلما فتحت هذه الجماعة استشارة عمومية.',
    fr: 'Recevez un e-mail chaque fois que cette collectivité ouvre une consultation publique.',
    en: 'Receive an e-mail each time this collectivity opens a public consultation.',
  },
  email: { ar: 'البريد الإلكتروني', fr: 'Adresse e-mail', en: 'E-mail address' },
  language: { ar: 'لغة الرسائل', fr: 'Langue des messages', en: 'Language of the messages' },
  languageAr: { ar: 'العربية', fr: 'Arabe (العربية)', en: 'Arabic (العربية)' },
  languageFr: { ar: 'الفرنسية (français)', fr: 'Français', en: 'French (français)' },
  privacy: { ar: 'كيف نعالج معطياتكم', fr: 'Comment vos données sont traitées', en: 'How your data is handled' },
  consentRequired: {
    ar: 'يجب الموافقة لمتابعة الجماعة.',
    fr: 'Votre accord est nécessaire pour suivre la collectivité.',
    en: 'Your agreement is needed to follow the collectivity.',
  },
  submit: { ar: 'متابعة', fr: 'Suivre', en: 'Follow' },
  sending: { ar: 'جارٍ الإرسال…', fr: 'Envoi…', en: 'Sending…' },
  requested: {
    ar: 'شكراً. إذا كان العنوان صحيحاً فستصلكم رسالة فيها رابط لتأكيد المتابعة. لن تتوصلوا بأي رسالة أخرى قبل التأكيد.',
    fr: "Merci. Si l'adresse est juste, un e-mail vous arrive avec un lien pour confirmer. Vous ne recevrez rien d'autre avant de confirmer.",
    en: 'Thank you. If the address is right, an e-mail is on its way with a link to confirm. You will receive nothing else before you confirm.',
  },
  failed: {
    ar: 'تعذر إرسال الطلب. أعيدوا المحاولة.',
    fr: "La demande n'a pas pu être envoyée. Réessayez.",
    en: 'The request could not be sent. Try again.',
  },
  confirmTitle: { ar: 'تأكيد المتابعة', fr: 'Confirmer le suivi', en: 'Confirm following' },
  confirming: { ar: 'جارٍ التأكيد…', fr: 'Confirmation en cours…', en: 'Confirming…' },
  confirmed: {
    ar: 'تم التأكيد. ستتوصلون برسالة كلما فتحت هذه الجماعة استشارة عمومية.',
    fr: 'C’est confirmé. Vous recevrez un e-mail chaque fois que cette collectivité ouvrira une consultation publique.',
    en: 'Confirmed. You will receive an e-mail each time this collectivity opens a public consultation.',
  },
  confirmInvalid: {
    ar: 'هذا الرابط غير صالح أو انتهت مدته (7 أيام). يمكنكم طلب المتابعة من جديد من صفحة الجماعة.',
    fr: 'Ce lien n’est pas valable ou a expiré (7 jours). Vous pouvez refaire la demande depuis la page de la collectivité.',
    en: 'This link is not valid or has expired (7 days). You may ask again from the collectivity’s page.',
  },
  unfollowTitle: { ar: 'إلغاء المتابعة', fr: 'Se désabonner', en: 'Unfollow' },
  unfollowing: { ar: 'جارٍ إلغاء المتابعة…', fr: 'Désabonnement en cours…', en: 'Unfollowing…' },
  unfollowed: {
    ar: 'تم إلغاء المتابعة وحذف عنوانكم. لن تتوصلوا بأي رسالة أخرى من هذه الجماعة.',
    fr: 'Vous êtes désabonné et votre adresse est effacée. Vous ne recevrez plus de message de cette collectivité.',
    en: 'You have unfollowed and your address is erased. You will receive no more messages from this collectivity.',
  },
  alreadyUnfollowed: {
    ar: 'لا يرتبط هذا الرابط بأي متابعة: ربما سبق إلغاؤها. لن تتوصلوا بأي رسالة عبره.',
    fr: 'Ce lien ne correspond à aucun abonnement : il a sans doute déjà été annulé. Aucun message ne vous sera envoyé par lui.',
    en: 'This link matches no follow: it was probably already cancelled. No message will be sent through it.',
  },
  networkError: {
    ar: 'تعذر الاتصال بالمنصة.',
    fr: 'La plateforme ne répond pas.',
    en: 'The platform does not answer.',
  },
  retry: { ar: 'إعادة المحاولة', fr: 'Réessayer', en: 'Try again' },
  seeCollectivity: { ar: 'صفحة الجماعة', fr: 'Page de la collectivité', en: 'The collectivity’s page' },
} satisfies Record<string, Words>;

export type FollowWord = keyof typeof FOLLOW_WORDS;

/** One of the follow words in a language. */
export const followWord = (word: FollowWord, locale: Locale): string => FOLLOW_WORDS[word][locale];
