import { localeOf, type Locale, type Words } from './locale.js';

/** What an audit entry records was done (server-kit's AuditAction), as the audit trail reads it. */
export const AUDIT_ACTIONS: Readonly<Record<string, Words>> = {
  CREATE: { ar: 'إنشاء', fr: 'Création', en: 'Created' },
  UPDATE: { ar: 'تعديل', fr: 'Modification', en: 'Updated' },
  DELETE: { ar: 'حذف', fr: 'Suppression', en: 'Deleted' },
  PUBLISH: { ar: 'نشر', fr: 'Publication', en: 'Published' },
  UNPUBLISH: { ar: 'إلغاء النشر', fr: 'Dépublication', en: 'Unpublished' },
  DISABLE: { ar: 'تعطيل', fr: 'Désactivation', en: 'Disabled' },
  ENABLE: { ar: 'تفعيل', fr: 'Activation', en: 'Enabled' },
  PASSWORD_CHANGE: { ar: 'تغيير كلمة المرور', fr: 'Changement de mot de passe', en: 'Password changed' },
  EXPORT: { ar: 'تصدير', fr: 'Export', en: 'Exported' },
  ERASE: { ar: 'محو', fr: 'Effacement', en: 'Erased' },
  IMPORT: { ar: 'استيراد', fr: 'Import', en: 'Imported' },
};

/** The kinds of record the subgraphs audit, by the entity name they record. */
export const AUDIT_ENTITIES: Readonly<Record<string, Words>> = {
  Account: { ar: 'حساب', fr: 'Compte', en: 'Account' },
  ActionProgram: { ar: 'برنامج العمل', fr: "Programme d'action", en: 'Action programme' },
  Charter: { ar: 'الميثاق', fr: 'Charte', en: 'Charter' },
  Cohort: { ar: 'فوج', fr: 'Cohorte', en: 'Cohort' },
  Collectivity: { ar: 'جماعة', fr: 'Collectivité', en: 'Collectivity' },
  CollectivityImport: { ar: 'استيراد الجماعات', fr: 'Import de collectivités', en: 'Collectivity import' },
  CollectivityProfile: { ar: 'بطاقة الجماعة', fr: 'Profil de la collectivité', en: 'Collectivity profile' },
  Commitment: { ar: 'التزام', fr: 'Engagement', en: 'Commitment' },
  CommitmentAmendment: { ar: 'تعديل التزام', fr: "Amendement d'un engagement", en: 'Commitment amendment' },
  Event: { ar: 'نشاط', fr: 'Événement', en: 'Event' },
  LibraryEntry: { ar: 'مدخل المكتبة', fr: 'Entrée de la bibliothèque', en: 'Library entry' },
  Measurement: { ar: 'قياس', fr: 'Mesure', en: 'Measurement' },
  NetworkMembership: { ar: 'العضوية في الشبكة', fr: 'Adhésion au réseau', en: 'Network membership' },
  OnboardingStep: { ar: 'مرحلة الانضمام', fr: "Étape d'intégration", en: 'Onboarding step' },
  Organisation: { ar: 'هيئة', fr: 'Organisation', en: 'Organisation' },
  ParticipantAttendance: { ar: 'حضور المشاركين', fr: 'Présence des participants', en: 'Participant attendance' },
  PersonalData: { ar: 'المعطيات الشخصية', fr: 'Données personnelles', en: 'Personal data' },
  PriorityAxes: { ar: 'المحاور ذات الأولوية', fr: 'Axes prioritaires', en: 'Priority axes' },
  PriorityAxis: { ar: 'محور ذو أولوية', fr: 'Axe prioritaire', en: 'Priority axis' },
  ProgramImport: { ar: 'استيراد برنامج', fr: "Import d'un programme", en: 'Programme import' },
  ProgramReport: { ar: 'تقرير البرنامج', fr: 'Rapport du programme', en: 'Programme report' },
  ProgressReport: { ar: 'تقرير التقدم', fr: "Rapport d'avancement", en: 'Progress report' },
  Proposal: { ar: 'مقترح', fr: 'Proposition', en: 'Proposal' },
  Review: { ar: 'مراجعة', fr: 'Revue', en: 'Review' },
  ReviewReply: { ar: 'رد على مراجعة', fr: "Réponse à une revue", en: 'Review reply' },
  SupportProgramme: { ar: 'برنامج المواكبة', fr: "Programme d'accompagnement", en: 'Support programme' },
  TrainingMaterials: { ar: 'مواد التكوين', fr: 'Supports de formation', en: 'Training materials' },
};

/** The subgraphs, as the audit trail names where a change was made. */
export const SERVICE_LABELS: Readonly<Record<string, Words>> = {
  territory: { ar: 'المجال الترابي', fr: 'Territoire', en: 'Territory' },
  participation: { ar: 'المشاركة', fr: 'Participation', en: 'Participation' },
  evaluation: { ar: 'التقييم', fr: 'Évaluation', en: 'Evaluation' },
  notifications: { ar: 'الإشعارات', fr: 'Notifications', en: 'Notifications' },
};

/** Said of an action, a record kind or a service the tables do not know yet: never its code. */
const UNKNOWN: Words = { ar: 'غير محدد', fr: 'Non précisé', en: 'Not stated' };

/** An audit entry's action, record kind (`entity`) or service in a language. */
export function auditLabel(table: 'action' | 'entity' | 'service', value: string | null | undefined, locale: Locale | string): string {
  const words = { action: AUDIT_ACTIONS, entity: AUDIT_ENTITIES, service: SERVICE_LABELS }[table][value ?? ''] ?? UNKNOWN;
  return words[localeOf(locale)];
}
