import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';
import { searchNormalize } from './search';

/**
 * CSV imports (the network's member lists, a commune's programme): one subgraph's, validated row by row,
 * all-or-nothing, with a report of what was refused and why. The CSV is parsed by the subgraph with
 * `csv-parse` (passed in as `CsvParse`, so that this kit does not depend on it); everything around it —
 * limits, BOM, delimiter, header, line numbers, the report's types — is shared here.
 */

/** Largest file an import reads, in UTF-8 bytes (the subgraphs' JSON body limit is the same 1 MB). */
export const IMPORT_MAX_BYTES = 1_048_576;
/** Most data rows (below the header) an import reads at once. */
export const IMPORT_MAX_ROWS = 5_000;

@Directive('@shareable')
@ObjectType({
  description:
    'A problem found in a row of an imported CSV file: the line, the column at fault and why. Any refused row means the import wrote nothing.',
})
export class RefusedRow {
  @Field(() => Int, {
    description: 'The line of the file where the refused row starts, counted from 1 as a text editor counts them (the header row is line 1).',
  })
  line: number;

  @Field(() => String, {
    nullable: true,
    description: 'The column at fault, named as in the header row (e.g. `joined_on`); null when the row as a whole or the file is at fault.',
  })
  field: string | null;

  @Field({ description: 'Why the row was refused, in English.' })
  message: string;
}

/**
 * The fields every import report has; each subgraph's report type extends it and says what it counts. Never in
 * the schema itself (type-graphql emits only the types reachable from a resolver), like ConnectionType's class.
 */
@ObjectType()
export abstract class ImportReportFields {
  @Field({ description: 'True when the file was only checked: nothing was written, and the counts say what the import would do.' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows read below the header row; blank lines are not counted.' })
  rowCount: number;

  @Field(() => Int, { description: 'Records the import created (or a dry run would create); 0 when any row is refused.' })
  created: number;

  @Field(() => Int, { description: 'Existing records the import changed (or a dry run would change); 0 when any row is refused.' })
  updated: number;

  @Field(() => [RefusedRow], {
    description: 'Every problem found, in file order, one entry per row and column at fault; empty when the file was accepted. When it is not empty, the import wrote nothing.',
  })
  refused: RefusedRow[];
}

/** The problems of one import, collected in file order. */
export class Refusals {
  readonly list: RefusedRow[] = [];

  add(line: number, field: string | null, message: string): void {
    this.list.push(Object.assign(new RefusedRow(), { line, field, message }));
  }

  get count(): number {
    return this.list.length;
  }

  /** The list in file order (stable within a line). */
  sorted(): RefusedRow[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
}

/** A data row: its first line in the file and its cells by (normalised) column name, trimmed, '' when absent. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
  /**
   * More cells than the header has columns (already refused): its cells are likely shifted, so the checks of
   * its values would only add noise. It still takes part in matching (e.g. as a parent named by a later row).
   */
  misaligned?: boolean;
}

export interface CsvTable {
  /** The data rows, blank ones left out. */
  rows: CsvRow[];
  /** The columns the header names (normalised). */
  columns: Set<string>;
  /** False when the header lacks a required column: the rows cannot be checked. */
  headerUsable: boolean;
}

export interface CsvColumns {
  /** Every column the import understands; any other is refused. */
  known: readonly string[];
  /** Columns the header must name. */
  required?: readonly string[];
  /** Groups of columns of which the header must name at least one (e.g. a title in Arabic or French). */
  oneOf?: ReadonlyArray<readonly string[]>;
}

/** What the subgraph passes in: `parse` from `csv-parse/sync`. */
export type CsvParse = (input: string, options: Record<string, unknown>) => unknown;

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** `Name FR` or `name-fr` → `name_fr`. */
export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The delimiter the header row uses: comma, semicolon (French spreadsheets) or tab, whichever occurs most. */
export function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, headerLine.split(delimiter).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

/**
 * Reads an import's CSV: refuses (as an error on `csv`) a file over the limits, and reports the rest as refusals —
 * an empty file, a header naming unknown, repeated or missing columns, malformed CSV (reported at its line; the rows
 * after it cannot be read), a row with more cells than the header, text that was not UTF-8.
 */
export function readCsvTable(csv: string, columns: CsvColumns, parse: CsvParse, refusals: Refusals): CsvTable {
  if (Buffer.byteLength(csv, 'utf8') > IMPORT_MAX_BYTES) {
    throw badUserInput('csv', `is larger than ${IMPORT_MAX_BYTES.toLocaleString('en')} bytes (1 MB): split the file`);
  }
  const empty: CsvTable = { rows: [], columns: new Set(), headerUsable: false };
  // one line ending everywhere, so that line numbers are those of an editor whatever the file's origin
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    refusals.add(1, null, `the file is empty: a header row naming the columns is expected (${columns.known.join(', ')})`);
    return empty;
  }
  const firstLine = text.split('\n').find((line) => line.trim()) ?? '';
  const records: ParsedRecord[] = [];
  let failure: { line: number; message: string } | null = null;
  try {
    parse(text, {
      delimiter: detectDelimiter(firstLine),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: ParsedRecord) => {
        records.push(record);
        return record;
      },
    });
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string };
    if (!csvError.code?.startsWith('CSV_')) throw error;
    failure = { line: csvError.lines ?? 1, message: csvError.message.replace(/ at line \d+/, '') };
  }
  // a record ends at info.lines; it starts earlier by the line breaks inside its quoted cells
  const lineOf = ({ record, info }: ParsedRecord) => info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  const [header, ...data] = records;
  if (!header) {
    refusals.add(failure?.line ?? 1, null, `not valid CSV (${failure?.message ?? 'no header row'})`);
    return empty;
  }
  const headerLine = lineOf(header);
  const names = header.record.map(normaliseColumnName);
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (!name) {
      if (data.some(({ record }) => record[index]?.trim())) refusals.add(headerLine, null, `column ${index + 1} has no name in the header row`);
    } else if (!columns.known.includes(name)) {
      refusals.add(headerLine, header.record[index].trim(), `unknown column; the columns are ${columns.known.join(', ')}`);
    } else if (seen.has(name)) {
      refusals.add(headerLine, name, 'is named twice in the header row');
    }
    seen.add(name);
  });
  let headerUsable = true;
  for (const name of columns.required ?? []) {
    if (!seen.has(name)) {
      refusals.add(headerLine, name, 'the header row has no such column, which is required');
      headerUsable = false;
    }
  }
  for (const group of columns.oneOf ?? []) {
    if (!group.some((name) => seen.has(name))) {
      refusals.add(headerLine, group[0], `the header row needs at least one of the columns ${group.join(', ')}`);
      headerUsable = false;
    }
  }

  const rows: CsvRow[] = [];
  for (const parsed of data) {
    if (parsed.record.every((cell) => !cell.trim())) continue; // a blank line, or a spreadsheet's empty row (",,,,")
    rows.push({ line: lineOf(parsed), cells: {} });
    if (rows.length > IMPORT_MAX_ROWS) {
      throw badUserInput('csv', `has more than ${IMPORT_MAX_ROWS.toLocaleString('en')} rows: split the file`);
    }
    const row = rows[rows.length - 1];
    if (parsed.record.length > names.length) {
      row.misaligned = true;
      refusals.add(row.line, null, `has ${parsed.record.length} cells where the header row names ${names.length} columns (a delimiter inside a value must be quoted)`);
    }
    names.forEach((name, index) => {
      if (name && !(name in row.cells)) row.cells[name] = (parsed.record[index] ?? '').trim();
    });
    const garbled = names.find((name, index) => name && parsed.record[index]?.includes('\uFFFD'));
    if (garbled) refusals.add(row.line, garbled, 'holds characters that could not be read: save the file as CSV UTF-8');
  }
  if (failure) refusals.add(failure.line, null, `not valid CSV (${failure.message}); the rows after this line could not be read`);
  else if (!rows.length) refusals.add(headerLine, null, 'the file has no rows below its header row');
  return { rows, columns: seen, headerUsable };
}

/** A value compared the way searches compare: trimmed, ignoring case, French accents and Arabic letter variants. */
export function importKey(value: string): string {
  return searchNormalize(value.trim()).replace(/\s+/g, ' ');
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO-8601 calendar day, YYYY-MM-DD, that exists (2025-02-29 does not). */
export function isIsoDay(value: string): boolean {
  const match = DAY.exec(value);
  return Boolean(match) && Number(match![1]) > 0 && realDay(Number(match![1]), Number(match![2]), Number(match![3]));
}

/** ISO-8601 at the precision known: "2023", "2024-12" or "2024-12-03", each part real. */
export function isPartialIsoDate(value: string): boolean {
  const match = PARTIAL.exec(value);
  if (!match || Number(match[1]) === 0) return false;
  const month = match[2] ? Number(match[2]) : 1;
  if (month < 1 || month > 12) return false;
  return match[3] ? realDay(Number(match[1]), month, Number(match[3])) : true;
}

/** A yes/no cell: true, yes, oui, نعم, 1 or x; false, no, non, لا or 0; null for anything else. Blank is false. */
export function parseYesNo(value: string): boolean | null {
  const folded = value.trim().toLowerCase();
  if (['', 'false', 'no', 'non', 'لا', '0'].includes(folded)) return false;
  if (['true', 'yes', 'oui', 'نعم', '1', 'x'].includes(folded)) return true;
  return null;
}
