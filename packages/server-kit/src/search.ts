/**
 * Search that ignores case, French accents and Arabic letter variants (أ إ آ ٱ → ا, ة → ه, ى → ي) and
 * Arabic diacritics. Each subgraph creates the same SQL function in its own schema and compares
 * normalised text on both sides.
 */
const FOLDS: Array<[string, string]> = [
  ['àáâãäåā', 'a'],
  ['çćč', 'c'],
  ['èéêëēėę', 'e'],
  ['îïíīįì', 'i'],
  ['ñń', 'n'],
  ['ôöòóøōõ', 'o'],
  ['ûüùúū', 'u'],
  ['ÿý', 'y'],
  ['žźż', 'z'],
  ['śš', 's'],
  ['أإآٱ', 'ا'],
  ['ة', 'ه'],
  ['ى', 'ي'],
];
// Arabic diacritics (tanwin, harakat, shadda, sukun, superscript alef) and the tatweel are dropped.
const DROPPED = '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640';

function translateArguments(): { from: string; to: string } {
  let from = '';
  let to = '';
  for (const [letters, replacement] of FOLDS) {
    for (const letter of letters) {
      from += letter;
      to += replacement;
    }
  }
  return { from: from + DROPPED, to };
}

const sqlLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** `CREATE FUNCTION <schema>.search_normalize(text)`, immutable so generated columns and indexes may use it. */
export function searchNormalizeFunctionSql(schema: string): string {
  const { from, to } = translateArguments();
  return `CREATE OR REPLACE FUNCTION "${schema}".search_normalize(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(lower(input), ${sqlLiteral(from)}, ${sqlLiteral(to)})`;
}

/** The same folding in TypeScript, for code that must match what the SQL function does. */
export function searchNormalize(input: string): string {
  const { from, to } = translateArguments();
  const map = new Map<string, string>();
  [...from].forEach((letter, index) => map.set(letter, [...to][index] ?? ''));
  return [...input.toLowerCase()].map((letter) => map.get(letter) ?? letter).join('');
}
