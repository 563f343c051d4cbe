import englishMessages from 'ra-language-english';

/** Polyglot gives Arabic six plural forms (zero, one, two, few, many, other): the singular for one only. */
export const arPlural = (singular: string, plural: string) => [plural, singular, plural, plural, plural, plural].join(' |||| ');

/**
 * react-admin ships no Arabic for version 5: every one of its interface words (`ra.*`), translated here with the
 * same keys as ra-language-english, so an Arabic screen never falls back to English. `satisfies` keeps the keys in
 * step with the English table: a key react-admin adds fails the typecheck until it has its Arabic.
 */
export const arabicRa = {
  action: {
    add_filter: 'إضافة مرشح', add: 'إضافة', back: 'رجوع', bulk_actions: arPlural('تم تحديد عنصر واحد', 'عدد العناصر المحددة: %{smart_count}'),
    cancel: 'إلغاء', clear_array_input: 'إفراغ القائمة', clear_input_value: 'مسح القيمة', clone: 'نسخ', confirm: 'تأكيد', create: 'إضافة',
    create_item: 'إضافة %{item}', delete: 'حذف', edit: 'تعديل', export: 'تصدير', list: 'القائمة', refresh: 'تحديث', remove_filter: 'إزالة هذا المرشح',
    remove_all_filters: 'إزالة جميع المرشحات', remove: 'إزالة', reset: 'إعادة تعيين', save: 'حفظ', search: 'بحث', search_columns: 'البحث في الأعمدة',
    select_all: 'تحديد الكل', select_all_button: 'تحديد الكل', select_row: 'تحديد هذا السطر', show: 'عرض', sort: 'ترتيب', undo: 'تراجع',
    unselect: 'إلغاء التحديد', expand: 'توسيع', close: 'إغلاق', open_menu: 'فتح القائمة', close_menu: 'إغلاق القائمة', update: 'تحديث',
    move_up: 'نقل إلى الأعلى', move_down: 'نقل إلى الأسفل', open: 'فتح', toggle_theme: 'تبديل الوضع الفاتح/الداكن', select_columns: 'الأعمدة',
    update_application: 'إعادة تحميل التطبيق',
  },
  boolean: { true: 'نعم', false: 'لا', null: ' ' },
  page: {
    create: 'إضافة %{name}', dashboard: 'لوحة القيادة', edit: '%{name} %{recordRepresentation}', error: 'حدث خطأ ما', list: '%{name}', loading: 'جارٍ التحميل',
    not_found: 'الصفحة غير موجودة', show: '%{name} %{recordRepresentation}', empty: 'لا يوجد أي عنصر في %{name} بعد.', invite: 'هل تريد إضافة عنصر؟',
    access_denied: 'الولوج غير مسموح', authentication_error: 'خطأ في التحقق من الهوية',
  },
  input: {
    file: { upload_several: 'اسحب ملفات لتحميلها، أو انقر لاختيار ملف.', upload_single: 'اسحب ملفاً لتحميله، أو انقر لاختياره.' },
    image: { upload_several: 'اسحب صوراً لتحميلها، أو انقر لاختيار صورة.', upload_single: 'اسحب صورة لتحميلها، أو انقر لاختيارها.' },
    references: {
      all_missing: 'تعذر العثور على البيانات المرتبطة.',
      many_missing: 'يبدو أن أحد العناصر المرتبطة على الأقل لم يعد متاحاً.',
      single_missing: 'يبدو أن العنصر المرتبط لم يعد متاحاً.',
    },
    password: { toggle_visible: 'إخفاء كلمة المرور', toggle_hidden: 'إظهار كلمة المرور' },
  },
  message: {
    about: 'حول', access_denied: 'ليست لديك الصلاحيات اللازمة للولوج إلى هذه الصفحة', are_you_sure: 'هل أنت متأكد؟',
    authentication_error: 'أرجع خادم التحقق من الهوية خطأً ولم يتسنَّ التحقق من بياناتك.', auth_error: 'حدث خطأ أثناء التحقق من رمز الجلسة.',
    bulk_delete_content: arPlural('هل أنت متأكد من حذف %{name}؟', 'هل أنت متأكد من حذف هذه العناصر (%{smart_count})؟'),
    bulk_delete_title: arPlural('حذف %{name}', 'حذف %{smart_count} من %{name}'),
    bulk_update_content: arPlural('هل أنت متأكد من تحديث %{name} %{recordRepresentation}؟', 'هل أنت متأكد من تحديث هذه العناصر (%{smart_count})؟'),
    bulk_update_title: arPlural('تحديث %{name} %{recordRepresentation}', 'تحديث %{smart_count} من %{name}'),
    clear_array_input: 'هل أنت متأكد من إفراغ القائمة كلها؟', delete_content: 'هل أنت متأكد من حذف هذا العنصر؟',
    delete_title: 'حذف %{name} %{recordRepresentation}', details: 'التفاصيل', error: 'حدث خطأ ولم يتسنَّ إتمام طلبك.',
    invalid_form: 'الاستمارة غير صالحة: المرجو التحقق من الأخطاء', loading: 'المرجو الانتظار', no: 'لا',
    not_found: 'إما أنك كتبت عنواناً خاطئاً، أو أنك تتبعت رابطاً غير صالح.',
    select_all_limit_reached: 'العناصر كثيرة جداً لتحديدها كلها. تم تحديد أول %{max} عنصر فقط.',
    unsaved_changes: 'لم تُحفظ بعض التعديلات. هل تريد تجاهلها؟', yes: 'نعم', placeholder_data_warning: 'مشكل في الشبكة: تعذر تحديث البيانات.',
  },
  navigation: {
    clear_filters: 'إزالة المرشحات', no_filtered_results: 'لا توجد نتائج في %{name} بهذه المرشحات.', no_results: 'لا توجد نتائج',
    no_more_results: 'رقم الصفحة %{page} خارج الحدود. جرّب الصفحة السابقة.', page_out_of_boundaries: 'رقم الصفحة %{page} خارج الحدود',
    page_out_from_end: 'لا توجد صفحة بعد الأخيرة', page_out_from_begin: 'لا توجد صفحة قبل الأولى', page_range_info: '%{offsetBegin}-%{offsetEnd} من %{total}',
    partial_page_range_info: '%{offsetBegin}-%{offsetEnd} من أكثر من %{offsetEnd}', current_page: 'الصفحة %{page}', page: 'الانتقال إلى الصفحة %{page}',
    first: 'الانتقال إلى الصفحة الأولى', last: 'الانتقال إلى الصفحة الأخيرة', next: 'الصفحة التالية', previous: 'الصفحة السابقة',
    page_rows_per_page: 'عدد الأسطر في الصفحة:', skip_nav: 'الانتقال إلى المحتوى',
  },
  sort: { sort_by: 'ترتيب حسب %{field_lower_first} %{order}', ASC: 'تصاعدياً', DESC: 'تنازلياً' },
  auth: {
    auth_check_error: 'المرجو تسجيل الدخول للمتابعة', user_menu: 'الملف الشخصي', username: 'البريد الإلكتروني', password: 'كلمة المرور', email: 'البريد الإلكتروني',
    sign_in: 'تسجيل الدخول', sign_in_error: 'فشل تسجيل الدخول، المرجو إعادة المحاولة', logout: 'تسجيل الخروج',
  },
  notification: {
    updated: arPlural('تم تحديث العنصر', 'تم تحديث العناصر (%{smart_count})'), created: 'تمت إضافة العنصر', deleted: arPlural('تم حذف العنصر', 'تم حذف العناصر (%{smart_count})'),
    bad_item: 'عنصر غير صحيح', item_doesnt_exist: 'العنصر غير موجود', http_error: 'خطأ في الاتصال بالخادم', data_provider_error: 'خطأ في جلب البيانات.',
    i18n_error: 'تعذر تحميل ترجمة اللغة المختارة', canceled: 'تم إلغاء العملية', logged_out: 'انتهت جلستك، المرجو تسجيل الدخول من جديد',
    not_authorized: 'ليست لديك صلاحية الولوج إلى هذا المورد.', application_update_available: 'يتوفر إصدار جديد.', offline: 'لا يوجد اتصال. تعذر جلب البيانات.',
  },
  validation: {
    required: 'إلزامي', minLength: 'يجب ألا يقل عدد الأحرف عن %{min}', maxLength: 'يجب ألا يتجاوز عدد الأحرف %{max}', minValue: 'يجب ألا يقل عن %{min}',
    maxValue: 'يجب ألا يتجاوز %{max}', number: 'يجب أن يكون عدداً', email: 'يجب أن يكون عنوان بريد إلكتروني صالحاً', oneOf: 'يجب أن يكون أحد الخيارات: %{options}',
    regex: 'يجب أن يطابق صيغة محددة: %{pattern}', unique: 'يجب أن يكون فريداً',
  },
  saved_queries: {
    label: 'البحوث المحفوظة', query_name: 'اسم البحث', new_label: 'حفظ البحث الحالي…', new_dialog_title: 'حفظ البحث الحالي باسم', remove_label: 'حذف البحث المحفوظ',
    remove_label_with_name: 'حذف البحث "%{name}"', remove_dialog_title: 'حذف البحث المحفوظ؟', remove_message: 'هل أنت متأكد من حذف هذا البحث من بحوثك المحفوظة؟',
    help: 'رشّح القائمة واحفظ هذا البحث لاحقاً',
  },
  guesser: { empty: { title: 'لا توجد بيانات لعرضها', message: 'المرجو التحقق من مصدر البيانات' } },
  configurable: {
    customize: 'تخصيص', configureMode: 'تخصيص هذه الصفحة',
    inspector: { title: 'المفتش', content: 'مرّر المؤشر على عناصر الواجهة لتخصيصها', reset: 'إعادة الإعدادات', hideAll: 'إخفاء الكل', showAll: 'إظهار الكل' },
    Datagrid: { title: 'الجدول', unlabeled: 'عمود بدون عنوان رقم %{column}' },
    SimpleForm: { title: 'الاستمارة', unlabeled: 'حقل بدون عنوان رقم %{input}' },
    SimpleList: { title: 'القائمة', primaryText: 'النص الرئيسي', secondaryText: 'النص الثانوي', tertiaryText: 'النص الثالث' },
  },
} satisfies DeepKeys<typeof englishMessages.ra>;

/** The same keys as the English table, every leaf a string. */
type DeepKeys<T> = { [K in keyof T]: T[K] extends string ? string : DeepKeys<T[K]> };
