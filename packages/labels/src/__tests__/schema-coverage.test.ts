import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { CATEGORY_AS_PERSON, ENUM_LABELS, FIELD_LABELS, LOCALES, REGION_LABELS, UNKNOWN_REGION, VALIDATION_RULES, type Words } from '../index.js';

/** The public schema, as composed by `npm run generate`. */
const schema = parse(readFileSync(join(__dirname, '../../../../gateway/schema.graphql'), 'utf8'));
const enums = schema.definitions.filter((definition): definition is EnumTypeDefinitionNode => definition.kind === Kind.ENUM_TYPE_DEFINITION);
const table = ENUM_LABELS as Record<string, Record<string, Words> | undefined>;

/** Latin letters an Arabic label may hold: acronyms readers know in Latin script (none needed yet). */
const ALLOWED_LATIN_IN_ARABIC = /\b(?:CSV|PDF|OGP|URL|http|https)\b/g;

/** Every word the package holds, named by where it lives. */
const everyLabel: Array<[string, Words]> = [
  ...Object.entries(ENUM_LABELS).flatMap(([name, values]) => Object.entries(values as Record<string, Words>).map(([value, words]) => [`${name}.${value}`, words] as [string, Words])),
  ...Object.entries(CATEGORY_AS_PERSON).map(([value, words]) => [`person ${value}`, words] as [string, Words]),
  ...Object.entries(REGION_LABELS).map(([code, words]) => [`region ${code}`, words] as [string, Words]),
  ['region unknown', UNKNOWN_REGION] as [string, Words],
  ...Object.entries(FIELD_LABELS).map(([field, words]) => [`field ${field}`, words] as [string, Words]),
  ...Object.entries(VALIDATION_RULES).map(([rule, { words }]) => [`rule ${rule}`, words] as [string, Words]),
];

describe('labels of the public schema', () => {
  it('finds the enums of gateway/schema.graphql', () => {
    expect(enums.map((definition) => definition.name.value)).toEqual(expect.arrayContaining(['EventKind', 'OpennessPrinciple', 'ProposalStatus', 'ProgramStatus']));
  });

  it.each(enums.map((definition) => [definition.name.value, definition] as const))('words every value of %s in Arabic, French and English', (name, definition) => {
    const missing = (definition.values ?? []).flatMap(({ name: { value } }) =>
      LOCALES.filter((locale) => !table[name]?.[value]?.[locale]?.trim()).map((locale) => `${name}.${value} (${locale})`),
    );
    expect(missing).toEqual([]);
  });

  it('holds no enum and no value the schema does not have', () => {
    const inSchema = new Map(enums.map((definition) => [definition.name.value, new Set((definition.values ?? []).map((value) => value.name.value))]));
    const stale = Object.entries(ENUM_LABELS).flatMap(([name, values]) =>
      Object.keys(values).filter((value) => !inSchema.get(name)?.has(value)).map((value) => `${name}.${value}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('every label', () => {
  it('has no Latin letters in Arabic, acronyms aside', () => {
    // a message's placeholders ({max}) are filled in with numbers and labels
    const latin = everyLabel
      .filter(([, words]) => /[A-Za-z]/.test(words.ar.replace(ALLOWED_LATIN_IN_ARABIC, '').replace(/\{\w+\}/g, '')))
      .map(([where, words]) => `${where}: ${words.ar}`);
    expect(latin).toEqual([]);
  });

  it('has Arabic script in Arabic', () => {
    const notArabic = everyLabel.filter(([, words]) => !/[\u0600-\u06FF]/.test(words.ar)).map(([where]) => where);
    expect(notArabic).toEqual([]);
  });

  it('never shows the raw code in French or Arabic', () => {
    const raw = everyLabel.filter(([where, words]) => {
      const code = where.split(/[. ]/).pop()!;
      return words.fr === code || words.ar === code || /^[A-Z][A-Z0-9_]+$/.test(words.fr);
    });
    expect(raw.map(([where]) => where)).toEqual([]);
  });

  it('is no English copy in French, place names and words both languages share aside', () => {
    const same = new Set(['Région', 'Province', 'Commune', 'Consultation', 'Code', 'Note', 'Participants', 'Présentation']);
    const copied = everyLabel
      .filter(([where, words]) => !where.startsWith('region') && words.fr === words.en && /\s/.test(words.fr) && !same.has(words.fr))
      .map(([where, words]) => `${where}: ${words.fr}`);
    expect(copied).toEqual([]);
  });
});
