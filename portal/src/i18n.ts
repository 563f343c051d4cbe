import {
  enumLabel as sharedEnumLabel,
  ENUM_LABELS,
  formatDate as sharedFormatDate,
  INTL_LOCALES as SHARED_INTL_LOCALES,
  type DatePrecision,
  type EnumName,
  type EnumValue,
} from '@infitah/labels';
import { formatMoroccoDate, MOROCCO_TIME_ZONE } from '@infitah/morocco-time';
import { createContext, useContext } from 'react';
import type { AttendeeCategory, Language } from './generated/operations';
export type Locale = 'ar' | 'fr';
const STORAGE_KEY = 'infitah.portal.locale';

/** `?locale=ar|fr` wins and is remembered; Arabic by default, the language of the network's own documents. */
export function initialLocale(): Locale {
  const fromAddress = new URLSearchParams(window.location.search).get('locale');
  if (fromAddress === 'ar' || fromAddress === 'fr') {
    localStorage.setItem(STORAGE_KEY, fromAddress);
    return fromAddress;
  }
  const remembered = localStorage.getItem(STORAGE_KEY);
  return remembered === 'fr' ? 'fr' : 'ar';
}

const FR = {
  site: 'Réseau des collectivités territoriales ouvertes',
  skip: 'Aller au contenu',
  members: 'Membres',
  search: 'Rechercher une collectivité',
  searchButton: 'Rechercher',
  figures: 'Le réseau en chiffres',
  memberCount: 'membres',
  events: 'événements',
  proposals: 'propositions',
  programs: 'programmes',
  commitments: 'engagements',
  timeline: 'Chronologie de la co-construction',
  program: "Programme d'action d'ouverture",
  noProgram: "Aucun programme publié pour l'instant.",
  commitmentsTitle: 'Engagements',
  progress: 'Avancement',
  completion: 'Réalisation',
  proposalsTitle: 'Propositions et réponses',
  becameCommitment: 'Devenue un engagement',
  answer: 'Réponse',
  consultation: 'Consultation publique ouverte',
  takePart: 'Déposer une proposition',
  principle: 'Principe',
  title: 'Titre',
  text: 'Texte',
  category: 'Je suis',
  consent: "J'accepte que la commune publie ma proposition",
  contact: 'Contact (facultatif, réservé à la commune)',
  submit: 'Envoyer',
  thanks: 'Merci. Référence de suivi :',
  notPublic: "Votre proposition ne sera publique qu'après publication par la commune.",
  milestones: 'Jalons',
  indicators: 'Indicateurs',
  baseline: 'Référence',
  target: 'Cible',
  latest: 'Dernière mesure',
  reviews: 'Revue du réseau',
  back: 'Retour au réseau',
  language: 'العربية',
  openData: 'Données ouvertes',
  unknown: 'non renseigné',
  byRegion: 'Membres par région',
  unknownRegion: 'Région non renseignée',
  loading: 'Chargement…',
  loadFailed: 'Impossible de charger cette page. Vérifiez votre connexion puis réessayez.',
  retry: 'Réessayer',
  notFoundTitle: 'Page introuvable',
  notFoundBody: "Aucune page à cette adresse : le lien a peut-être changé, ou l'information n'est plus publiée.",
  noEvents: "Aucun événement publié pour l'instant.",
  noCommitments: "Le programme ne compte encore aucun engagement.",
  noProposals: "Aucune proposition publiée pour l'instant.",
  noMembers: 'Aucune collectivité ne correspond.',
  noResults: 'Aucun résultat.',
  noMilestones: "Aucun jalon pour l'instant.",
  noIndicators: "Aucun indicateur pour l'instant.",
  noDatasets: "Aucun jeu de données pour l'instant.",
  followUp: 'Suivre une proposition',
  followUpIntro: 'Saisissez la référence de suivi reçue à l’envoi de votre proposition pour voir où elle en est et la réponse de la commune.',
  reference: 'Référence de suivi',
  referenceRequired: 'Saisissez une référence.',
  followUpButton: 'Voir où elle en est',
  followUpLink: 'Suivre ma proposition',
  unknownReference: "Aucune proposition ne porte cette référence. Vérifiez-la : 12 lettres ou chiffres, comme sur l'accusé d'envoi.",
  status: 'Statut',
  submittedOn: 'Envoyée le',
  noAnswerYet: "La commune n'a pas encore répondu.",
  published: 'Publiée par la commune.',
  notPublished: "Pas encore publiée par la commune.",
  submitFailed: "Votre proposition n'a pas pu être envoyée. Réessayez.",
  upcoming: 'À venir',
  memberSince: 'membre depuis',
  upcomingTitle: 'Événements à venir et consultations ouvertes',
  upcomingIntro: 'Ce que les collectivités du réseau ont publié de leurs prochains rendez-vous, et les consultations publiques où chacun peut déposer une proposition aujourd’hui.',
  openConsultations: 'Consultations publiques ouvertes',
  noOpenConsultations: "Aucune consultation publique n'est ouverte en ce moment.",
  upcomingEvents: 'Événements à venir',
  noUpcoming: "Aucun événement à venir n'est publié pour l'instant.",
  until: "jusqu'au",
  networkOrganizer: 'Le réseau',
  event: 'Événement',
  kind: 'Type',
  when: 'Date',
  ends: 'Fin',
  venue: 'Lieu',
  online: 'En ligne',
  organizer: 'Organisé par',
  description: 'Présentation',
  agenda: 'Programme de la séance',
  noAgenda: "L'ordre du jour n'est pas publié.",
  time: 'Horaire',
  item: 'Point',
  speakers: 'Intervenants',
  outcome: 'Résultat',
  noOutcome: "Le résultat n'est pas encore publié.",
  attendance: 'Participation',
  noAttendance: "La participation n'est pas publiée.",
  attendeeCategory: 'Catégorie',
  total: 'Total',
  notCounted: 'non compté',
  attendingCollectivities: 'Collectivités participantes',
  intro: "Une collectivité ouverte renforce la transparence, la redevabilité et le droit d'accès à l'information, et associe les citoyens et la société civile à la préparation, au suivi et à l'évaluation de ses projets et programmes de développement.",
  introNetwork: "Les membres du réseau s'engagent à adopter, avec la société civile locale et tous les acteurs concernés, des programmes d'action d'ouverture, à en assurer la mise en œuvre et à les évaluer avec ces mêmes acteurs. Chaque collectivité publie ici ses étapes de co-construction, son programme, ses engagements et leur avancement, et répond aux propositions reçues.",
  whatIsOpen: "Qu'est-ce qu'une collectivité ouverte ?",
  privacy: 'Données personnelles',
  privacyLink: 'Comment vos données sont traitées (loi 09-08)',
  printable: 'Version imprimable du programme',
  print: 'Imprimer',
  required: 'obligatoire',
  requiredNote: 'Les champs marqués * sont obligatoires.',
  formHasErrors: 'Corrigez les champs signalés :',
  proposal: 'Proposition',
  receivedOn: 'Reçue le',
  answeredOn: 'Réponse du',
  collectedAt: 'Recueillie lors de',
  sourceProposals: 'Propositions à l’origine de cet engagement',
  noneStated: 'non renseigné',
  commitmentFields: "L'engagement (modèle OGP Local)",
  tableOfValues: 'Valeurs mesurées',
  date: 'Date',
  value: 'Valeur',
  measurement: 'Mesure',
  done: 'réalisé le',
  due: 'prévu le',
  pending: 'en cours',
  verifiedCompletion: 'Réalisation vérifiée',
  openGovernment: "Effet sur l'ouverture",
  potential: 'Potentiel de résultats',
  comment: 'Commentaire',
  weight: 'Poids',
  starts: 'début',
  deliverable: 'Livrable',
  evidence: 'Preuve de réalisation',
  direction: 'Sens',
};

export type Text = Record<keyof typeof FR, string>;

const TEXT: Record<Locale, Text> = {
  fr: FR,
  ar: {
    site: 'شبكة الجماعات الترابية المنفتحة',
    skip: 'انتقل إلى المحتوى',
    members: 'الأعضاء',
    search: 'البحث عن جماعة',
    searchButton: 'بحث',
    figures: 'أرقام الشبكة',
    memberCount: 'عضوا',
    events: 'نشاطا',
    proposals: 'مقترحا',
    programs: 'برنامجا',
    commitments: 'التزاما',
    timeline: 'مراحل الإعداد المشترك',
    program: 'برنامج عمل الانفتاح',
    noProgram: 'لم يُنشر أي برنامج بعد.',
    commitmentsTitle: 'الالتزامات',
    progress: 'التقدم',
    completion: 'الإنجاز',
    proposalsTitle: 'المقترحات وأجوبتها',
    becameCommitment: 'أصبح التزاما',
    answer: 'الجواب',
    consultation: 'استشارة عمومية مفتوحة',
    takePart: 'شارك بمقترح',
    principle: 'المبدأ',
    title: 'العنوان',
    text: 'النص',
    category: 'أنا',
    consent: 'أوافق على نشر مقترحي من طرف الجماعة',
    contact: 'وسيلة الاتصال (اختياري، تبقى خاصة بالجماعة)',
    submit: 'إرسال',
    thanks: 'شكرا. رقم التتبع:',
    notPublic: 'لن يُنشر مقترحك إلا بعد موافقة الجماعة.',
    milestones: 'المراحل',
    indicators: 'المؤشرات',
    baseline: 'القيمة الأساسية',
    target: 'الهدف',
    latest: 'آخر قياس',
    reviews: 'تقييم الشبكة',
    back: 'العودة إلى الشبكة',
    language: 'Français',
    openData: 'البيانات المفتوحة',
    unknown: 'غير متوفر',
    byRegion: 'الأعضاء حسب الجهة',
    unknownRegion: 'جهة غير مسجلة',
    loading: 'جار التحميل…',
    loadFailed: 'تعذر تحميل هذه الصفحة. تحقق من اتصالك ثم أعد المحاولة.',
    retry: 'إعادة المحاولة',
    notFoundTitle: 'الصفحة غير موجودة',
    notFoundBody: 'لا توجد صفحة بهذا العنوان: ربما تغير الرابط، أو لم تعد المعلومة منشورة.',
    noEvents: 'لم يُنشر أي نشاط بعد.',
    noCommitments: 'لا يتضمن البرنامج أي التزام بعد.',
    noProposals: 'لم يُنشر أي مقترح بعد.',
    noMembers: 'لا توجد أي جماعة مطابقة.',
    noResults: 'لا توجد نتائج.',
    noMilestones: 'لم تُحدد أي مرحلة بعد.',
    noIndicators: 'لم يُحدد أي مؤشر بعد.',
    noDatasets: 'لا توجد أي مجموعة بيانات بعد.',
    followUp: 'تتبع مقترح',
    followUpIntro: 'أدخل رقم التتبع الذي حصلت عليه عند إرسال مقترحك لمعرفة وضعيته وجواب الجماعة.',
    reference: 'رقم التتبع',
    referenceRequired: 'أدخل رقم التتبع.',
    followUpButton: 'عرض الوضعية',
    followUpLink: 'تتبع مقترحي',
    unknownReference: 'لا يوجد أي مقترح بهذا الرقم. تحقق منه: 12 حرفا أو رقما، كما في وصل الإرسال.',
    status: 'الوضعية',
    submittedOn: 'تاريخ الإرسال',
    noAnswerYet: 'لم تُجب الجماعة بعد.',
    published: 'نشرته الجماعة.',
    notPublished: 'لم تنشره الجماعة بعد.',
    submitFailed: 'تعذر إرسال مقترحك. أعد المحاولة.',
    upcoming: 'المواعيد المقبلة',
    memberSince: 'عضو منذ',
    upcomingTitle: 'الأنشطة المقبلة والاستشارات المفتوحة',
    upcomingIntro: 'ما نشرته جماعات الشبكة من مواعيدها المقبلة، والاستشارات العمومية التي يمكن لكل شخص أن يقدم فيها مقترحا اليوم.',
    openConsultations: 'الاستشارات العمومية المفتوحة',
    noOpenConsultations: 'لا توجد أي استشارة عمومية مفتوحة حاليا.',
    upcomingEvents: 'الأنشطة المقبلة',
    noUpcoming: 'لم يُنشر أي نشاط مقبل بعد.',
    until: 'إلى غاية',
    networkOrganizer: 'الشبكة',
    event: 'النشاط',
    kind: 'النوع',
    when: 'التاريخ',
    ends: 'النهاية',
    venue: 'المكان',
    online: 'عن بعد',
    organizer: 'الجهة المنظمة',
    description: 'تقديم',
    agenda: 'برنامج اللقاء',
    noAgenda: 'لم يُنشر جدول الأعمال.',
    time: 'التوقيت',
    item: 'الفقرة',
    speakers: 'المتدخلون',
    outcome: 'النتيجة',
    noOutcome: 'لم تُنشر النتيجة بعد.',
    attendance: 'الحضور',
    noAttendance: 'لم يُنشر الحضور.',
    attendeeCategory: 'الفئة',
    total: 'المجموع',
    notCounted: 'غير محصى',
    attendingCollectivities: 'الجماعات المشاركة',
    intro: 'الجماعة المنفتحة هي التي تعزز الشفافية والمساءلة والحق في الحصول على المعلومة، وتشرك المواطنات والمواطنين وهيئات المجتمع المدني في إعداد مشاريعها وبرامجها التنموية وتتبعها وتقييمها.',
    introNetwork: 'تلتزم الجماعات الأعضاء في الشبكة باعتماد برامج عمل للانفتاح بشراكة مع المجتمع المدني المحلي وجميع الفاعلين المعنيين، وبضمان تنفيذها وتقييمها مع نفس الفاعلين. تنشر كل جماعة هنا مراحل الإعداد المشترك وبرنامجها والتزاماتها ومدى تقدمها، وتجيب عن المقترحات التي تتوصل بها.',
    whatIsOpen: 'ما هي الجماعة المنفتحة؟',
    privacy: 'المعطيات الشخصية',
    privacyLink: 'كيف تتم معالجة معطياتك (القانون 09-08)',
    printable: 'نسخة البرنامج القابلة للطباعة',
    print: 'طباعة',
    required: 'إلزامي',
    requiredNote: 'الخانات المشار إليها بعلامة * إلزامية.',
    formHasErrors: 'يرجى تصحيح الخانات المشار إليها:',
    proposal: 'المقترح',
    receivedOn: 'تاريخ التوصل',
    answeredOn: 'تاريخ الجواب',
    collectedAt: 'جُمع خلال',
    sourceProposals: 'المقترحات التي انبثق منها هذا الالتزام',
    noneStated: 'غير محدد',
    commitmentFields: 'الالتزام (نموذج OGP المحلي)',
    tableOfValues: 'القيم المقيسة',
    date: 'التاريخ',
    value: 'القيمة',
    measurement: 'قياس',
    done: 'أُنجز في',
    due: 'مرتقب في',
    pending: 'في طور الإنجاز',
    verifiedCompletion: 'الإنجاز المتحقق منه',
    openGovernment: 'الأثر على الانفتاح',
    potential: 'إمكانية تحقيق النتائج',
    comment: 'تعليق',
    weight: 'الوزن',
    starts: 'البداية',
    deliverable: 'المُخرَج',
    evidence: 'دليل الإنجاز',
    direction: 'الاتجاه',
  },
};

export const textFor = (locale: Locale): Text => TEXT[locale];

/** An instant on Morocco's wall clock, in the page's language. */
export function moroccoDate(iso: string, locale: Locale, withTime = true): string {
  return formatMoroccoDate(iso, locale === 'ar' ? 'ar-MA' : 'fr-MA', withTime);
}

/** Who a citizen proposing may say they are (the network's trainers do not propose through the portal). */
export type CitizenCategory = Exclude<AttendeeCategory, 'TRAINER_NETWORK'>;

/** The page's language and its words, for every component below the router. */
export const LocaleContext = createContext<{ locale: Locale; text: Text }>({ locale: 'ar', text: TEXT.ar });
export const useLocale = () => useContext(LocaleContext);

/** The graph's `Language` argument for the page's language. */
export const languageOf = (locale: Locale): Language => (locale === 'ar' ? 'AR' : 'FR');

export const nameOf = (record: { nameAr: string; nameFr: string }, locale: Locale) => (locale === 'ar' ? record.nameAr : record.nameFr);

/**
 * Every enum value and date a reader meets comes from @infitah/labels, the platform's one table (the console's and the
 * e-mails' too): `enumLabel('EventKind', 'TRAINING', locale)`. A value the table does not know yet reads "not
 * stated", never its code.
 */
export { ENUM_LABELS, type DatePrecision, type EnumName };

export function enumLabel<E extends EnumName>(name: E, value: EnumValue<E>, locale: Locale): string {
  return value in ENUM_LABELS[name] ? sharedEnumLabel(name, value, locale) : TEXT[locale].noneStated;
}

/** Intl locales: Morocco's Arabic with Latin digits (as Moroccan administrations write), Morocco's French. */
export const INTL_LOCALES: Record<Locale, string> = { ar: SHARED_INTL_LOCALES.ar, fr: SHARED_INTL_LOCALES.fr };

/**
 * A date for a reader, in their language, on Morocco's wall clock (@infitah/labels' formatDate): an instant at MINUTE,
 * DAY or MONTH precision; a calendar date ("2024-12-03", "2024-12", "2023") at the precision it is written in (or
 * coarser if asked), never shifted by a time zone. Empty gives "".
 */
export function formatDate(value: string | null | undefined, locale: Locale, precision?: DatePrecision): string {
  return sharedFormatDate(value, locale, precision);
}

/** A Morocco wall-clock time of day, "10:30", for agenda slots. */
export function formatTime(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: MOROCCO_TIME_ZONE }).format(new Date(instant));
}

/** A text kept in both languages: the reader's, else the other one, marked with its language. */
export interface Localized {
  text: string;
  lang: Locale;
}

export function pick(record: { [key: string]: unknown }, field: string, locale: Locale): Localized {
  const other: Locale = locale === 'ar' ? 'fr' : 'ar';
  const suffix = (language: Locale) => (language === 'ar' ? 'Ar' : 'Fr');
  const own = record[`${field}${suffix(locale)}`];
  if (typeof own === 'string' && own.trim()) return { text: own, lang: locale };
  const theirs = record[`${field}${suffix(other)}`];
  return { text: typeof theirs === 'string' ? theirs : '', lang: other };
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/**
 * A free text written in both languages in one string ("دورة أكتوبر 2025 — session d’octobre 2025", as some records
 * still hold them) split into its languages: the reader's part. A text in one language comes back whole, marked with
 * the language its letters say.
 */
export function splitBilingual(value: string, locale: Locale): Localized {
  const parts = value.split(/\s+[—–|/]\s+/);
  const arabic = parts.filter((part) => ARABIC_LETTER.test(part));
  const latin = parts.filter((part) => !ARABIC_LETTER.test(part) && /\p{L}/u.test(part));
  if (arabic.length > 0 && latin.length > 0) return locale === 'ar' ? { text: arabic.join(' '), lang: 'ar' } : { text: latin.join(' '), lang: 'fr' };
  return { text: value, lang: ARABIC_LETTER.test(value) ? 'ar' : 'fr' };
}
