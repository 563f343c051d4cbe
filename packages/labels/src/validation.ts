import { enumLabel } from './enums.js';
import { fieldLabel, fieldPathLabel } from './fields.js';
import { localeOf, type Locale, type Words } from './locale.js';

/** A rule's parameters as the graph sends them in `extensions.params`, e.g. `{ max: 200 }`. */
export type RuleParams = Readonly<Record<string, string | number | readonly string[]>>;

interface Rule {
  /** The words, `{name}` standing for a parameter. */
  words: Words;
  /** The server's English messages for this rule (without the `field: ` prefix), each with the parameters it holds. */
  english: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => Record<string, string | number | string[]>]>;
}

const none = () => ({});
const number = (text: string): number | string => {
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : text;
};
/** "2025, 2025-02 or 2025-02-11" → the examples one by one. */
const examples = (text: string): string[] => text.split(/,\s*|\s+or\s+/).filter(Boolean);

/**
 * Every rule the subgraphs refuse a value by (`extensions.rule`), worded in each language. Rule names follow
 * class-validator's where one exists (isLength, maxLength, isEmail…), so its failures and the subgraphs' own checks
 * speak one vocabulary; the English patterns read the subgraphs' existing messages, which stay as they are.
 */
export const VALIDATION_RULES = {
  notBlank: {
    words: { ar: 'لا يجوز أن يكون فارغاً', fr: 'Ne doit pas être vide', en: 'Must not be blank' },
    english: [[/^must not be blank$/, none], [/^should not be empty$/, none]],
  },
  required: {
    words: { ar: 'إلزامي', fr: 'Obligatoire', en: 'Required' },
    english: [[/^is required\b/, none]],
  },
  isLength: {
    words: { ar: 'يجب أن يتراوح عدد الأحرف بين {min} و{max}', fr: 'Doit compter entre {min} et {max} caractères', en: 'Must be between {min} and {max} characters' },
    english: [[/^must be between (\d+) and (\d+) characters$/, (m) => ({ min: number(m[1]), max: number(m[2]) })]],
  },
  maxLength: {
    words: { ar: 'يجب ألا يتجاوز عدد الأحرف {max}', fr: 'Doit compter au plus {max} caractères', en: 'Must be at most {max} characters' },
    english: [[/^must be (?:at most|shorter than or equal to) ([\d,]+) characters$/, (m) => ({ max: number(m[1]) })]],
  },
  minLength: {
    words: { ar: 'يجب ألا يقل عدد الأحرف عن {min}', fr: 'Doit compter au moins {min} caractères', en: 'Must be at least {min} characters' },
    english: [[/^must be (?:at least|longer than or equal to) ([\d,]+) characters$/, (m) => ({ min: number(m[1]) })]],
  },
  between: {
    words: { ar: 'يجب أن يكون بين {min} و{max}', fr: 'Doit être compris entre {min} et {max}', en: 'Must be between {min} and {max}' },
    english: [[/^must be (?:a whole number from|a finite number from|between) (-?[\d.,e]+) (?:to|and) (-?[\d.,e]+)$/, (m) => ({ min: number(m[1]), max: number(m[2]) })]],
  },
  min: {
    words: { ar: 'يجب ألا يقل عن {min}', fr: 'Doit être {min} ou plus', en: 'Must be {min} or more' },
    english: [[/^must (?:be (-?[\d.,]+) or more|not be less than (-?[\d.,]+))$/, (m) => ({ min: number(m[1] ?? m[2]) })]],
  },
  max: {
    words: { ar: 'يجب ألا يتجاوز {max}', fr: 'Doit être au plus {max}', en: 'Must be at most {max}' },
    english: [[/^must (?:be (-?[\d.,]+) or less|not be greater than (-?[\d.,]+)|be at most (-?[\d.,]+))$/, (m) => ({ max: number(m[1] ?? m[2] ?? m[3]) })]],
  },
  arrayMaxSize: {
    words: { ar: 'على الأكثر {max} عنصراً', fr: 'Au plus {max} éléments', en: 'At most {max} items' },
    english: [[/^must (?:hold at most|contain no more than) (\d+) (?:milestones|items|elements)$/, (m) => ({ max: number(m[1]) })]],
  },
  isEmail: {
    words: { ar: 'يجب أن يكون عنوان بريد إلكتروني', fr: 'Doit être une adresse e-mail', en: 'Must be an email address' },
    english: [[/^must be an email(?: address)?$/, none]],
  },
  isPhoneNumber: {
    words: { ar: 'يجب أن يكون رقم هاتف', fr: 'Doit être un numéro de téléphone', en: 'Must be a phone number' },
    english: [[/^must be a (?:valid )?phone number$/, none]],
  },
  isUrl: {
    words: { ar: 'يجب أن يكون عنواناً يبدأ بـ http:// أو https://', fr: 'Doit être une adresse commençant par http:// ou https://', en: 'Must be an address starting with http:// or https://' },
    english: [[/must be an? (?:absolute )?(?:http\(s\)|http or https) address$/, none], [/^must be a URL address$/, none]],
  },
  httpsOnly: {
    words: { ar: 'يجب أن يبدأ العنوان بـ https://', fr: 'L’adresse doit commencer par https://', en: 'The address must start with https://' },
    english: [[/^must use https$/, none]],
  },
  publicAddress: {
    words: { ar: 'يجب ألا يشير العنوان إلى شبكة داخلية أو محلية', fr: 'L’adresse ne doit pas désigner un réseau local ou interne', en: 'The address must not point to a local or internal network' },
    english: [[/^must not point to a loopback, private or link-local address$/, none]],
  },
  hostResolves: {
    words: { ar: 'اسم الخادم غير موجود', fr: 'Ce nom de serveur est introuvable', en: 'This host name cannot be found' },
    english: [[/^its host \S+ does not resolve$/, none]],
  },
  noCredentials: {
    words: { ar: 'يجب ألا يتضمن العنوان اسم مستخدم أو كلمة مرور', fr: 'L’adresse ne doit contenir ni identifiant ni mot de passe', en: 'The address must not contain a user name or password' },
    english: [[/^must not carry a user name or password$/, none]],
  },
  isUUID: {
    words: { ar: 'يجب أن يكون معرّفاً من القائمة', fr: 'Doit être un identifiant de la liste', en: 'Must be an identifier from the list' },
    english: [[/^must be a (?:UUID|list of UUIDs)$/, none]],
  },
  isDateTime: {
    words: { ar: 'يجب أن يكون تاريخاً وساعة', fr: 'Doit être une date et une heure', en: 'Must be a date and time' },
    english: [[/^must be an ISO-8601 instant$/, none]],
  },
  isDate: {
    words: { ar: 'يجب أن يكون تاريخاً مثل {examples}', fr: 'Doit être une date comme {examples}', en: 'Must be a date such as {examples}' },
    english: [
      [/^must be an ISO-8601 date such as (.+)$/, (m) => ({ examples: examples(m[1]) })],
      [/^must be a year or a month, ISO-8601: (.+)$/, (m) => ({ examples: examples(m[1]) })],
      [/^must be a valid ISO 8601 date string$/, () => ({ examples: ['2026-03-31'] })],
    ],
  },
  oneOf: {
    words: { ar: 'يجب أن يكون إحدى القيم: {values}', fr: "Doit être l'une des valeurs : {values}", en: 'Must be one of: {values}' },
    english: [[/^must be one of (.+)$/, (m) => ({ values: examples(m[1]) })]],
  },
  notBefore: {
    words: { ar: 'يجب ألا يسبق «{other}»', fr: 'Ne doit pas précéder « {other} »', en: 'Must not be before “{other}”' },
    english: [[/^must not be before (startsAt|startsOn|periodStart|starts_on)$/, (m) => ({ other: m[1] === 'starts_on' ? 'startsOn' : m[1] })]],
  },
  after: {
    words: { ar: 'يجب أن يأتي بعد «{other}»', fr: 'Doit être postérieur à « {other} »', en: 'Must be after “{other}”' },
    english: [[/^must be after (periodStart|program_period_start)$/, () => ({ other: 'periodStart' })]],
  },
  notBeforeEventStart: {
    words: { ar: 'يجب ألا يسبق بداية النشاط', fr: "Ne doit pas précéder le début de l'événement", en: 'Must not be before the event starts' },
    english: [[/^must not be before the event starts$/, none]],
  },
  notAfterEventEnd: {
    words: { ar: 'يجب ألا يتجاوز نهاية النشاط', fr: "Ne doit pas dépasser la fin de l'événement", en: 'Must not be after the event ends' },
    english: [[/^must not be after the event ends$/, none]],
  },
  notBeforeCommitmentStart: {
    words: { ar: 'يجب ألا يسبق بداية الالتزام', fr: "Ne doit pas précéder le début de l'engagement", en: 'Must not be before the commitment starts' },
    english: [[/^must not be before the commitment starts$/, none]],
  },
  notAfterCommitmentEnd: {
    words: { ar: 'يجب ألا يتجاوز نهاية الالتزام', fr: "Ne doit pas dépasser la fin de l'engagement", en: 'Must not be after the commitment ends' },
    english: [[/^must not be after the commitment ends$/, none]],
  },
  withinProgrammeFrom: {
    words: { ar: 'يجب أن يكون ضمن مدة البرنامج (ابتداءً من {date})', fr: 'Doit être dans la période du programme (à partir du {date})', en: "Must be within the programme's period (from {date})" },
    english: [[/^must be within the programme's period \(from ([\d-]+)\)$/, (m) => ({ date: m[1] })]],
  },
  withinProgrammeUntil: {
    words: { ar: 'يجب أن يكون ضمن مدة البرنامج (إلى غاية {date})', fr: "Doit être dans la période du programme (jusqu'au {date})", en: "Must be within the programme's period (until {date})" },
    english: [[/^must be within the programme's period \(until ([\d-]+)\)$/, (m) => ({ date: m[1] })]],
  },
  notAfterAgendaItemStart: {
    words: { ar: 'يجب ألا يتجاوز بداية النقطة {item} من جدول الأعمال', fr: "Ne doit pas dépasser le début du point {item} de l'ordre du jour", en: 'Must not be after agenda item {item} starts' },
    english: [[/^must not be after agenda item (\d+) starts\b/, (m) => ({ item: number(m[1]) })]],
  },
  notBeforeAgendaItemEnd: {
    words: { ar: 'يجب ألا يسبق نهاية النقطة {item} من جدول الأعمال', fr: "Ne doit pas précéder la fin du point {item} de l'ordre du jour", en: 'Must not be before agenda item {item} ends' },
    english: [[/^must not be before agenda item (\d+) ends\b/, (m) => ({ item: number(m[1]) })]],
  },
  notAfterMilestoneDue: {
    words: { ar: 'يجب ألا يتجاوز أجل المرحلة {item} ({date})', fr: "Ne doit pas dépasser l'échéance du jalon {item} ({date})", en: 'Must not be after milestone {item} is due ({date})' },
    english: [[/^must not be after milestone (\d+) is due \(.*, on ([\d-]+)\)$/, (m) => ({ item: number(m[1]), date: m[2] })]],
  },
  notBeforeMilestoneDue: {
    words: { ar: 'يجب ألا يسبق أجل المرحلة {item} ({date})', fr: "Ne doit pas précéder l'échéance du jalon {item} ({date})", en: 'Must not be before milestone {item} is due ({date})' },
    english: [[/^must not be before milestone (\d+) is due \(.*, on ([\d-]+)\)$/, (m) => ({ item: number(m[1]), date: m[2] })]],
  },
  notInFuture: {
    words: { ar: 'يجب ألا يكون في المستقبل', fr: 'Ne doit pas être dans le futur', en: 'Must not be in the future' },
    english: [[/^must not be in the future$/, none]],
  },
  titleArOrFr: {
    words: { ar: 'أدخل عنواناً بالعربية أو بالفرنسية', fr: 'Indiquez un titre en arabe ou en français', en: 'Give a title in Arabic or in French' },
    english: [[/needs a title in Arabic or French$/, none]],
  },
  nameArOrFr: {
    words: { ar: 'أدخل اسماً بالعربية أو بالفرنسية', fr: 'Indiquez un nom en arabe ou en français', en: 'Give a name in Arabic or in French' },
    english: [[/needs a name in Arabic or French$/, none]],
  },
  onePrinciple: {
    words: { ar: 'اختر مبدأً واحداً على الأقل من مبادئ الانفتاح', fr: "Choisissez au moins un principe d'ouverture", en: 'Choose at least one openness principle' },
    english: [[/^must name at least one openness principle$/, none]],
  },
  givenTwice: {
    words: { ar: 'هذه الفئة وهذا النوع محسوبان في سطر آخر', fr: 'Cette catégorie et ce genre sont déjà comptés sur une autre ligne', en: 'This category and gender are already counted on another line' },
    english: [[/^([A-Z_]+) × ([A-Z_]+) is given twice$/, (m) => ({ category: m[1], gender: m[2] })]],
  },
  alreadyUsed: {
    words: { ar: 'مستعمل من قبل', fr: 'Déjà utilisé', en: 'Already in use' },
    english: [[/^is already (?:used by another|the label of another)/, none], [/already has an? \w+ with this title$/, none]],
  },
  unknownReference: {
    words: { ar: 'لا يطابق أي عنصر متاح', fr: 'Ne correspond à aucun élément disponible', en: 'Matches nothing available' },
    english: [[/^names no /, none]],
  },
  wrongPassword: {
    words: { ar: 'ليست كلمة المرور الحالية', fr: "N'est pas votre mot de passe actuel", en: 'Is not your current password' },
    english: [[/^is not your current password$/, none]],
  },
  noNulCharacter: {
    words: { ar: 'يحتوي على حرف غير مقبول', fr: 'Contient un caractère non autorisé', en: 'Contains a character that is not allowed' },
    english: [[/^must not contain the NUL character/, none]],
  },
  mustBeEmpty: {
    words: { ar: 'يجب أن يبقى فارغاً هنا', fr: 'Doit rester vide ici', en: 'Must be left empty here' },
    english: [[/^must be empty (?:when|for) /, none]],
  },
  notItself: {
    words: { ar: 'لا يمكن أن يشير العنصر إلى نفسه', fr: "Ne peut pas désigner l'élément lui-même", en: 'Cannot be the record itself' },
    english: [[/^cannot be the \w+ itself$/, none]],
  },
  duplicate: {
    words: { ar: 'عنصر مكرر', fr: 'Un élément est donné deux fois', en: 'An item is given twice' },
    english: [[/^names an? \w+ twice$/, none]],
  },
  periodOverlap: {
    words: { ar: 'برنامج مفتوح آخر لهذه الجماعة يغطي جزءاً من هذه المدة', fr: 'Un autre programme ouvert de cette collectivité couvre une partie de cette période', en: 'Another open programme of this collectivity covers part of this period' },
    english: [[/^another open programme of this collectivity covers part of this period$/, none]],
  },
  alreadyMember: {
    words: { ar: 'عضو في الشبكة من قبل', fr: 'Déjà membre du réseau', en: 'Already a member' },
    english: [[/^is already a member$/, none]],
  },
  noConsent: {
    words: { ar: 'لم يوافق المواطن على النشر', fr: "Le citoyen n'a pas consenti à la publication", en: 'The citizen did not consent to publication' },
    english: [[/^the citizen did not consent to publication$/, none]],
  },
  alreadyInStatus: {
    words: { ar: 'البرنامج في هذه الحالة من قبل', fr: 'Le programme a déjà ce statut', en: 'The programme already has this status' },
    english: [[/^the programme is already ([A-Z_]+)$/, (m) => ({ status: m[1] })]],
  },
  nextStatusFirst: {
    words: { ar: 'يجب المرور أولاً بالحالة الموالية', fr: "Le programme doit d'abord passer au statut suivant", en: 'The programme must first move to the next status' },
    english: [[/^([A-Z_]+) moves forward to ([A-Z_]+) first$/, (m) => ({ from: m[1], to: m[2] })]],
  },
  cannotGoBack: {
    words: { ar: 'لا يمكن الرجوع إلى هذه الحالة', fr: 'Impossible de revenir à ce statut', en: 'Cannot go back to this status' },
    english: [[/^cannot go back to ([A-Z_]+)$/, (m) => ({ status: m[1] })]],
  },
  onlyForStatus: {
    words: { ar: 'لا يُقبل إلا لمقترح في هذه الحالة', fr: 'Seulement pour une proposition de ce statut', en: 'Only for a proposal in this status' },
    english: [[/^is only for a (retained|merged) proposal$/, (m) => ({ status: m[1].toUpperCase() })]],
  },
  fileTooLarge: {
    words: { ar: 'الملف كبير جداً: قسِّمه إلى ملفات أصغر', fr: 'Le fichier est trop volumineux : découpez-le en plusieurs fichiers', en: 'The file is too large: split it' },
    english: [[/^is larger than ([\d,]+) bytes/, (m) => ({ maxBytes: number(m[1]) })]],
  },
  tooManyRows: {
    words: { ar: 'الملف يتجاوز {max} سطراً: قسِّمه إلى ملفات أصغر', fr: 'Le fichier dépasse {max} lignes : découpez-le en plusieurs fichiers', en: 'The file has more than {max} rows: split it' },
    english: [[/^has more than ([\d,]+) rows/, (m) => ({ max: number(m[1]) })]],
  },
  isEnum: {
    words: { ar: 'يجب أن يكون أحد الاختيارات المقترحة', fr: "Doit être l'un des choix proposés", en: 'Must be one of the choices offered' },
    english: [],
  },
  wrongType: {
    words: { ar: 'قيمة من نوع غير مناسب', fr: "Valeur d'un type inattendu", en: 'Value of the wrong type' },
    english: [],
  },
  invalid: {
    words: { ar: 'قيمة مرفوضة', fr: 'Valeur refusée', en: 'Value refused' },
    english: [],
  },
} as const satisfies Record<string, Rule>;

export type ValidationRule = keyof typeof VALIDATION_RULES;

/** The rule a refusal falls back to when none of the table's fits: worded "value refused". */
export const FALLBACK_RULE: ValidationRule = 'invalid';

/** class-validator's default messages begin with the property's name ("venue must be shorter than…"). */
const LEADING_PROPERTY = /^[A-Za-z_][\w]* (?=must |should |is |each )/;

/**
 * The rule and parameters an English refusal states: `must be at most 300 characters` → `{ rule: 'maxLength',
 * params: { max: 300 } }`. Null when no rule of the table reads it.
 */
export function ruleOfMessage(message: string): { rule: ValidationRule; params: Record<string, string | number | string[]> } | null {
  const text = message.trim().replace(LEADING_PROPERTY, '');
  for (const [rule, { english }] of Object.entries(VALIDATION_RULES) as Array<[ValidationRule, Rule]>) {
    for (const [pattern, params] of english) {
      const match = pattern.exec(text);
      if (match) return { rule, params: params(match) };
    }
  }
  return null;
}

const LIST_JOINER: Words = { ar: ' أو ', fr: ' ou ', en: ' or ' };

/** A parameter as a reader reads it: a field name by its label, a list joined in the language. */
function paramText(name: string, value: string | number | readonly string[], locale: Locale): string {
  if (Array.isArray(value)) {
    const items = value as readonly string[];
    if (items.length < 2) return items.join('');
    const head = items.slice(0, -1).join(locale === 'ar' ? '، ' : ', ');
    return `${head}${LIST_JOINER[locale]}${items[items.length - 1]}`;
  }
  if (name === 'other') return fieldLabel(String(value), locale);
  if (typeof value === 'number') return new Intl.NumberFormat(locale === 'ar' ? 'ar-MA' : `${locale}-MA`, { numberingSystem: 'latn', useGrouping: Math.abs(value) >= 10_000 }).format(value);
  return String(value);
}

/** A rule's message in a language, without its field: for the text under the field it concerns. */
export function ruleMessage(rule: ValidationRule | (string & {}), params: RuleParams | null | undefined, locale: Locale | string): string {
  const language = localeOf(locale);
  const known = (VALIDATION_RULES as Record<string, Rule | undefined>)[rule] ?? VALIDATION_RULES[FALLBACK_RULE];
  const values = params ?? {};
  let text = known.words[language];
  if (rule === 'givenTwice' && typeof values.category === 'string' && typeof values.gender === 'string') {
    const category = enumLabel('AttendeeCategory', values.category, language);
    const gender = enumLabel('Gender', values.gender, language);
    text = `${text} (${category}${language === 'ar' ? '، ' : ', '}${gender})`;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? paramText(name, values[name], language) : whole));
}

const FIELD_SEPARATOR: Words = { ar: ': ', fr: ' : ', en: ': ' };

/**
 * A refusal in a language, naming its field when given: `formatError('maxLength', { max: 200 }, 'title', 'fr')` →
 * "Titre : Doit compter au plus 200 caractères". A rule this build does not know reads "value refused".
 */
export function formatError(rule: ValidationRule | (string & {}), params: RuleParams | null | undefined, field: string | null | undefined, locale: Locale | string): string {
  const language = localeOf(locale);
  const message = ruleMessage(rule, params, language);
  return field ? `${fieldPathLabel(field, language)}${FIELD_SEPARATOR[language]}${message}` : message;
}

/**
 * A GraphQL error's extensions (`{ code, field, rule, params }`) in a language, for a front end: the rule when the
 * server gave one, else the rule its English message states, else "value refused".
 */
export function formatGraphQLError(error: { message?: string; extensions?: Record<string, unknown> | null }, locale: Locale | string, withField = true): string {
  const extensions = error.extensions ?? {};
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  let rule = typeof extensions.rule === 'string' ? extensions.rule : undefined;
  let params = (extensions.params as RuleParams | undefined) ?? undefined;
  if (!rule || !(rule in VALIDATION_RULES)) {
    const read = ruleOfMessage((error.message ?? '').replace(/^[\w.[\]]+: /, ''));
    rule = read?.rule ?? FALLBACK_RULE;
    params = read?.params ?? params;
  }
  return formatError(rule, params, withField ? field : undefined, locale);
}

/**
 * What GraphQL's own refusal of a variable states (`Variable "$input" got invalid value "NOPE" at "input.kind";
 * Value "NOPE" does not exist in "EventKind" enum.`): the field (the path below the variable), the rule and its
 * parameters. Null for any other message.
 */
export function ruleOfCoercion(message: string): { field: string | undefined; rule: ValidationRule; params: Record<string, string> } | null {
  const variable = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (!variable) return null;
  const [, name, at, reason] = variable;
  // graphql-js writes list positions as [0]; field paths here write them as .0 (agenda.0.kind)
  const below = at ? at.replace(/\[(\d+)\]/g, '.$1').split('.').slice(1).join('.') : '';
  const missing = /^Field "(\w+)" of required type "([^"]+)" was not provided/.exec(reason);
  if (missing) return { field: [below, missing[1]].filter(Boolean).join('.'), rule: 'required', params: {} };
  const field = below || (at ?? name);
  const notInEnum = /does not exist in "(\w+)" enum/.exec(reason);
  if (notInEnum) return { field, rule: 'isEnum', params: { enum: notInEnum[1] } };
  if (/^Expected non-nullable type "[^"]+" not to be null/.test(reason)) return { field, rule: 'required', params: {} };
  const type = /(?:Expected type|represent[^"]*?value|of type) "?(\w+)!?"?/.exec(reason);
  return { field, rule: 'wrongType', params: type ? { type: type[1] } : {} };
}

/**
 * A BAD_USER_INPUT's extensions with the rule and parameters its message states, for a refusal that states none
 * (GraphQL's own refusal of a variable gains its field too); extensions that already name a rule pass unchanged.
 */
export function withRefusalRule(extensions: Record<string, unknown>, message: string): Record<string, unknown> {
  if (typeof extensions.rule === 'string') return extensions;
  const coercion = ruleOfCoercion(message);
  const stated = coercion ?? ruleOfMessage(message.replace(/^[\w.[\]]+: /, '')) ?? { rule: FALLBACK_RULE, params: {} };
  const field = coercion?.field !== undefined && extensions.field === undefined ? { field: coercion.field } : {};
  return { ...field, ...extensions, rule: stated.rule, params: stated.params };
}
