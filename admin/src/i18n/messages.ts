import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { enumLabels } from './enums';

/** Polyglot gives Arabic six plural forms (zero, one, two, few, many, other): the singular for one only. */
const arPlural = (singular: string, plural: string) => [plural, singular, plural, plural, plural, plural].join(' |||| ');

/** What this console adds to react-admin's own messages, in each language. */
const app = {
  en: {
    resources: {
      events: { name: 'Event |||| Events', fields: { kind: 'Kind', title: 'Title', titleAr: 'Title (Arabic)', titleFr: 'Title (French)', startsAt: 'Starts', endsAt: 'Ends', venue: 'Venue', status: 'Status', published: 'Published', organizer: 'Organiser', collectivityId: 'Collectivity' } },
      proposals: { name: 'Proposal |||| Proposals', fields: { title: 'Title', principle: 'Principle', status: 'Status', answer: 'Answer', published: 'Published' } },
      organisations: { name: 'Organisation |||| Organisations' },
      actionPrograms: { name: 'Programme |||| Programmes', fields: { title: 'Title', status: 'Status', adoptedOn: 'Adopted on' } },
      commitments: { name: 'Commitment |||| Commitments', fields: { title: 'Title', completion: 'Completion', progress: 'Progress' } },
      collectivities: { name: 'Collectivity |||| Collectivities', fields: { nameAr: 'Name (Arabic)', nameFr: 'Name (French)', kind: 'Kind', code: 'Code' } },
      accounts: { name: 'Account |||| Accounts' },
      auditLog: { name: 'Audit trail' },
    },
    infitah: {
      title: 'Infitah — open collectivities',
      dashboard: { network: 'The network', commune: 'My collectivity', membersByKind: 'Members by kind', membersByRegion: 'Members by region', programsByStatus: 'Programmes by status', commitmentsByCompletion: 'Commitments by completion', attendance: 'Participation by gender', attendanceByCategory: 'Participation by category', commitmentsByPrinciple: 'Commitments by principle', timeline: 'Co-creation timeline' },
      actions: { publish: 'Publish', unpublish: 'Unpublish' },
      language: 'Language',
    },
  },
  fr: {
    resources: {
      events: { name: 'Événement |||| Événements', fields: { kind: 'Type', title: 'Titre', titleAr: 'Titre (arabe)', titleFr: 'Titre (français)', startsAt: 'Début', endsAt: 'Fin', venue: 'Lieu', status: 'Statut', published: 'Publié', organizer: 'Organisateur', collectivityId: 'Collectivité' } },
      proposals: { name: 'Proposition |||| Propositions', fields: { title: 'Titre', principle: 'Principe', status: 'Statut', answer: 'Réponse', published: 'Publiée' } },
      organisations: { name: 'Association |||| Associations' },
      actionPrograms: { name: 'Programme |||| Programmes', fields: { title: 'Titre', status: 'Statut', adoptedOn: 'Adopté en' } },
      commitments: { name: 'Engagement |||| Engagements', fields: { title: 'Titre', completion: 'Réalisation', progress: 'Avancement' } },
      collectivities: { name: 'Collectivité |||| Collectivités', fields: { nameAr: 'Nom (arabe)', nameFr: 'Nom (français)', kind: 'Type', code: 'Code' } },
      accounts: { name: 'Compte |||| Comptes' },
      auditLog: { name: "Journal d'audit" },
    },
    infitah: {
      title: 'Infitah — collectivités ouvertes',
      dashboard: { network: 'Le réseau', commune: 'Ma collectivité', membersByKind: 'Membres par type', membersByRegion: 'Membres par région', programsByStatus: 'Programmes par statut', commitmentsByCompletion: 'Engagements par réalisation', attendance: 'Participation par genre', attendanceByCategory: 'Participation par catégorie', commitmentsByPrinciple: 'Engagements par principe', timeline: 'Chronologie de la co-construction' },
      actions: { publish: 'Publier', unpublish: 'Dépublier' },
      language: 'Langue',
    },
  },
  ar: {
    resources: {
      events: { name: arPlural('نشاط', 'الأنشطة'), fields: { kind: 'النوع', title: 'العنوان', titleAr: 'العنوان (بالعربية)', titleFr: 'العنوان (بالفرنسية)', startsAt: 'البداية', endsAt: 'النهاية', venue: 'المكان', status: 'الحالة', published: 'منشور', organizer: 'المنظم', collectivityId: 'الجماعة' } },
      proposals: { name: arPlural('مقترح', 'المقترحات'), fields: { title: 'العنوان', principle: 'المبدأ', status: 'الحالة', answer: 'الجواب', published: 'منشور' } },
      organisations: { name: arPlural('جمعية', 'الجمعيات') },
      actionPrograms: { name: arPlural('برنامج', 'برامج عمل الانفتاح'), fields: { title: 'العنوان', status: 'الحالة', adoptedOn: 'تاريخ المصادقة' } },
      commitments: { name: arPlural('التزام', 'الالتزامات'), fields: { title: 'العنوان', completion: 'الإنجاز', progress: 'التقدم' } },
      collectivities: { name: arPlural('جماعة ترابية', 'الجماعات الترابية'), fields: { nameAr: 'الاسم بالعربية', nameFr: 'الاسم بالفرنسية', kind: 'النوع', code: 'الرمز' } },
      accounts: { name: arPlural('حساب', 'الحسابات') },
      auditLog: { name: 'سجل التتبع' },
    },
    infitah: {
      title: 'انفتاح — الجماعات الترابية المنفتحة',
      dashboard: { network: 'الشبكة', commune: 'جماعتي', membersByKind: 'الأعضاء حسب النوع', membersByRegion: 'الأعضاء حسب الجهة', programsByStatus: 'البرامج حسب الحالة', commitmentsByCompletion: 'الالتزامات حسب الإنجاز', attendance: 'المشاركة حسب النوع الاجتماعي', attendanceByCategory: 'المشاركة حسب الفئة', commitmentsByPrinciple: 'الالتزامات حسب المبدأ', timeline: 'مراحل الإعداد المشترك' },
      actions: { publish: 'نشر', unpublish: 'إلغاء النشر' },
      language: 'اللغة',
    },
  },
};

/** react-admin ships no Arabic for version 5: its interface words are translated here over the English ones. */
const arabicInterface = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    action: { ...englishMessages.ra.action, save: 'حفظ', create: 'إضافة', edit: 'تعديل', delete: 'حذف', cancel: 'إلغاء', list: 'القائمة', show: 'عرض', export: 'تصدير', search: 'بحث', refresh: 'تحديث', add_filter: 'إضافة مرشح', back: 'رجوع', logout: 'تسجيل الخروج' },
    auth: { ...englishMessages.ra.auth, username: 'البريد الإلكتروني', password: 'كلمة المرور', sign_in: 'تسجيل الدخول', sign_in_error: 'فشل تسجيل الدخول', logout: 'تسجيل الخروج' },
    navigation: { ...englishMessages.ra.navigation, no_results: 'لا توجد نتائج', page_rows_per_page: 'عدد الأسطر:', next: 'التالي', previous: 'السابق' },
    page: { ...englishMessages.ra.page, dashboard: 'لوحة القيادة', list: '%{name}', create: 'إضافة %{name}', edit: '%{name} %{recordRepresentation}' },
  },
};

export const messages = {
  en: { ...englishMessages, ...app.en, ...enumLabels.en },
  fr: { ...frenchMessages, ...app.fr, ...enumLabels.fr },
  ar: { ...arabicInterface, ...app.ar, ...enumLabels.ar },
} as const;

export type Locale = keyof typeof messages;
export const LOCALES: Array<{ locale: Locale; name: string }> = [
  { locale: 'ar', name: 'العربية' },
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];
