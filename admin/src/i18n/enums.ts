/**
 * Labels of the graph's enum values. Select inputs and fields translate a choice's name, which is the enum value,
 * so each language maps the values it shows.
 */
export const enumLabels = {
  fr: {
    TRAINING: 'Formation', INFORMATION_MEETING: "Réunion d'information", COMMITTEE_MEETING: 'Comité de suivi',
    CO_CREATION_WORKSHOP: 'Atelier de co-construction', PUBLIC_CONSULTATION: 'Consultation publique', COUNCIL_SESSION: 'Session du conseil',
    NETWORK_MEETING: 'Rencontre du réseau', PLANNED: 'Prévu', HELD: 'Tenu', CANCELLED: 'Annulé',
    TRANSPARENCY: 'Transparence', ACCOUNTABILITY: 'Redevabilité', ACCESS_TO_INFORMATION: "Accès à l'information",
    CITIZEN_PARTICIPATION: 'Participation citoyenne', DIGITALIZATION: 'Digitalisation',
    SUBMITTED: 'Déposée', UNDER_REVIEW: "À l'examen", RETAINED: 'Retenue', MERGED: 'Fusionnée', REJECTED: 'Non retenue',
    NO_EVIDENCE: 'Pas de preuve', NOT_STARTED: 'Non commencé', LIMITED: 'Limité', SUBSTANTIAL: 'Substantiel', COMPLETE: 'Achevé',
    CO_CREATION: 'Co-construction', CONSULTATION: 'Consultation', ADOPTED: 'Adopté', IMPLEMENTATION: 'Mise en œuvre', CLOSED: 'Clôturé',
    REGION: 'Région', PREFECTURE: 'Préfecture', PROVINCE: 'Province', COMMUNE: 'Commune',
    FEMALE: 'Femmes', MALE: 'Hommes', UNSPECIFIED: 'Non précisé',
  },
  ar: {
    TRAINING: 'تكوين', INFORMATION_MEETING: 'اجتماع إخباري', COMMITTEE_MEETING: 'اجتماع لجنة التتبع', CO_CREATION_WORKSHOP: 'ورشة الإعداد المشترك',
    PUBLIC_CONSULTATION: 'استشارة عمومية', COUNCIL_SESSION: 'دورة المجلس', NETWORK_MEETING: 'لقاء الشبكة',
    PLANNED: 'مبرمج', HELD: 'منعقد', CANCELLED: 'ملغى',
    TRANSPARENCY: 'الشفافية', ACCOUNTABILITY: 'المساءلة', ACCESS_TO_INFORMATION: 'الحق في الوصول إلى المعلومة',
    CITIZEN_PARTICIPATION: 'المشاركة المواطنة', DIGITALIZATION: 'الرقمنة',
    SUBMITTED: 'مودع', UNDER_REVIEW: 'قيد الدراسة', RETAINED: 'مقبول', MERGED: 'مدمج', REJECTED: 'غير مقبول',
    NO_EVIDENCE: 'لا دليل', NOT_STARTED: 'لم ينطلق', LIMITED: 'محدود', SUBSTANTIAL: 'مهم', COMPLETE: 'منجز',
    CO_CREATION: 'الإعداد المشترك', CONSULTATION: 'الاستشارة', ADOPTED: 'مصادق عليه', IMPLEMENTATION: 'التنفيذ', CLOSED: 'مختتم',
    REGION: 'جهة', PREFECTURE: 'عمالة', PROVINCE: 'إقليم', COMMUNE: 'جماعة',
    FEMALE: 'نساء', MALE: 'رجال', UNSPECIFIED: 'غير محدد',
  },
  en: {},
};
