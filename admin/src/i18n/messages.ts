import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { arabicRa, arPlural } from './arabic';
import { consoleWords } from './console';
import { enumLabels } from './enums';
import { reviewMessages } from './reviews';
import { inboxMessages } from '../notifications/messages';
import { webhookMessages } from '../webhooks/messages';
import { invitationMessages } from '../events/invitation.messages';
import { templateMessages } from './template';
import { validationMessages } from './serverMessages';


/** What this console adds to react-admin's own messages, in each language. */
const app = {
  en: {
    resources: {
      events: { name: 'Event |||| Events', fields: { kind: 'Kind', title: 'Title', titleAr: 'Title (Arabic)', titleFr: 'Title (French)', startsAt: 'Starts', endsAt: 'Ends', venue: 'Venue', status: 'Status', published: 'Published', organizer: 'Organiser', collectivityId: 'Collectivity', onlineUrl: 'Online address', outcome: 'Outcome', agenda: 'Agenda', attendance: 'Attendance', category: 'Category', gender: 'Gender', count: 'Number of people' } },
      proposals: { name: 'Proposal |||| Proposals', fields: { title: 'Title', principle: 'Principle', status: 'Status', answer: 'Answer', published: 'Published' } },
      organisations: { name: 'Organisation |||| Organisations' },
      actionPrograms: { name: 'Programme |||| Programmes', fields: { title: 'Title', status: 'Status', adoptedOn: 'Adopted on' } },
      commitments: { name: 'Commitment |||| Commitments', fields: { title: 'Title', titleAr: 'Title (Arabic)', titleFr: 'Title (French)', problem: 'Problem addressed', action: 'What will be done', principles: 'Principles', completion: 'Completion', progress: 'Progress', leadUnit: 'Lead unit', startsOn: 'Starts on', endsOn: 'Ends on', milestones: 'Milestones', milestoneTitle: 'Milestone', dueOn: 'Due on', doneOn: 'Done on', weight: 'Weight' } },
      libraryEntries: {
        name: 'Library entry |||| Library',
        fields: {
          title: 'Title', titleAr: 'Title (Arabic)', titleFr: 'Title (French)', kind: 'Kind', status: 'Status', principles: 'Principles',
          summaryAr: 'Summary (Arabic)', summaryFr: 'Summary (French)', bodyAr: 'Text (Arabic)', bodyFr: 'Text (French)', links: 'Links',
          url: 'Address', label: 'Label', collectivity: 'Comes from', collectivityId: 'Comes from', commitments: 'Commitments documented',
          commitmentId: 'Commitment', published: 'Published', declineReason: 'Reason for declining', isIllustrative: 'Illustrative example',
          publishedAt: 'Published on', q: 'Search',
        },
      },
      collectivities: { name: 'Collectivity |||| Collectivities', fields: { nameAr: 'Name (Arabic)', nameFr: 'Name (French)', kind: 'Kind', code: 'Code', membershipStatus: 'Membership' } },
      accounts: { name: 'Account |||| Accounts' },
      apiKeys: { name: 'API key |||| API keys' },
      auditLog: { name: 'Audit trail' },
      cohorts: { name: 'Wave of members |||| Waves of members', fields: { label: 'Wave', labelAr: 'Name (Arabic)', labelFr: 'Name (French)', period: 'Year or month', memberCount: 'Active members', trained: 'Trained', untrained: 'Not yet trained', q: 'Search' } },
    },
    infitah: {
      title: 'Infitah — open collectivities',
      dashboard: { network: 'The network', commune: 'My collectivity', membersByKind: 'Members by kind', membersByRegion: 'Members by region', programsByStatus: 'Programmes by status', commitmentsByCompletion: 'Commitments by completion', attendance: 'Participation by gender', attendanceByCategory: 'Participation by category', commitmentsByPrinciple: 'Commitments by principle', libraryByKind: 'Library by kind (%{published} published, %{proposed} proposed)', timeline: 'Co-creation timeline', count: 'Number' },
      actions: { publish: 'Publish', unpublish: 'Unpublish' },
      library: { propose: 'Propose an entry to the library', proposed: 'Proposal sent to the network', accept: 'Accept and publish', decline: 'Decline', declineReason: 'Reason' },
      capacityBuilding: { summary: 'Capacity building — trainings held: %{trainings} · collectivities trained: %{collectivities} · people trained: %{people} (by category)', byGender: 'People trained by gender' },
      cohorts: { members: 'Members and their onboarding', progress: 'Where the wave stands', untrained: 'Not yet trained: %{count}', allTrained: 'Every active member has attended a training', member: 'Member', joinedOn: 'Joined', status: 'Membership', nextStep: 'Next step', trainings: 'Trainings attended', done: 'All steps done', record: 'Record the step', step: 'Step', completedOn: 'Date (11/02/2025, 02/2025 or 2025)', place: 'Place in this wave', collectivity: 'Collectivity', saved: 'Saved' },
      import: {
        button: 'Import CSV', title: 'Import %{name}', checking: 'Checking the file…', target: 'Import into', newProgram: 'A new programme',
        summary: '%{rows} rows read: %{created} to create, %{updated} to update; the other rows change nothing.',
        refused: '%{smart_count} problem found: nothing will be imported until the file is corrected. |||| %{smart_count} problems found: nothing will be imported until the file is corrected.',
        rowsRead: '%{smart_count} row read. |||| %{smart_count} rows read.', refusedTable: 'Refused lines', line: 'Line', column: 'Column', reason: 'Reason',
        accepted: 'The file is valid. Nothing has been written yet: confirm to import it.', confirm: 'Import',
        done: 'Imported: %{created} created, %{updated} updated', tooLarge: 'The file is too large to be sent at once: split it into smaller files.',
      },
      language: 'Language',
      auth: { rate_limited: 'Too many sign-in attempts. Try again in %{wait}.', seconds: '1 second |||| %{smart_count} seconds', minutes: '1 minute |||| %{smart_count} minutes' },
      validation: validationMessages.en,
      ...consoleWords.en,
    },
  },
  fr: {
    resources: {
      events: { name: 'Événement |||| Événements', fields: { kind: 'Type', title: 'Titre', titleAr: 'Titre (arabe)', titleFr: 'Titre (français)', startsAt: 'Début', endsAt: 'Fin', venue: 'Lieu', status: 'Statut', published: 'Publié', organizer: 'Organisateur', collectivityId: 'Collectivité', onlineUrl: 'Adresse en ligne', outcome: 'Compte rendu', agenda: 'Programme de la séance', attendance: 'Participation', category: 'Catégorie', gender: 'Genre', count: 'Nombre de personnes' } },
      proposals: { name: 'Proposition |||| Propositions', fields: { title: 'Titre', principle: 'Principe', status: 'Statut', answer: 'Réponse', published: 'Publiée' } },
      organisations: { name: 'Association |||| Associations' },
      actionPrograms: { name: 'Programme |||| Programmes', fields: { title: 'Titre', status: 'Statut', adoptedOn: 'Adopté en' } },
      commitments: { name: 'Engagement |||| Engagements', fields: { title: 'Titre', titleAr: 'Titre (arabe)', titleFr: 'Titre (français)', problem: 'Problème traité', action: 'Action prévue', principles: 'Principes', completion: 'Réalisation', progress: 'Avancement', leadUnit: 'Service porteur', startsOn: 'Début', endsOn: 'Fin', milestones: 'Jalons', milestoneTitle: 'Jalon', dueOn: 'Échéance', doneOn: 'Réalisé le', weight: 'Poids' } },
      libraryEntries: {
        name: 'Fiche de la bibliothèque |||| Bibliothèque',
        fields: {
          title: 'Titre', titleAr: 'Titre (arabe)', titleFr: 'Titre (français)', kind: 'Type', status: 'Statut', principles: 'Principes',
          summaryAr: 'Résumé (arabe)', summaryFr: 'Résumé (français)', bodyAr: 'Texte (arabe)', bodyFr: 'Texte (français)', links: 'Liens',
          url: 'Adresse', label: 'Libellé', collectivity: 'Provenance', collectivityId: 'Provenance', commitments: 'Engagements documentés',
          commitmentId: 'Engagement', published: 'Publiée', declineReason: 'Motif du refus', isIllustrative: 'Exemple illustratif',
          publishedAt: 'Publiée le', q: 'Rechercher',
        },
      },
      collectivities: { name: 'Collectivité |||| Collectivités', fields: { nameAr: 'Nom (arabe)', nameFr: 'Nom (français)', kind: 'Type', code: 'Code', membershipStatus: 'Adhésion' } },
      accounts: { name: 'Compte |||| Comptes' },
      apiKeys: { name: "Clé d'API |||| Clés d'API" },
      auditLog: { name: "Journal d'audit" },
      cohorts: { name: "Vague d'adhésion |||| Vagues d'adhésion", fields: { label: 'Vague', labelAr: 'Nom (arabe)', labelFr: 'Nom (français)', period: 'Année ou mois', memberCount: 'Membres actifs', trained: 'Formés', untrained: 'Pas encore formés', q: 'Rechercher' } },
    },
    infitah: {
      title: 'Infitah — collectivités ouvertes',
      dashboard: { network: 'Le réseau', commune: 'Ma collectivité', membersByKind: 'Membres par type', membersByRegion: 'Membres par région', programsByStatus: 'Programmes par statut', commitmentsByCompletion: 'Engagements par réalisation', attendance: 'Participation par genre', attendanceByCategory: 'Participation par catégorie', commitmentsByPrinciple: 'Engagements par principe', libraryByKind: 'Bibliothèque par type (%{published} publiées, %{proposed} proposées)', timeline: 'Chronologie de la co-construction', count: 'Nombre' },
      actions: { publish: 'Publier', unpublish: 'Dépublier' },
      library: { propose: 'Proposer une fiche à la bibliothèque', proposed: 'Proposition envoyée au réseau', accept: 'Accepter et publier', decline: 'Refuser', declineReason: 'Motif' },
      capacityBuilding: { summary: 'Renforcement des capacités — formations tenues : %{trainings} · collectivités formées : %{collectivities} · personnes formées : %{people} (par catégorie)', byGender: 'Personnes formées par genre' },
      cohorts: { members: 'Membres et intégration', progress: 'Où en est la vague', untrained: 'Pas encore formés : %{count}', allTrained: 'Tous les membres actifs ont suivi une formation', member: 'Membre', joinedOn: 'Adhésion', status: 'Adhésion (statut)', nextStep: 'Prochaine étape', trainings: 'Formations suivies', done: 'Toutes les étapes franchies', record: "Enregistrer l'étape", step: 'Étape', completedOn: 'Date (11/02/2025, 02/2025 ou 2025)', place: 'Placer dans cette vague', collectivity: 'Collectivité', saved: 'Enregistré' },
      import: {
        button: 'Importer un CSV', title: 'Importer %{name}', checking: 'Vérification du fichier…', target: 'Importer dans', newProgram: 'Un nouveau programme',
        summary: '%{rows} lignes lues : %{created} à créer, %{updated} à modifier ; les autres lignes ne changent rien.',
        refused: "%{smart_count} problème relevé : rien ne sera importé tant que le fichier n'est pas corrigé. |||| %{smart_count} problèmes relevés : rien ne sera importé tant que le fichier n'est pas corrigé.",
        rowsRead: '%{smart_count} ligne lue. |||| %{smart_count} lignes lues.', refusedTable: 'Lignes refusées', line: 'Ligne', column: 'Colonne', reason: 'Motif',
        accepted: "Le fichier est valide. Rien n'a encore été écrit : confirmez pour l'importer.", confirm: 'Importer',
        done: 'Import terminé : %{created} créés, %{updated} modifiés', tooLarge: 'Le fichier est trop volumineux pour être envoyé en une fois : découpez-le en plusieurs fichiers.',
      },
      language: 'Langue',
      auth: { rate_limited: 'Trop de tentatives de connexion. Réessayez dans %{wait}.', seconds: '1 seconde |||| %{smart_count} secondes', minutes: '1 minute |||| %{smart_count} minutes' },
      validation: validationMessages.fr,
      ...consoleWords.fr,
    },
  },
  ar: {
    resources: {
      events: { name: arPlural('نشاط', 'الأنشطة'), fields: { kind: 'النوع', title: 'العنوان', titleAr: 'العنوان (بالعربية)', titleFr: 'العنوان (بالفرنسية)', startsAt: 'البداية', endsAt: 'النهاية', venue: 'المكان', status: 'الحالة', published: 'منشور', organizer: 'المنظم', collectivityId: 'الجماعة', onlineUrl: 'الرابط الإلكتروني', outcome: 'المحضر', agenda: 'جدول الأعمال', attendance: 'الحضور', category: 'الفئة', gender: 'النوع الاجتماعي', count: 'عدد الأشخاص' } },
      proposals: { name: arPlural('مقترح', 'المقترحات'), fields: { title: 'العنوان', principle: 'المبدأ', status: 'الحالة', answer: 'الجواب', published: 'منشور' } },
      organisations: { name: arPlural('جمعية', 'الجمعيات') },
      actionPrograms: { name: arPlural('برنامج', 'برامج عمل الانفتاح'), fields: { title: 'العنوان', status: 'الحالة', adoptedOn: 'تاريخ المصادقة' } },
      commitments: { name: arPlural('التزام', 'الالتزامات'), fields: { title: 'العنوان', titleAr: 'العنوان (بالعربية)', titleFr: 'العنوان (بالفرنسية)', problem: 'الإشكالية المعالجة', action: 'الإجراء المزمع', principles: 'المبادئ', completion: 'الإنجاز', progress: 'التقدم', leadUnit: 'المصلحة المسؤولة', startsOn: 'البداية', endsOn: 'النهاية', milestones: 'المراحل', milestoneTitle: 'المرحلة', dueOn: 'الأجل', doneOn: 'تاريخ الإنجاز', weight: 'الوزن' } },
      libraryEntries: {
        name: arPlural('بطاقة المكتبة', 'المكتبة'),
        fields: {
          title: 'العنوان', titleAr: 'العنوان (بالعربية)', titleFr: 'العنوان (بالفرنسية)', kind: 'النوع', status: 'الحالة', principles: 'المبادئ',
          summaryAr: 'الملخص (بالعربية)', summaryFr: 'الملخص (بالفرنسية)', bodyAr: 'النص (بالعربية)', bodyFr: 'النص (بالفرنسية)', links: 'الروابط',
          url: 'العنوان الإلكتروني', label: 'التسمية', collectivity: 'المصدر', collectivityId: 'المصدر', commitments: 'الالتزامات الموثقة',
          commitmentId: 'الالتزام', published: 'منشور', declineReason: 'سبب الرفض', isIllustrative: 'مثال توضيحي',
          publishedAt: 'تاريخ النشر', q: 'بحث',
        },
      },
      collectivities: { name: arPlural('جماعة ترابية', 'الجماعات الترابية'), fields: { nameAr: 'الاسم بالعربية', nameFr: 'الاسم بالفرنسية', kind: 'النوع', code: 'الرمز', membershipStatus: 'العضوية' } },
      accounts: { name: arPlural('حساب', 'الحسابات') },
      apiKeys: { name: arPlural('مفتاح الواجهة البرمجية', 'مفاتيح الواجهة البرمجية') },
      auditLog: { name: 'سجل التتبع' },
      cohorts: { name: arPlural('فوج الانضمام', 'أفواج الانضمام'), fields: { label: 'الفوج', labelAr: 'الاسم بالعربية', labelFr: 'الاسم بالفرنسية', period: 'السنة أو الشهر', memberCount: 'الأعضاء النشيطون', trained: 'المستفيدون من التكوين', untrained: 'لم يستفيدوا بعد من التكوين', q: 'بحث' } },
    },
    infitah: {
      title: 'انفتاح — الجماعات الترابية المنفتحة',
      dashboard: { network: 'الشبكة', commune: 'جماعتي', membersByKind: 'الأعضاء حسب النوع', membersByRegion: 'الأعضاء حسب الجهة', programsByStatus: 'البرامج حسب الحالة', commitmentsByCompletion: 'الالتزامات حسب الإنجاز', attendance: 'المشاركة حسب النوع الاجتماعي', attendanceByCategory: 'المشاركة حسب الفئة', commitmentsByPrinciple: 'الالتزامات حسب المبدأ', libraryByKind: 'المكتبة حسب النوع (%{published} منشورة، %{proposed} مقترحة)', timeline: 'مراحل الإعداد المشترك', count: 'العدد' },
      actions: { publish: 'نشر', unpublish: 'إلغاء النشر' },
      library: { propose: 'اقتراح بطاقة على المكتبة', proposed: 'تم إرسال الاقتراح إلى الشبكة', accept: 'قبول ونشر', decline: 'رفض', declineReason: 'السبب' },
      capacityBuilding: { summary: 'تقوية القدرات — الدورات التكوينية المنعقدة: %{trainings} · الجماعات المستفيدة: %{collectivities} · الأشخاص المستفيدون: %{people} (حسب الفئة)', byGender: 'المستفيدون من التكوين حسب النوع الاجتماعي' },
      cohorts: { members: 'الأعضاء ومراحل إدماجهم', progress: 'أين وصل الفوج', untrained: 'لم يستفيدوا بعد من التكوين: %{count}', allTrained: 'استفاد جميع الأعضاء النشيطين من تكوين', member: 'العضو', joinedOn: 'تاريخ الانضمام', status: 'وضعية العضوية', nextStep: 'المرحلة الموالية', trainings: 'الدورات التكوينية', done: 'أنجزت جميع المراحل', record: 'تسجيل المرحلة', step: 'المرحلة', completedOn: 'التاريخ (11/02/2025 أو 02/2025 أو 2025)', place: 'إدراج في هذا الفوج', collectivity: 'الجماعة', saved: 'تم الحفظ' },
      import: {
        button: 'استيراد ملف CSV', title: 'استيراد %{name}', checking: 'جارٍ التحقق من الملف…', target: 'الاستيراد إلى', newProgram: 'برنامج جديد',
        summary: 'عدد الأسطر المقروءة: %{rows}؛ للإضافة: %{created}؛ للتعديل: %{updated}؛ الأسطر الأخرى لا تغير شيئاً.',
        refused: arPlural('تم رصد مشكل واحد: لن يُستورد أي شيء قبل تصحيح الملف.', 'عدد المشاكل المرصودة: %{smart_count}؛ لن يُستورد أي شيء قبل تصحيح الملف.'),
        rowsRead: arPlural('تمت قراءة سطر واحد.', 'عدد الأسطر المقروءة: %{smart_count}.'), refusedTable: 'الأسطر المرفوضة', line: 'السطر', column: 'العمود', reason: 'السبب',
        accepted: 'الملف سليم. لم يُسجَّل أي شيء بعد: أكِّد لاستيراده.', confirm: 'استيراد',
        done: 'تم الاستيراد: %{created} إضافة، %{updated} تعديل', tooLarge: 'الملف كبير جداً لإرساله دفعة واحدة: قسِّمه إلى ملفات أصغر.',
      },
      language: 'اللغة',
      auth: {
        rate_limited: 'محاولات تسجيل دخول كثيرة. أعد المحاولة بعد %{wait}.',
        // Polyglot's six Arabic forms: zero, one, two, few (3–10), many (11–99), other
        seconds: '%{smart_count} ثانية |||| ثانية واحدة |||| ثانيتين |||| %{smart_count} ثوانٍ |||| %{smart_count} ثانية |||| %{smart_count} ثانية',
        minutes: '%{smart_count} دقيقة |||| دقيقة واحدة |||| دقيقتين |||| %{smart_count} دقائق |||| %{smart_count} دقيقة |||| %{smart_count} دقيقة',
      },
      validation: validationMessages.ar,
      ...consoleWords.ar,
    },
  },
};

/** react-admin's own words in Arabic (arabic.ts): every key of the English table, none left in English. */
const arabicInterface = { ...englishMessages, ra: arabicRa };

export const messages = {
  en: { ...englishMessages, ...app.en, ...enumLabels.en, reviews: reviewMessages.en, inbox: inboxMessages.en, invitation: invitationMessages.en, webhooks: webhookMessages.en, template: templateMessages.en },
  fr: { ...frenchMessages, ...app.fr, ...enumLabels.fr, reviews: reviewMessages.fr, inbox: inboxMessages.fr, invitation: invitationMessages.fr, webhooks: webhookMessages.fr, template: templateMessages.fr },
  ar: { ...arabicInterface, ...app.ar, ...enumLabels.ar, reviews: reviewMessages.ar, inbox: inboxMessages.ar, invitation: invitationMessages.ar, webhooks: webhookMessages.ar, template: templateMessages.ar },
} as const;

export type Locale = keyof typeof messages;
export const LOCALES: Array<{ locale: Locale; name: string }> = [
  { locale: 'ar', name: 'العربية' },
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];
