import { formatMoroccoDate } from '@infitah/morocco-time';
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

const TEXT = {
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
  },
  fr: {
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
  },
} as const;

export type Text = (typeof TEXT)['fr'];
export const textFor = (locale: Locale): Text => TEXT[locale] as Text;

export const PRINCIPLE_LABELS: Record<Locale, Record<string, string>> = {
  ar: { TRANSPARENCY: 'الشفافية', ACCOUNTABILITY: 'المساءلة', ACCESS_TO_INFORMATION: 'الحق في الوصول إلى المعلومة', CITIZEN_PARTICIPATION: 'المشاركة المواطنة', DIGITALIZATION: 'الرقمنة' },
  fr: { TRANSPARENCY: 'Transparence', ACCOUNTABILITY: 'Redevabilité', ACCESS_TO_INFORMATION: "Accès à l'information", CITIZEN_PARTICIPATION: 'Participation citoyenne', DIGITALIZATION: 'Digitalisation' },
};

/** An instant on Morocco's wall clock, in the page's language. */
export function moroccoDate(iso: string, locale: Locale, withTime = true): string {
  return formatMoroccoDate(iso, locale === 'ar' ? 'ar-MA' : 'fr-MA', withTime);
}

export const CATEGORY_LABELS: Record<Locale, Record<string, string>> = {
  ar: { CITIZEN: 'مواطن(ة)', CIVIL_SOCIETY: 'عضو(ة) في جمعية', STUDENT_RESEARCHER: 'طالب(ة) أو باحث(ة)', SCHOOL_DIRECTOR: 'مدير(ة) مؤسسة تعليمية', COUNCIL_MEMBER: 'عضو(ة) بالمجلس', IEPEG_MEMBER: 'عضو(ة) بهيئة المساواة', STAFF: 'موظف(ة) بالجماعة' },
  fr: { CITIZEN: 'Citoyen·ne', CIVIL_SOCIETY: "Membre d'une association", STUDENT_RESEARCHER: 'Étudiant·e ou chercheur·se', SCHOOL_DIRECTOR: "Directeur·rice d'école", COUNCIL_MEMBER: 'Élu·e du conseil', IEPEG_MEMBER: "Membre de l'instance de l'équité", STAFF: 'Agent·e de la commune' },
};
