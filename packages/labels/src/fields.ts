import { localeOf, type Locale, type Words } from './locale.js';

/**
 * The fields the graph's validation errors name (`extensions.field`, its last segment: `input.title` → `title`,
 * `milestones.1.dueOn` → `dueOn`), in each language. The console's form labels are kept where it had them.
 */
export const FIELD_LABELS = {
  action: { ar: 'الإجراء المزمع', fr: 'Action prévue', en: 'What will be done' },
  adoptedOn: { ar: 'تاريخ المصادقة', fr: 'Adopté le', en: 'Adopted on' },
  agenda: { ar: 'جدول الأعمال', fr: 'Programme de la séance', en: 'Agenda' },
  answer: { ar: 'الجواب', fr: 'Réponse', en: 'Answer' },
  attendance: { ar: 'الحضور', fr: 'Participation', en: 'Attendance' },
  attended: { ar: 'الحضور', fr: 'Présence', en: 'Attended' },
  axes: { ar: 'المحاور ذات الأولوية', fr: 'Axes prioritaires', en: 'Priority axes' },
  axisId: { ar: 'المحور', fr: 'Axe', en: 'Axis' },
  baseline: { ar: 'القيمة الأساسية', fr: 'Référence', en: 'Baseline' },
  body: { ar: 'النص', fr: 'Texte', en: 'Text' },
  bodyAr: { ar: 'النص (بالعربية)', fr: 'Texte (arabe)', en: 'Text (Arabic)' },
  bodyFr: { ar: 'النص (بالفرنسية)', fr: 'Texte (français)', en: 'Text (French)' },
  category: { ar: 'الفئة', fr: 'Catégorie', en: 'Category' },
  code: { ar: 'الرمز', fr: 'Code', en: 'Code' },
  cohortId: { ar: 'الفوج', fr: "Vague d'adhésion", en: 'Wave of members' },
  collectivityId: { ar: 'الجماعة', fr: 'Collectivité', en: 'Collectivity' },
  comment: { ar: 'التعليق', fr: 'Commentaire', en: 'Comment' },
  commitmentId: { ar: 'الالتزام', fr: 'Engagement', en: 'Commitment' },
  commitmentIds: { ar: 'الالتزامات', fr: 'Engagements', en: 'Commitments' },
  completedOn: { ar: 'التاريخ', fr: 'Date', en: 'Date' },
  completion: { ar: 'الإنجاز', fr: 'Réalisation', en: 'Completion' },
  consentToPublish: { ar: 'الموافقة على النشر', fr: 'Accord pour la publication', en: 'Consent to publication' },
  consultationId: { ar: 'الاستشارة العمومية', fr: 'Consultation publique', en: 'Public consultation' },
  contact: { ar: 'وسيلة الاتصال', fr: 'Contact', en: 'Contact' },
  contactEmail: { ar: 'البريد الإلكتروني للتواصل', fr: 'E-mail de contact', en: 'Contact e-mail' },
  contactPhone: { ar: 'هاتف التواصل', fr: 'Téléphone de contact', en: 'Contact phone' },
  contribution: { ar: 'المساهمة', fr: 'Contribution', en: 'Contribution' },
  councilSession: { ar: 'دورة المجلس', fr: 'Session du conseil', en: 'Council session' },
  count: { ar: 'عدد الأشخاص', fr: 'Nombre de personnes', en: 'Number of people' },
  counts: { ar: 'الأعداد', fr: 'Effectifs', en: 'Counts' },
  csv: { ar: 'الملف', fr: 'Fichier', en: 'File' },
  descriptionAr: { ar: 'الوصف (بالعربية)', fr: 'Description (arabe)', en: 'Description (Arabic)' },
  descriptionFr: { ar: 'الوصف (بالفرنسية)', fr: 'Description (français)', en: 'Description (French)' },
  direction: { ar: 'الاتجاه المنشود', fr: 'Sens souhaité', en: 'Desired direction' },
  displayName: { ar: 'الاسم المعروض', fr: 'Nom affiché', en: 'Display name' },
  doneOn: { ar: 'تاريخ الإنجاز', fr: 'Réalisé le', en: 'Done on' },
  dueOn: { ar: 'الأجل', fr: 'Échéance', en: 'Due on' },
  email: { ar: 'البريد الإلكتروني', fr: 'E-mail', en: 'E-mail' },
  endsAt: { ar: 'النهاية', fr: 'Fin', en: 'Ends' },
  endsOn: { ar: 'النهاية', fr: 'Fin', en: 'Ends on' },
  entityId: { ar: 'العنصر', fr: 'Élément', en: 'Record' },
  entries: { ar: 'البطاقات', fr: 'Fiches', en: 'Entries' },
  eventId: { ar: 'النشاط', fr: 'Événement', en: 'Event' },
  evidence: { ar: 'الأدلة', fr: 'Preuves', en: 'Evidence' },
  first: { ar: 'عدد النتائج', fr: 'Nombre de résultats', en: 'Number of results' },
  focalPointName: { ar: 'اسم نقطة الارتكاز', fr: 'Nom du point focal', en: 'Focal point’s name' },
  focalPointRole: { ar: 'صفة نقطة الارتكاز', fr: 'Fonction du point focal', en: 'Focal point’s role' },
  gender: { ar: 'النوع الاجتماعي', fr: 'Genre', en: 'Gender' },
  id: { ar: 'المعرّف', fr: 'Identifiant', en: 'Identifier' },
  joinedOn: { ar: 'تاريخ الانضمام', fr: "Date d'adhésion", en: 'Joined on' },
  kind: { ar: 'النوع', fr: 'Type', en: 'Kind' },
  kinds: { ar: 'أنواع الأحداث', fr: 'Types d’événements', en: 'Event kinds' },
  label: { ar: 'التسمية', fr: 'Libellé', en: 'Label' },
  labelAr: { ar: 'الاسم بالعربية', fr: 'Nom (arabe)', en: 'Name (Arabic)' },
  labelFr: { ar: 'الاسم بالفرنسية', fr: 'Nom (français)', en: 'Name (French)' },
  leadUnit: { ar: 'المصلحة المسؤولة', fr: 'Service porteur', en: 'Lead unit' },
  links: { ar: 'الروابط', fr: 'Liens', en: 'Links' },
  materials: { ar: 'الوثائق', fr: 'Supports', en: 'Materials' },
  measuredOn: { ar: 'تاريخ القياس', fr: 'Mesuré le', en: 'Measured on' },
  member: { ar: 'العضو', fr: 'Membre', en: 'Member' },
  mergedIntoId: { ar: 'المقترح المدمج فيه', fr: 'Fusionnée dans', en: 'Merged into' },
  milestones: { ar: 'المراحل', fr: 'Jalons', en: 'Milestones' },
  name: { ar: 'الاسم', fr: 'Nom', en: 'Name' },
  nameAr: { ar: 'الاسم بالعربية', fr: 'Nom (arabe)', en: 'Name (Arabic)' },
  nameFr: { ar: 'الاسم بالفرنسية', fr: 'Nom (français)', en: 'Name (French)' },
  names: { ar: 'الأسماء', fr: 'Noms', en: 'Names' },
  narrative: { ar: 'السرد', fr: 'Récit', en: 'Narrative' },
  newPassword: { ar: 'كلمة المرور الجديدة', fr: 'Nouveau mot de passe', en: 'New password' },
  note: { ar: 'ملاحظة', fr: 'Note', en: 'Note' },
  offset: { ar: 'بداية الصفحة', fr: 'Début de la page', en: 'Page start' },
  oldPassword: { ar: 'كلمة المرور الحالية', fr: 'Mot de passe actuel', en: 'Current password' },
  onlineUrl: { ar: 'الرابط الإلكتروني', fr: 'Adresse en ligne', en: 'Online address' },
  organisationId: { ar: 'الجمعية', fr: 'Association', en: 'Organisation' },
  organisationIds: { ar: 'الجمعيات', fr: 'Associations', en: 'Organisations' },
  outcome: { ar: 'المحضر', fr: 'Compte rendu', en: 'Outcome' },
  parentId: { ar: 'الجماعة الأم', fr: 'Collectivité de rattachement', en: 'Parent collectivity' },
  participants: { ar: 'المشاركون', fr: 'Participants', en: 'Participants' },
  partners: { ar: 'الشركاء', fr: 'Partenaires', en: 'Partners' },
  password: { ar: 'كلمة المرور', fr: 'Mot de passe', en: 'Password' },
  period: { ar: 'السنة أو الشهر', fr: 'Année ou mois', en: 'Year or month' },
  periodEnd: { ar: 'نهاية المدة', fr: 'Fin de la période', en: 'End of the period' },
  periodStart: { ar: 'بداية المدة', fr: 'Début de la période', en: 'Start of the period' },
  principle: { ar: 'المبدأ', fr: 'Principe', en: 'Principle' },
  principles: { ar: 'المبادئ', fr: 'Principes', en: 'Principles' },
  problem: { ar: 'الإشكالية المعالجة', fr: 'Problème traité', en: 'Problem addressed' },
  programId: { ar: 'البرنامج', fr: 'Programme', en: 'Programme' },
  published: { ar: 'منشور', fr: 'Publié', en: 'Published' },
  reason: { ar: 'السبب', fr: 'Motif', en: 'Reason' },
  role: { ar: 'الدور', fr: 'Rôle', en: 'Role' },
  search: { ar: 'بحث', fr: 'Recherche', en: 'Search' },
  speakers: { ar: 'المتدخلون', fr: 'Intervenants', en: 'Speakers' },
  startsAt: { ar: 'البداية', fr: 'Début', en: 'Starts' },
  startsOn: { ar: 'البداية', fr: 'Début', en: 'Starts on' },
  status: { ar: 'الحالة', fr: 'Statut', en: 'Status' },
  statusQuo: { ar: 'الوضع الراهن', fr: 'Situation actuelle', en: 'Status quo' },
  submitterCategory: { ar: 'الفئة', fr: 'Je suis', en: 'I am' },
  summaryAr: { ar: 'الملخص (بالعربية)', fr: 'Résumé (arabe)', en: 'Summary (Arabic)' },
  summaryFr: { ar: 'الملخص (بالفرنسية)', fr: 'Résumé (français)', en: 'Summary (French)' },
  supportsCount: { ar: 'عدد المؤيدين', fr: 'Nombre de soutiens', en: 'Number of supporters' },
  target: { ar: 'الهدف', fr: 'Cible', en: 'Target' },
  text: { ar: 'النص', fr: 'Texte', en: 'Text' },
  title: { ar: 'العنوان', fr: 'Titre', en: 'Title' },
  titleAr: { ar: 'العنوان (بالعربية)', fr: 'Titre (arabe)', en: 'Title (Arabic)' },
  titleFr: { ar: 'العنوان (بالفرنسية)', fr: 'Titre (français)', en: 'Title (French)' },
  unit: { ar: 'الوحدة', fr: 'Unité', en: 'Unit' },
  url: { ar: 'العنوان الإلكتروني', fr: 'Adresse', en: 'Address' },
  value: { ar: 'القيمة', fr: 'Valeur', en: 'Value' },
  venue: { ar: 'المكان', fr: 'Lieu', en: 'Venue' },
  weight: { ar: 'الوزن', fr: 'Poids', en: 'Weight' },
} as const satisfies Record<string, Words>;

export type FieldName = keyof typeof FIELD_LABELS;

const NUMBERED: Words = { ar: '%s رقم %n', fr: '%s n° %n', en: '%s #%n' };

/** The field a path names: its last segment that is no index (`input.milestones.1.dueOn` → `dueOn`). */
export function fieldNameOf(path: string): string {
  const names = path.split('.').filter((segment) => !/^\d+$/.test(segment));
  return names[names.length - 1] ?? path;
}

/**
 * A field in a language: `fieldLabel('startsAt', 'ar')` → "البداية"; a path gives its field's label
 * (`milestones.1.dueOn` → "Échéance"). A field the table does not know comes back as it is.
 */
export function fieldLabel(field: FieldName | (string & {}), locale: Locale | string): string {
  const name = fieldNameOf(field);
  const words = (FIELD_LABELS as Record<string, Words | undefined>)[name];
  return words ? words[localeOf(locale)] : name;
}

/**
 * A whole path for a message away from its field: `milestones.1.dueOn` → "Jalons n° 2 › Échéance" (positions
 * counted from 1; a leading `input.` dropped).
 */
export function fieldPathLabel(path: string, locale: Locale | string): string {
  const language = localeOf(locale);
  const segments = path.split('.').filter((segment, index) => !(index === 0 && segment === 'input'));
  const parts: string[] = [];
  for (const segment of segments) {
    if (/^\d+$/.test(segment) && parts.length > 0) {
      parts[parts.length - 1] = NUMBERED[language].replace('%s', parts[parts.length - 1]).replace('%n', String(Number(segment) + 1));
    } else {
      parts.push(fieldLabel(segment, language));
    }
  }
  // › is mirrored in right-to-left text: one character serves both directions
  return parts.join(' › ');
}
