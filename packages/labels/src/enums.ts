import { localeOf, type Locale, type Words } from './locale.js';

/**
 * Every enum of the public schema (gateway/schema.graphql), each value in Arabic, French and English. Values that
 * two enums share (TRAINING, CONSULTATION, SUBSTANTIAL…) are worded by their enum. The wording of the console and
 * the portal is kept where they had one; a test fails when the schema gains a value this table does not word.
 */
export const ENUM_LABELS = {
  NotificationKind: {
    PROPOSAL_SUBMITTED: { ar: 'مقترح جديد', fr: 'Nouvelle proposition', en: 'New proposal' },
    PROPOSAL_ANSWERED: { ar: 'الرد على مقترح', fr: 'Réponse à une proposition', en: 'Proposal answered' },
    CONSULTATION_OPENED: { ar: 'افتتاح استشارة عمومية', fr: "Ouverture d'une consultation", en: 'Consultation opened' },
    MILESTONE_DUE: { ar: 'اقتراب أجل مرحلة', fr: 'Échéance de jalon', en: 'Milestone due' },
    REPORT_DUE: { ar: 'اقتراب أجل تقرير', fr: 'Rapport attendu', en: 'Report due' },
    REVIEW_PUBLISHED: { ar: 'نشر تقييم', fr: 'Revue publiée', en: 'Review published' },
    PROGRAM_STATUS_CHANGED: { ar: 'تغير مرحلة البرنامج', fr: 'Changement de statut du programme', en: 'Programme status changed' },
    TRAINING_INVITATION: { ar: 'دعوة إلى تكوين', fr: 'Invitation à une formation', en: 'Training invitation' },
    MEMBERSHIP_CHANGED: { ar: 'تغير العضوية', fr: "Changement d'adhésion", en: 'Membership changed' },
    EVENT_PUBLISHED: { ar: 'نشر نشاط', fr: 'Événement publié', en: 'Event published' },
    WEBHOOK_DISABLED: { ar: 'تعطيل رابط إشعار آلي', fr: 'Rappel HTTP désactivé', en: 'Webhook disabled' },
  },
  ActorKind: {
    GOVERNMENT: { ar: 'جهات عمومية', fr: 'Acteurs publics', en: 'Government' },
    CIVIL_SOCIETY: { ar: 'المجتمع المدني', fr: 'Société civile', en: 'Civil society' },
    PRIVATE_SECTOR: { ar: 'القطاع الخاص', fr: 'Secteur privé', en: 'Private sector' },
  },
  CommitmentVersionKind: {
    ADOPTION: { ar: 'النص المصادق عليه', fr: 'Texte adopté', en: 'Adopted text' },
    AMENDMENT: { ar: 'تعديل', fr: 'Amendement', en: 'Amendment' },
  },
  MemberStage: {
    JOINED: { ar: 'انضمت إلى الشبكة', fr: 'Adhésion', en: 'Joined' },
    TRAINED: { ar: 'استفادت من التكوين', fr: 'Formée', en: 'Trained' },
    COMMITTEE_FORMED: { ar: 'اجتمعت لجنة التتبع', fr: 'Comité réuni', en: 'Committee met' },
    CO_CREATION: { ar: 'الإعداد المشترك', fr: 'Co-construction', en: 'Co-creation' },
    CONSULTATION: { ar: 'الاستشارة العمومية', fr: 'Consultation publique', en: 'Public consultation' },
    ADOPTED: { ar: 'برنامج مصادق عليه', fr: 'Programme adopté', en: 'Programme adopted' },
    IMPLEMENTING: { ar: 'قيد التنفيذ', fr: 'Mise en œuvre', en: 'Implementing' },
    REVIEWED: { ar: 'خضعت للتقييم', fr: 'Évaluée', en: 'Reviewed' },
  },
  ProgramReportKind: {
    DESIGN: { ar: 'تقرير التصميم', fr: 'Rapport de conception', en: 'Design report' },
    RESULTS: { ar: 'تقرير النتائج', fr: 'Rapport de résultats', en: 'Results report' },
  },
  PublicInfluence: {
    INFORM: { ar: 'الإخبار', fr: 'Informer', en: 'Inform' },
    CONSULT: { ar: 'الاستشارة', fr: 'Consulter', en: 'Consult' },
    INVOLVE: { ar: 'الإشراك', fr: 'Impliquer', en: 'Involve' },
    COLLABORATE: { ar: 'التعاون', fr: 'Collaborer', en: 'Collaborate' },
    EMPOWER: { ar: 'التمكين', fr: 'Habiliter', en: 'Empower' },
  },
  AgendaItemKind: {
    WELCOME: { ar: 'الاستقبال', fr: 'Accueil', en: 'Welcome' },
    SPEECH: { ar: 'كلمة', fr: 'Allocution', en: 'Speech' },
    PRESENTATION: { ar: 'عرض', fr: 'Présentation', en: 'Presentation' },
    WORKSHOP: { ar: 'ورشات عمل', fr: 'Travail en ateliers', en: 'Group work' },
    BREAK: { ar: 'استراحة', fr: 'Pause', en: 'Break' },
    DISCUSSION: { ar: 'نقاش', fr: 'Débat', en: 'Discussion' },
    OTHER: { ar: 'أخرى', fr: 'Autre', en: 'Other' },
  },
  AttendeeCategory: {
    COUNCIL_MEMBER: { ar: 'أعضاء المجلس', fr: 'Élus', en: 'Council members' },
    IEPEG_MEMBER: { ar: 'أعضاء هيئة المساواة وتكافؤ الفرص ومقاربة النوع', fr: "Membres de l'IEPEG", en: 'IEPEG members' },
    CIVIL_SOCIETY: { ar: 'المجتمع المدني', fr: 'Société civile', en: 'Civil society' },
    SCHOOL_DIRECTOR: { ar: 'مديرو المؤسسات التعليمية', fr: "Directeurs d'école", en: 'School directors' },
    STUDENT_RESEARCHER: { ar: 'طلبة وباحثون', fr: 'Étudiants et chercheurs', en: 'Students and researchers' },
    STAFF: { ar: 'موظفو الجماعة', fr: 'Personnel', en: 'Staff' },
    CITIZEN: { ar: 'مواطنون', fr: 'Citoyens', en: 'Citizens' },
    TRAINER_NETWORK: { ar: 'مكونون والشبكة', fr: 'Formateurs et réseau', en: 'Trainers and network' },
  },
  CollectivityKind: {
    REGION: { ar: 'جهة', fr: 'Région', en: 'Region' },
    PREFECTURE: { ar: 'عمالة', fr: 'Préfecture', en: 'Prefecture' },
    PROVINCE: { ar: 'إقليم', fr: 'Province', en: 'Province' },
    COMMUNE: { ar: 'جماعة', fr: 'Commune', en: 'Commune' },
  },
  CompletionLevel: {
    NO_EVIDENCE: { ar: 'لا دليل', fr: 'Pas de preuve', en: 'No evidence' },
    NOT_STARTED: { ar: 'لم ينطلق', fr: 'Non commencé', en: 'Not started' },
    LIMITED: { ar: 'محدود', fr: 'Limité', en: 'Limited' },
    SUBSTANTIAL: { ar: 'مهم', fr: 'Substantiel', en: 'Substantial' },
    COMPLETE: { ar: 'منجز', fr: 'Achevé', en: 'Complete' },
  },
  EventKind: {
    TRAINING: { ar: 'تكوين', fr: 'Formation', en: 'Training' },
    INFORMATION_MEETING: { ar: 'اجتماع إخباري', fr: "Réunion d'information", en: 'Information meeting' },
    COMMITTEE_MEETING: { ar: 'اجتماع لجنة التتبع', fr: 'Comité de suivi', en: 'Monitoring committee meeting' },
    CO_CREATION_WORKSHOP: { ar: 'ورشة الإعداد المشترك', fr: 'Atelier de co-construction', en: 'Co-creation workshop' },
    PUBLIC_CONSULTATION: { ar: 'استشارة عمومية', fr: 'Consultation publique', en: 'Public consultation' },
    COUNCIL_SESSION: { ar: 'دورة المجلس', fr: 'Session du conseil', en: 'Council session' },
    NETWORK_MEETING: { ar: 'لقاء الشبكة', fr: 'Rencontre du réseau', en: 'Network meeting' },
  },
  EventOrganizer: {
    COLLECTIVITY: { ar: 'الجماعة الترابية', fr: 'La collectivité', en: 'The collectivity' },
    NETWORK: { ar: 'الشبكة', fr: 'Le réseau', en: 'The network' },
  },
  EventStatus: {
    PLANNED: { ar: 'مبرمج', fr: 'Prévu', en: 'Planned' },
    HELD: { ar: 'منعقد', fr: 'Tenu', en: 'Held' },
    CANCELLED: { ar: 'ملغى', fr: 'Annulé', en: 'Cancelled' },
  },
  Gender: {
    FEMALE: { ar: 'نساء', fr: 'Femmes', en: 'Women' },
    MALE: { ar: 'رجال', fr: 'Hommes', en: 'Men' },
    UNSPECIFIED: { ar: 'غير محدد', fr: 'Non précisé', en: 'Not recorded' },
  },
  IndicatorDirection: {
    INCREASE: { ar: 'الارتفاع أفضل', fr: 'À la hausse', en: 'Higher is better' },
    DECREASE: { ar: 'الانخفاض أفضل', fr: 'À la baisse', en: 'Lower is better' },
  },
  EmailFrequency: {
    IMMEDIATE: { ar: 'فورا', fr: 'Immédiatement', en: 'Immediately' },
    DAILY_DIGEST: { ar: 'ملخص يومي', fr: 'Résumé quotidien', en: 'Daily digest' },
  },
  Language: {
    AR: { ar: 'العربية', fr: 'Arabe', en: 'Arabic' },
    FR: { ar: 'الفرنسية', fr: 'Français', en: 'French' },
  },
  LibraryEntryKind: {
    METHOD: { ar: 'منهجية', fr: 'Méthode', en: 'Method' },
    TOOL: { ar: 'أداة', fr: 'Outil', en: 'Tool' },
    TEMPLATE: { ar: 'نموذج', fr: 'Modèle', en: 'Template' },
    GOOD_PRACTICE: { ar: 'ممارسة جيدة', fr: 'Bonne pratique', en: 'Good practice' },
    CASE_STUDY: { ar: 'دراسة حالة', fr: 'Étude de cas', en: 'Case study' },
  },
  LibraryEntryStatus: {
    DRAFT: { ar: 'مسودة', fr: 'Brouillon', en: 'Draft' },
    PROPOSED: { ar: 'مقترحة', fr: 'Proposée', en: 'Proposed' },
    PUBLISHED: { ar: 'منشورة', fr: 'Publiée', en: 'Published' },
    DECLINED: { ar: 'مرفوضة', fr: 'Refusée', en: 'Declined' },
  },
  MembershipStatus: {
    ACTIVE: { ar: 'نشيطة', fr: 'Active', en: 'Active' },
    SUSPENDED: { ar: 'معلقة', fr: 'Suspendue', en: 'Suspended' },
    ENDED: { ar: 'منتهية', fr: 'Terminée', en: 'Ended' },
  },
  OnboardingStepKind: {
    INFORMATION_MEETING: { ar: 'المشاركة في اجتماع إخباري', fr: "Réunion d'information suivie", en: 'Information meeting attended' },
    TRAINING: { ar: 'الاستفادة من التكوين', fr: 'Formation suivie', en: 'Training attended' },
    FOCAL_POINT_NAMED: { ar: 'تعيين نقطة الارتكاز', fr: 'Point focal désigné', en: 'Focal point named' },
    COMMITTEE_FORMED: { ar: 'تشكيل لجنة التتبع', fr: 'Comité de suivi constitué', en: 'Committee formed' },
    PROGRAMME_STARTED: { ar: 'انطلاق إعداد البرنامج', fr: 'Programme lancé', en: 'Programme started' },
  },
  // the OGP Independent Reporting Mechanism's scale, its steps kept short as in its reports
  OpenGovernmentEffect: {
    WORSENED: { ar: 'تراجع', fr: 'Détérioration', en: 'Worsened' },
    DID_NOT_CHANGE: { ar: 'لم يتغير', fr: 'Aucun changement', en: 'Did not change' },
    MARGINAL: { ar: 'هامشي', fr: 'Marginal', en: 'Marginal' },
    MAJOR: { ar: 'كبير', fr: 'Majeur', en: 'Major' },
    OUTSTANDING: { ar: 'استثنائي', fr: 'Exceptionnel', en: 'Outstanding' },
  },
  OpennessPrinciple: {
    TRANSPARENCY: { ar: 'الشفافية', fr: 'Transparence', en: 'Transparency' },
    ACCOUNTABILITY: { ar: 'المساءلة', fr: 'Redevabilité', en: 'Accountability' },
    ACCESS_TO_INFORMATION: { ar: 'الحق في الوصول إلى المعلومة', fr: "Accès à l'information", en: 'Access to information' },
    CITIZEN_PARTICIPATION: { ar: 'المشاركة المواطنة', fr: 'Participation citoyenne', en: 'Citizen participation' },
    DIGITALIZATION: { ar: 'الرقمنة', fr: 'Digitalisation', en: 'Digitalisation' },
  },
  PartnerStatus: {
    NONE: { ar: 'ليست شريكة', fr: 'Non partenaire', en: 'Not a partner' },
    PARTNER: { ar: 'شريكة', fr: 'Partenaire', en: 'Partner' },
    FORMER_PARTNER: { ar: 'شريكة سابقة', fr: 'Ancien partenaire', en: 'Former partner' },
  },
  PotentialForResults: {
    UNCLEAR: { ar: 'غير واضح', fr: 'Peu clair', en: 'Unclear' },
    MODEST: { ar: 'متواضع', fr: 'Modeste', en: 'Modest' },
    SUBSTANTIAL: { ar: 'جوهري', fr: 'Substantiel', en: 'Substantial' },
  },
  ProgramStatus: {
    CO_CREATION: { ar: 'الإعداد المشترك', fr: 'Co-construction', en: 'Co-creation' },
    CONSULTATION: { ar: 'الاستشارة', fr: 'Consultation', en: 'Consultation' },
    ADOPTED: { ar: 'مصادق عليه', fr: 'Adopté', en: 'Adopted' },
    IMPLEMENTATION: { ar: 'التنفيذ', fr: 'Mise en œuvre', en: 'Implementation' },
    CLOSED: { ar: 'مختتم', fr: 'Clôturé', en: 'Closed' },
  },
  ProposalSource: {
    EVENT: { ar: 'خلال نشاط', fr: "Lors d'un événement", en: 'At an event' },
    CONSULTATION: { ar: 'استشارة عمومية', fr: 'Consultation publique', en: 'Public consultation' },
    ONLINE: { ar: 'عبر الإنترنت', fr: 'En ligne', en: 'Online' },
  },
  ProposalStatus: {
    SUBMITTED: { ar: 'تم الاستلام', fr: 'Reçue', en: 'Received' },
    UNDER_REVIEW: { ar: 'قيد الدراسة', fr: "En cours d'examen", en: 'Under review' },
    RETAINED: { ar: 'تم اعتماده', fr: 'Retenue', en: 'Retained' },
    MERGED: { ar: 'دُمج في مقترح آخر', fr: 'Fusionnée avec une autre proposition', en: 'Merged with another proposal' },
    REJECTED: { ar: 'لم يتم اعتماده', fr: 'Non retenue', en: 'Not retained' },
  },
  Role: {
    NETWORK_ADMIN: { ar: 'مسؤول الشبكة', fr: 'Administrateur du réseau', en: 'Network administrator' },
    COLLECTIVITY_ADMIN: { ar: 'مسؤول الجماعة', fr: 'Administrateur de la collectivité', en: 'Collectivity administrator' },
    COLLECTIVITY_EDITOR: { ar: 'محرر الجماعة', fr: 'Rédacteur de la collectivité', en: 'Collectivity editor' },
  },
  SpeakerRole: {
    PRESIDENT: { ar: 'رئيس المجلس', fr: 'Président du conseil', en: 'Council president' },
    FOCAL_POINT: { ar: 'نقطة الارتكاز', fr: 'Point focal', en: 'Focal point' },
    TRAINER: { ar: 'مكون', fr: 'Formateur', en: 'Trainer' },
    COUNCIL_MEMBER: { ar: 'عضو المجلس', fr: 'Élu du conseil', en: 'Council member' },
    STAFF: { ar: 'موظف الجماعة', fr: 'Agent de la collectivité', en: 'Staff member' },
    CIVIL_SOCIETY: { ar: 'ممثل المجتمع المدني', fr: 'Représentant de la société civile', en: 'Civil-society representative' },
    NETWORK: { ar: 'ممثل الشبكة', fr: 'Représentant du réseau', en: 'Network representative' },
    OTHER: { ar: 'صفة أخرى', fr: 'Autre rôle', en: 'Other role' },
  },
  TimePrecision: {
    MINUTE: { ar: 'التاريخ والساعة', fr: 'Date et heure', en: 'Date and time' },
    DAY: { ar: 'اليوم فقط', fr: 'Jour seulement', en: 'Day only' },
    MONTH: { ar: 'الشهر فقط', fr: 'Mois seulement', en: 'Month only' },
  },
} as const satisfies Record<string, Record<string, Words>>;

export type EnumName = keyof typeof ENUM_LABELS;
export type EnumValue<E extends EnumName> = keyof (typeof ENUM_LABELS)[E] & string;

/**
 * A value of a schema enum in a language: `enumLabel('EventKind', 'TRAINING', 'ar')` → "تكوين". A value the table
 * does not know (a newer server than this build) comes back as it is rather than failing the page.
 */
export function enumLabel<E extends EnumName>(enumName: E, value: EnumValue<E> | (string & {}), locale: Locale | string): string {
  const words = (ENUM_LABELS[enumName] as Record<string, Words | undefined>)[value];
  return words ? words[localeOf(locale)] : value;
}

/** The values of an enum with their labels, in the schema's order: for select inputs and chart legends. */
export function enumChoices<E extends EnumName>(enumName: E, locale: Locale | string): Array<{ id: EnumValue<E>; name: string }> {
  const language = localeOf(locale);
  return Object.entries(ENUM_LABELS[enumName] as Record<string, Words>).map(([id, words]) => ({ id: id as EnumValue<E>, name: words[language] }));
}

/**
 * An AttendeeCategory said of one person, as a citizen picks it on the portal's proposal form ("Je suis …"); the
 * enum's own labels name groups, for attendance tables.
 */
export const CATEGORY_AS_PERSON = {
  COUNCIL_MEMBER: { ar: 'عضو(ة) بالمجلس', fr: 'Élu·e du conseil', en: 'A council member' },
  IEPEG_MEMBER: { ar: 'عضو(ة) بهيئة المساواة', fr: "Membre de l'instance de l'équité", en: 'A member of the equity body (IEPEG)' },
  CIVIL_SOCIETY: { ar: 'عضو(ة) في جمعية', fr: "Membre d'une association", en: 'A member of an association' },
  SCHOOL_DIRECTOR: { ar: 'مدير(ة) مؤسسة تعليمية', fr: "Directeur·rice d'école", en: 'A school director' },
  STUDENT_RESEARCHER: { ar: 'طالب(ة) أو باحث(ة)', fr: 'Étudiant·e ou chercheur·se', en: 'A student or researcher' },
  STAFF: { ar: 'موظف(ة) بالجماعة', fr: 'Agent·e de la commune', en: "A member of the commune's staff" },
  CITIZEN: { ar: 'مواطن(ة)', fr: 'Citoyen·ne', en: 'A citizen' },
  TRAINER_NETWORK: { ar: 'مكون(ة) أو ممثل(ة) الشبكة', fr: 'Formateur·rice ou représentant·e du réseau', en: 'A trainer or network representative' },
} as const satisfies Record<keyof (typeof ENUM_LABELS)['AttendeeCategory'], Words>;

/** One person's category in a language: `categoryAsPerson('CITIZEN', 'fr')` → "Citoyen·ne". */
export function categoryAsPerson(value: keyof typeof CATEGORY_AS_PERSON | (string & {}), locale: Locale | string): string {
  const words = (CATEGORY_AS_PERSON as Record<string, Words | undefined>)[value];
  return words ? words[localeOf(locale)] : value;
}
