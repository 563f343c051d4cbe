import { formatMoroccoDate } from '@infitah/morocco-time';
import { createContext, useContext } from 'react';
import type { AttendeeCategory, Language, OpennessPrinciple, ProposalStatus } from './generated/operations';
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
  },
};

export const textFor = (locale: Locale): Text => TEXT[locale];

export const PRINCIPLE_LABELS: Record<Locale, Record<OpennessPrinciple, string>> = {
  ar: { TRANSPARENCY: 'الشفافية', ACCOUNTABILITY: 'المساءلة', ACCESS_TO_INFORMATION: 'الحق في الوصول إلى المعلومة', CITIZEN_PARTICIPATION: 'المشاركة المواطنة', DIGITALIZATION: 'الرقمنة' },
  fr: { TRANSPARENCY: 'Transparence', ACCOUNTABILITY: 'Redevabilité', ACCESS_TO_INFORMATION: "Accès à l'information", CITIZEN_PARTICIPATION: 'Participation citoyenne', DIGITALIZATION: 'Digitalisation' },
};

/** An instant on Morocco's wall clock, in the page's language. */
export function moroccoDate(iso: string, locale: Locale, withTime = true): string {
  return formatMoroccoDate(iso, locale === 'ar' ? 'ar-MA' : 'fr-MA', withTime);
}

/** Who a citizen proposing may say they are (the network's trainers do not propose through the portal). */
export type CitizenCategory = Exclude<AttendeeCategory, 'TRAINER_NETWORK'>;

export const CATEGORY_LABELS: Record<Locale, Record<CitizenCategory, string>> = {
  ar: { CITIZEN: 'مواطن(ة)', CIVIL_SOCIETY: 'عضو(ة) في جمعية', STUDENT_RESEARCHER: 'طالب(ة) أو باحث(ة)', SCHOOL_DIRECTOR: 'مدير(ة) مؤسسة تعليمية', COUNCIL_MEMBER: 'عضو(ة) بالمجلس', IEPEG_MEMBER: 'عضو(ة) بهيئة المساواة', STAFF: 'موظف(ة) بالجماعة' },
  fr: { CITIZEN: 'Citoyen·ne', CIVIL_SOCIETY: "Membre d'une association", STUDENT_RESEARCHER: 'Étudiant·e ou chercheur·se', SCHOOL_DIRECTOR: "Directeur·rice d'école", COUNCIL_MEMBER: 'Élu·e du conseil', IEPEG_MEMBER: "Membre de l'instance de l'équité", STAFF: 'Agent·e de la commune' },
};

/** Where a citizen's proposal stands, as the citizen reads it (never the code). */
export const STATUS_LABELS: Record<Locale, Record<ProposalStatus, string>> = {
  ar: { SUBMITTED: 'تم الاستلام', UNDER_REVIEW: 'قيد الدراسة', RETAINED: 'تم اعتماده', MERGED: 'دُمج في مقترح آخر', REJECTED: 'لم يتم اعتماده' },
  fr: { SUBMITTED: 'Reçue', UNDER_REVIEW: "En cours d'examen", RETAINED: 'Retenue', MERGED: 'Fusionnée avec une autre proposition', REJECTED: 'Non retenue' },
};

/** The page's language and its words, for every component below the router. */
export const LocaleContext = createContext<{ locale: Locale; text: Text }>({ locale: 'ar', text: TEXT.ar });
export const useLocale = () => useContext(LocaleContext);

/** The graph's `Language` argument for the page's language. */
export const languageOf = (locale: Locale): Language => (locale === 'ar' ? 'AR' : 'FR');

export const nameOf = (record: { nameAr: string; nameFr: string }, locale: Locale) => (locale === 'ar' ? record.nameAr : record.nameFr);
