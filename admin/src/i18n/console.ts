/**
 * The console's words beyond react-admin's and the resources' fields (those come from @infitah/labels' FIELD_LABELS
 * when a resource does not name them itself): panels, buttons and pages of its own, under `infitah.*`.
 */
export const consoleWords = {
  en: {
    profile: "My collectivity's profile",
    network: 'The network',
    allCollectivities: 'All collectivities',
    notAllowed: { title: 'Not allowed', message: 'Your role does not give access to this page.' },
    indicators: { title: 'Indicators', indicator: 'Indicator', baseline: 'Baseline', target: 'Target', latest: 'Latest value', distanceToTarget: 'Distance to target', measuredOn: 'Measured on', value: 'Value', record: 'Record the measurement', none: 'No indicator yet' },
    programs: { next: 'Move to: %{status}', back: 'Back to: %{status}', progressReports: 'Progress reports', file: 'File the report' },
    proposals: { target: 'Commitment or proposal (identifier)', answerAs: 'Answer: %{status}' },
    membership: { admit: 'Admit as a member', suspend: 'Suspend', reactivate: 'Reactivate' },
    audit: { actorRole: 'Role', service: 'Service', entity: 'Record type', action: 'Action', entityId: 'Record', occurredAt: 'Date', open: 'Open' },
    accounts: { email: 'E-mail', displayName: 'Display name', role: 'Role', collectivity: 'Collectivity', active: 'Active', lastLoginAt: 'Last sign-in' },
    organisations: { field: 'Field of action', partnerStatus: 'Partnership' },
    loadFailed: 'The figures could not be loaded.',
  },
  fr: {
    profile: 'Profil de ma collectivité',
    network: 'Le réseau',
    allCollectivities: 'Toutes les collectivités',
    notAllowed: { title: 'Accès non autorisé', message: "Votre rôle ne donne pas accès à cette page." },
    indicators: { title: 'Indicateurs', indicator: 'Indicateur', baseline: 'Valeur de référence', target: 'Cible', latest: 'Dernière valeur', distanceToTarget: 'Écart à la cible', measuredOn: 'Mesuré le', value: 'Valeur', record: 'Enregistrer la mesure', none: "Aucun indicateur pour l'instant" },
    programs: { next: 'Passer à : %{status}', back: 'Revenir à : %{status}', progressReports: "Rapports d'avancement", file: 'Déposer le rapport' },
    proposals: { target: 'Engagement ou proposition (identifiant)', answerAs: 'Répondre : %{status}' },
    membership: { admit: 'Admettre comme membre', suspend: 'Suspendre', reactivate: 'Réactiver' },
    audit: { actorRole: 'Rôle', service: 'Service', entity: "Type d'élément", action: 'Opération', entityId: 'Élément', occurredAt: 'Date', open: 'Ouvrir' },
    accounts: { email: 'E-mail', displayName: 'Nom affiché', role: 'Rôle', collectivity: 'Collectivité', active: 'Actif', lastLoginAt: 'Dernière connexion' },
    organisations: { field: "Domaine d'action", partnerStatus: 'Partenariat' },
    loadFailed: "Les chiffres n'ont pas pu être chargés.",
  },
  ar: {
    profile: 'الملف التعريفي لجماعتي',
    network: 'الشبكة',
    allCollectivities: 'جميع الجماعات',
    notAllowed: { title: 'الولوج غير مسموح', message: 'لا يخول لك دورك الولوج إلى هذه الصفحة.' },
    indicators: { title: 'المؤشرات', indicator: 'المؤشر', baseline: 'القيمة الأساسية', target: 'الهدف', latest: 'آخر قيمة', distanceToTarget: 'الفارق عن الهدف', measuredOn: 'تاريخ القياس', value: 'القيمة', record: 'تسجيل القياس', none: 'لا يوجد أي مؤشر بعد' },
    programs: { next: 'الانتقال إلى: %{status}', back: 'الرجوع إلى: %{status}', progressReports: 'تقارير التقدم', file: 'إيداع التقرير' },
    proposals: { target: 'الالتزام أو المقترح (المعرّف)', answerAs: 'الجواب: %{status}' },
    membership: { admit: 'قبول العضوية', suspend: 'تعليق العضوية', reactivate: 'إعادة تفعيل العضوية' },
    audit: { actorRole: 'الدور', service: 'المصلحة', entity: 'نوع العنصر', action: 'العملية', entityId: 'العنصر', occurredAt: 'التاريخ', open: 'فتح' },
    accounts: { email: 'البريد الإلكتروني', displayName: 'الاسم المعروض', role: 'الدور', collectivity: 'الجماعة', active: 'نشيط', lastLoginAt: 'آخر تسجيل دخول' },
    organisations: { field: 'مجال العمل', partnerStatus: 'الشراكة' },
    loadFailed: 'تعذر تحميل الأرقام.',
  },
};
