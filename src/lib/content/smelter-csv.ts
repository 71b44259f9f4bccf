import Papa from 'papaparse';
import { smelterCsvColumns, requiredSmelterCsvColumns, smelterRowSchema, type SmelterRow } from '../../schemas/smelter-row.ts';
import type { ContentProblem } from './content-problem.ts';
import { checkCsvFile, MAX_SMELTER_ROWS, otherSeparator } from './csv-file-checks.ts';
import { describeHiddenCharacter, garbledTextFix } from '../../schemas/text-hygiene.ts';
import { describeIssue, fixOf } from './zod-problems.ts';

/** A validated row with the line of the file it came from. */
export type SmelterCsvRow = SmelterRow & { line: number };

export interface SmelterCsvResult {
  rows: SmelterCsvRow[];
  problems: ContentProblem[];
}

const COLUMN_FIX = `use only these column names in the first row: ${smelterCsvColumns.join(', ')}`;

/**
 * Parses and validates one year's smelter CSV. Accepts what spreadsheets export (UTF-8 BOM,
 * CRLF, quoted fields, blank lines, `#` comment lines). Reports every problem with its line and
 * returns no rows at all when there is any problem, so a half-valid table is never published.
 */
export function parseSmelterCsv(text: string, file: string): SmelterCsvResult {
  const content = text.replace(/^\uFEFF/, '');
  const unreadable = checkCsvFile(content, file);
  if (unreadable) return { rows: [], problems: [unreadable] };
  const records = readRecords(content);
  const problems: ContentProblem[] = [...records.problems.map((problem) => ({ ...problem, file }))];
  const [header, ...body] = records.rows;
  if (!header) {
    return { rows: [], problems: [{ file, message: 'the file is empty', fix: `start it with the header row: ${smelterCsvColumns.join(',')}` }] };
  }

  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  columns.forEach((column, index) => {
    const hidden = describeHiddenCharacter(header.cells[index] ?? '');
    if (hidden) {
      problems.push({ file, line: header.line, field: `column ${index + 1}`, message: hidden, fix: garbledTextFix(header.cells[index] ?? '') });
    } else if (!(smelterCsvColumns as readonly string[]).includes(column)) {
      problems.push({ file, line: header.line, field: column || `column ${index + 1}`, message: `"${header.cells[index]}" is not a column this table knows`, fix: COLUMN_FIX });
    } else if (columns.indexOf(column) !== index) {
      problems.push({ file, line: header.line, field: column, message: 'this column appears twice', fix: 'keep one column of each name' });
    }
  });
  for (const required of requiredSmelterCsvColumns) {
    if (!columns.includes(required)) {
      problems.push({ file, line: header.line, field: required, message: `the required column "${required}" is missing`, fix: COLUMN_FIX });
    }
  }
  if (body.length === 0) {
    problems.push({ file, line: header.line, message: 'the table has a header but no rows', fix: 'add one row per row of the filing’s smelter table' });
  }
  if (body.length > MAX_SMELTER_ROWS) {
    problems.push({
      file,
      message: `the table has ${body.length.toLocaleString('en-US')} rows, more than the ${MAX_SMELTER_ROWS.toLocaleString('en-US')} a year's table may have: the whole table is shown on one report page, and a list this long is usually not the filing's table`,
      fix: 'keep only the rows the filing’s smelter table prints (check that the file is not a whole smelter database export, or rows pasted twice)',
    });
  }
  if (problems.length > 0) return { rows: [], problems };

  const rows: SmelterCsvRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of body) {
    if (record.cells.length !== columns.length) {
      const separator = record.cells.length === 1 ? otherSeparator(record.cells[0] ?? '') : undefined;
      problems.push({
        file,
        line: record.line,
        message: `this row has ${record.cells.length} cells but the header has ${columns.length} columns${separator ? ` (its cells are separated by ${separator}, not commas)` : ''}`,
        fix: 'check for a missing or extra comma; a name that contains a comma must be wrapped in double quotes, e.g. "Met-Mex Peñoles, S.A."',
      });
      continue;
    }
    const raw = Object.fromEntries(columns.map((column, index) => [column, record.cells[index]]));
    const parsed = smelterRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: record.line, field: String(issue.path[0] ?? ''), message: describeIssue(issue, raw), fix: fixOf(issue) ?? rowFix(String(issue.path[0] ?? '')) });
      }
      continue;
    }
    const key = record.cells.map((cell) => cell.trim()).join('\u0000');
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      problems.push({ file, line: record.line, message: `this row repeats line ${earlier} exactly`, fix: 'delete one of the two rows, unless the filing really prints the facility twice (then add a note saying so to one of them)' });
      continue;
    }
    firstLineOf.set(key, record.line);
    rows.push({ ...parsed.data, line: record.line });
  }
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}

function rowFix(column: string): string {
  switch (column) {
    case 'metal':
      return 'write the metal as Gold, Tantalum, Tin or Tungsten';
    case 'facility':
      return 'fill in the facility name exactly as the filing prints it';
    case 'marker':
      return 'write yes if the filing marks this facility (italics, asterisk…), otherwise no';
    case 'smelter_id':
      return 'write the RMI smelter id (CID followed by six digits) or leave the cell empty';
    default:
      return 'correct the cell';
  }
}

interface CsvRecord {
  cells: string[];
  line: number;
}

/** Splits CSV text into records, remembering the line each starts on; skips blank and `#` lines. */
function readRecords(text: string): { rows: CsvRecord[]; problems: Omit<ContentProblem, 'file'>[] } {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const rows: CsvRecord[] = [];
  const problems: Omit<ContentProblem, 'file'>[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      const begin = skipBlankLines(text, start);
      start = result.meta.cursor;
      const cells = result.data;
      for (const error of result.errors) {
        if (error.code === 'MissingQuotes') {
          problems.push({ line: lineAt(begin), message: 'a double quote opened in this row is never closed', fix: 'add the closing double quote after the name, or remove the opening one' });
        } else if (error.code !== 'UndetectableDelimiter') {
          problems.push({ line: lineAt(begin), message: error.message, fix: 'save the file again as CSV (comma-separated, UTF-8)' });
        }
      }
      const isBlank = cells.every((cell) => cell.trim() === '');
      const isComment = (cells[0] ?? '').trimStart().startsWith('#');
      if (!isBlank && !isComment) rows.push({ cells, line: lineAt(begin) });
    },
  });
  return { rows, problems };
}

function skipBlankLines(text: string, offset: number): number {
  let position = offset;
  while (position < text.length && (text[position] === '\n' || text[position] === '\r')) position++;
  return position;
}
