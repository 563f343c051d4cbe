import { FALLBACK_RULE, LOCALES, ruleMessage, ruleOfMessage, VALIDATION_RULES, type Locale, type RuleParams } from '@infitah/labels';

/**
 * The graph explains a refused value in English (`extensions.field` plus a message such as "must not be blank").
 * The console shows it at its field in the console's language, worded by @infitah/labels from the rule and the
 * parameters the message states (the same table the graph's `extensions.rule` and `extensions.params` come from).
 */
const PREFIX = '@@react-admin@@';

/** The console's language: main.tsx sets the page's `lang` from it, and a change of language reloads the page. */
export function consoleLocale(): Locale {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'fr';
}

/**
 * The message shown at a field for one of the graph's problems: its rule and parameters when the graph gave them,
 * else the rule its English `message` states (with its "field: " prefix or without).
 */
export function fieldErrorMessage(problem: { message: string; rule?: string; params?: RuleParams }): string {
  const text = problem.message.replace(/^[\w.[\]]+: /, '');
  const stated = problem.rule && problem.rule in VALIDATION_RULES ? { rule: problem.rule, params: problem.params ?? {} } : ruleOfMessage(text);
  const message = stated ? ruleMessage(stated.rule, stated.params, consoleLocale()) : ruleMessage(FALLBACK_RULE, {}, consoleLocale());
  // react-admin's own format for validation errors: translated (here: already worded) by the input's helper text
  return `${PREFIX}${JSON.stringify({ message, args: {} })}`;
}

/** Keys the console's own validators used before the rules had their names in @infitah/labels. */
const FORMER_KEYS = { title_ar_or_fr: 'titleArOrFr' } as const;

/** Each rule's words in polyglot's format (`%{max}`), under `infitah.validation.<rule>`, for the console's own validators. */
export const validationMessages = Object.fromEntries(
  LOCALES.map((locale) => {
    const words = (rule: keyof typeof VALIDATION_RULES) => VALIDATION_RULES[rule].words[locale].replace(/\{(\w+)\}/g, '%{$1}');
    const rules = Object.keys(VALIDATION_RULES) as Array<keyof typeof VALIDATION_RULES>;
    return [locale, { ...Object.fromEntries(rules.map((rule) => [rule, words(rule)])), ...Object.fromEntries(Object.entries(FORMER_KEYS).map(([key, rule]) => [key, words(rule)])) }];
  }),
) as Record<Locale, Record<keyof typeof VALIDATION_RULES | keyof typeof FORMER_KEYS, string>>;

/** A refusal's English message (a CSV line's, say) in the console's language: the rule it states, or "value refused". */
export function readableRefusal(serverMessage: string): string {
  const stated = ruleOfMessage(serverMessage.replace(/^[\w.[\]]+: /, ''));
  return stated ? ruleMessage(stated.rule, stated.params, consoleLocale()) : ruleMessage(FALLBACK_RULE, {}, consoleLocale());
}
