/**
 * The graph explains a refused value in English (`extensions.field` plus a message such as "must not be blank").
 * The console shows it at its field in the console's language: each known message becomes a message key with its
 * arguments, in react-admin's own format for validation errors (translated by the input's helper text).
 */
const PREFIX = '@@react-admin@@';

const PATTERNS: Array<[RegExp, string, (match: RegExpExecArray) => Record<string, string>]> = [
  [/^must not be blank$/, 'not_blank', () => ({})],
  [/^is required\b/, 'required', () => ({})],
  [/^must be between (\d+) and (\d+) characters$/, 'length', (m) => ({ min: m[1], max: m[2] })],
  [/^(?:must be at most|must be shorter than or equal to) (\d+) characters$/, 'max_length', (m) => ({ max: m[1] })],
  [/^must not be before (?:startsAt|startsOn|the start)$/, 'end_before_start', () => ({})],
  [/^must not be before the event starts$/, 'before_event', () => ({})],
  [/^must not be after the event ends$/, 'after_event', () => ({})],
  [/^must not be before the commitment starts$/, 'before_commitment', () => ({})],
  [/^must not be after the commitment ends$/, 'after_commitment', () => ({})],
  [/^must be within the programme's period \(from ([\d-]+)\)$/, 'program_from', (m) => ({ date: m[1] })],
  [/^must be within the programme's period \(until ([\d-]+)\)$/, 'program_until', (m) => ({ date: m[1] })],
  [/^a commitment needs a title in Arabic or French$/, 'title_ar_or_fr', () => ({})],
  [/^must name at least one openness principle$/, 'one_principle', () => ({})],
  [/^must hold at most (\d+) milestones$/, 'at_most_milestones', (m) => ({ max: m[1] })],
  [/^an item needs a title in Arabic or French$/, 'title_ar_or_fr', () => ({})],
  [/ is given twice$/, 'given_twice', () => ({})],
  [/^must be 0 or more$/, 'min_zero', () => ({})],
  [/^must be (?:a whole number from|between) (-?[\d.,]+) (?:to|and) ([\d.,]+)$/, 'between', (m) => ({ min: m[1], max: m[2] })],
  [/^must be at most ([\d.,]+)$/, 'at_most', (m) => ({ max: m[1] })],
  [/^must be an email address$/, 'email', () => ({})],
  [/^must be a phone number$/, 'phone', () => ({})],
  [/^must be an? (?:absolute )?http\(s\)|^must be an? (?:absolute )?http or https address$/, 'url', () => ({})],
  [/^must be an ISO-8601 instant$/, 'instant', () => ({})],
  [/^must be an ISO-8601 date/, 'date', () => ({})],
  [/^must be a UUID$/, 'uuid', () => ({})],
];

/** The message shown at a field for the graph's `message` (with its "field: " prefix or without). */
export function fieldErrorMessage(serverMessage: string): string {
  const text = serverMessage.replace(/^[\w.[\]]+: /, '');
  for (const [pattern, key, args] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return `${PREFIX}${JSON.stringify({ message: `infitah.validation.${key}`, args: args(match) })}`;
  }
  return `${PREFIX}${JSON.stringify({ message: 'infitah.validation.refused', args: { detail: text } })}`;
}

/** The words for each key above; `refused` is what any other refusal shows. */
export const validationMessages = {
  en: {
    not_blank: 'Must not be blank',
    required: 'Required',
    length: 'Must be between %{min} and %{max} characters',
    max_length: 'Must be at most %{max} characters',
    end_before_start: 'Must not be before the start',
    before_event: 'Must not be before the event starts',
    after_event: 'Must not be after the event ends',
    before_commitment: 'Must not be before the commitment starts',
    after_commitment: 'Must not be after the commitment ends',
    program_from: "Must be within the programme's period (from %{date})",
    program_until: "Must be within the programme's period (until %{date})",
    one_principle: 'Choose at least one openness principle',
    at_most_milestones: 'At most %{max} milestones',
    title_ar_or_fr: 'Give a title in Arabic or in French',
    given_twice: 'This category and gender are already counted on another line',
    min_zero: 'Must be 0 or more',
    between: 'Must be between %{min} and %{max}',
    at_most: 'Must be at most %{max}',
    email: 'Must be an email address',
    phone: 'Must be a phone number',
    url: 'Must be an address starting with http:// or https://',
    instant: 'Must be a date and time',
    date: 'Must be a date such as 2026-03-31',
    uuid: 'Must be an identifier from the list',
    refused: 'Refused: %{detail}',
  },
  fr: {
    not_blank: 'Ne doit pas être vide',
    required: 'Obligatoire',
    length: 'Doit compter entre %{min} et %{max} caractères',
    max_length: 'Doit compter au plus %{max} caractères',
    end_before_start: 'Ne doit pas précéder le début',
    before_event: "Ne doit pas précéder le début de l'événement",
    after_event: "Ne doit pas dépasser la fin de l'événement",
    before_commitment: "Ne doit pas précéder le début de l'engagement",
    after_commitment: "Ne doit pas dépasser la fin de l'engagement",
    program_from: 'Doit être dans la période du programme (à partir du %{date})',
    program_until: "Doit être dans la période du programme (jusqu'au %{date})",
    one_principle: "Choisissez au moins un principe d'ouverture",
    at_most_milestones: 'Au plus %{max} jalons',
    title_ar_or_fr: 'Indiquez un titre en arabe ou en français',
    given_twice: 'Cette catégorie et ce genre sont déjà comptés sur une autre ligne',
    min_zero: 'Doit être 0 ou plus',
    between: 'Doit être compris entre %{min} et %{max}',
    at_most: 'Doit être au plus %{max}',
    email: 'Doit être une adresse e-mail',
    phone: 'Doit être un numéro de téléphone',
    url: 'Doit être une adresse commençant par http:// ou https://',
    instant: 'Doit être une date et une heure',
    date: 'Doit être une date comme 2026-03-31',
    uuid: 'Doit être un identifiant de la liste',
    refused: 'Valeur refusée',
  },
  ar: {
    not_blank: 'لا يجوز أن يكون فارغاً',
    required: 'إلزامي',
    length: 'يجب أن يتراوح عدد الأحرف بين %{min} و%{max}',
    max_length: 'يجب ألا يتجاوز عدد الأحرف %{max}',
    end_before_start: 'يجب ألا يسبق البداية',
    before_event: 'يجب ألا يسبق بداية النشاط',
    after_event: 'يجب ألا يتجاوز نهاية النشاط',
    before_commitment: 'يجب ألا يسبق بداية الالتزام',
    after_commitment: 'يجب ألا يتجاوز نهاية الالتزام',
    program_from: 'يجب أن يكون ضمن مدة البرنامج (ابتداءً من %{date})',
    program_until: 'يجب أن يكون ضمن مدة البرنامج (إلى غاية %{date})',
    one_principle: 'اختر مبدأً واحداً على الأقل من مبادئ الانفتاح',
    at_most_milestones: 'على الأكثر %{max} مرحلة',
    title_ar_or_fr: 'أدخل عنواناً بالعربية أو بالفرنسية',
    given_twice: 'هذه الفئة وهذا النوع محسوبان في سطر آخر',
    min_zero: 'يجب أن يكون 0 أو أكثر',
    between: 'يجب أن يكون بين %{min} و%{max}',
    at_most: 'يجب ألا يتجاوز %{max}',
    email: 'يجب أن يكون عنوان بريد إلكتروني',
    phone: 'يجب أن يكون رقم هاتف',
    url: 'يجب أن يكون عنواناً يبدأ بـ http:// أو https://',
    instant: 'يجب أن يكون تاريخاً وساعة',
    date: 'يجب أن يكون تاريخاً مثل 2026-03-31',
    uuid: 'يجب أن يكون معرّفاً من القائمة',
    refused: 'قيمة مرفوضة',
  },
} as const;
