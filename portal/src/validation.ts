import type { GraphQLErrorBody } from './graphql';
import type { Locale } from './i18n';

/**
 * A form checked in the browser by the rules the server applies, so a citizen learns every problem at once, before
 * sending; the server's own refusals are read back to the same field, in the same words. Rule names are
 * class-validator's (and @infitah/labels'): notBlank, required, isLength, maxLength, isEmail.
 */
export type RuleName = 'required' | 'notBlank' | 'isLength' | 'maxLength' | 'isEmail';

export interface Problem {
  rule: RuleName | 'closed' | 'rateLimited' | 'invalid';
  params?: { min?: number; max?: number; seconds?: number };
}

export interface FieldRules {
  required?: boolean;
  notBlank?: boolean;
  min?: number;
  max?: number;
  email?: boolean;
}

/**
 * The rules of CitizenProposalInput (services/participation/src/proposals/proposal.input.ts): title 3–300 characters
 * and not blank, body 1–5,000 and not blank, an optional contact of at most 300 characters. The principle is always
 * one of the list; consent is a yes or a no.
 */
export const CITIZEN_PROPOSAL_RULES = {
  title: { required: true, notBlank: true, min: 3, max: 300 },
  body: { required: true, notBlank: true, min: 1, max: 5000 },
  contact: { max: 300 },
} satisfies Record<string, FieldRules>;

/** Characters as class-validator counts them (validator.js isLength): a surrogate pair or a variation selector is not one more. */
export function lengthOf(value: string): number {
  const presentation = value.match(/[\uFE0E\uFE0F]/g)?.length ?? 0;
  const surrogatePairs = value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  return value.length - presentation - surrogatePairs;
}

// the shape class-validator's isEmail accepts, in its common case: something@domain.tld, no spaces
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** The first rule a value breaks, checked in the server's order, or null. */
export function check(value: string, rules: FieldRules): Problem | null {
  if (!value) return rules.required ? { rule: 'required' } : null;
  const length = lengthOf(value);
  if (rules.min !== undefined && rules.max !== undefined && (length < rules.min || length > rules.max)) {
    return { rule: 'isLength', params: { min: rules.min, max: rules.max } };
  }
  if (rules.max !== undefined && length > rules.max) return { rule: 'maxLength', params: { max: rules.max } };
  if (rules.notBlank && !/\S/.test(value)) return { rule: 'notBlank' };
  if (rules.email && !EMAIL.test(value)) return { rule: 'isEmail' };
  return null;
}

/** Every field's problem at once. */
export function validate<F extends string>(values: Record<F, string>, rules: Record<F, FieldRules>): Partial<Record<F, Problem>> {
  const problems: Partial<Record<F, Problem>> = {};
  for (const field of Object.keys(rules) as F[]) {
    const problem = check(values[field] ?? '', rules[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

const SERVER_RULES: Record<string, RuleName> = { isLength: 'isLength', matches: 'notBlank', notBlank: 'notBlank', maxLength: 'maxLength', isEmail: 'isEmail', isNotEmpty: 'required', required: 'required' };

/**
 * The server's refusal as problems at their fields: each of `extensions.problems` (or the error's own field and rule),
 * the rule's parameters from `extensions.params` or from the field's known rules. A closed consultation and a rate
 * limit are problems of the form (`form`). Null when the errors say nothing a field can show.
 */
export function serverProblems(errors: readonly GraphQLErrorBody[], rules: Record<string, FieldRules>): Record<string, Problem> | null {
  const problems: Record<string, Problem> = {};
  for (const error of errors) {
    const extensions = (error.extensions ?? {}) as GraphQLErrorBody['extensions'] & {
      rule?: string;
      params?: Problem['params'];
      retryAfterSeconds?: number;
      problems?: Array<{ field: string; rule: string }>;
    };
    if (extensions.code === 'RATE_LIMITED') {
      problems.form = { rule: 'rateLimited', params: { seconds: extensions.retryAfterSeconds ?? 60 } };
      continue;
    }
    if (extensions.code !== 'BAD_USER_INPUT') return null;
    const listed = extensions.problems ?? (extensions.field ? [{ field: extensions.field, rule: extensions.rule ?? '' }] : []);
    for (const listedProblem of listed) {
      const field = listedProblem.field.replace(/^input\./, '');
      if (field === 'consultationId' || field === 'collectivityId') {
        problems.form = { rule: 'closed' };
        continue;
      }
      const rule = SERVER_RULES[listedProblem.rule];
      const known = rules[field];
      const params = extensions.params ?? (known ? { min: known.min, max: known.max } : undefined);
      problems[field in rules ? field : 'form'] = rule ? { rule, params } : { rule: 'invalid' };
    }
  }
  return Object.keys(problems).length ? problems : null;
}

const MESSAGES: Record<Locale, Record<Problem['rule'], string>> = {
  fr: {
    required: 'Ce champ est obligatoire.',
    notBlank: 'Ne doit pas être vide.',
    isLength: 'Doit compter entre {min} et {max} caractères.',
    maxLength: 'Doit compter au plus {max} caractères.',
    isEmail: 'Doit être une adresse e-mail (nom@domaine.ma).',
    closed: "Cette consultation n'est plus ouverte : votre proposition n'a pas été reçue.",
    rateLimited: 'Trop d’envois depuis votre connexion. Réessayez dans {seconds} secondes.',
    invalid: 'Valeur refusée.',
  },
  ar: {
    required: 'هذه الخانة إلزامية.',
    notBlank: 'لا يجوز أن تكون فارغة.',
    isLength: 'يجب أن يتراوح عدد الأحرف بين {min} و{max}.',
    maxLength: 'يجب ألا يتجاوز عدد الأحرف {max}.',
    isEmail: 'يجب أن يكون عنوان بريد إلكتروني (name@domaine.ma).',
    closed: 'لم تعد هذه الاستشارة مفتوحة: لم يتم استلام مقترحك.',
    rateLimited: 'عدد كبير من الإرسالات من اتصالك. أعد المحاولة بعد {seconds} ثانية.',
    invalid: 'قيمة غير مقبولة.',
  },
};

/** A problem in the reader's language, its parameters written in. */
export function problemMessage(problem: Problem, locale: Locale): string {
  const numbers = new Intl.NumberFormat(locale === 'ar' ? 'ar-MA-u-nu-latn' : 'fr-MA');
  return MESSAGES[locale][problem.rule].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = problem.params?.[name as keyof NonNullable<Problem['params']>];
    return value === undefined ? '' : numbers.format(value);
  });
}
