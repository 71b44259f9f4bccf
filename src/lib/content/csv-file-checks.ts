import type { ContentProblem } from './content-problem.ts';

/**
 * The most rows one year's smelter CSV may have. The whole table is shown on one report page;
 * a longer file is almost always a whole smelter database export or rows pasted twice.
 */
export const MAX_SMELTER_ROWS = 5000;

const SAVE_AS_UTF8 = 'in Excel: File → Save As → CSV UTF-8 (Comma delimited) (.csv), then replace this file; or let npm run import-smelters -- <your file> <year> convert it';

/**
 * Problems with the file as a whole that make its rows unreadable: saved as UTF-16 or in a
 * legacy encoding (Windows-1252, Latin-1, Mac Roman), or separated by semicolons or tabs.
 * `text` is the file read as UTF-8, as every loader reads it: such files then carry NUL
 * characters or U+FFFD replacement characters, which must never reach the site.
 */
export function checkCsvFile(text: string, file: string): ContentProblem | undefined {
  if (text.includes('\u0000') || text.startsWith('\uFFFD\uFFFD')) {
    return { file, message: 'the file is saved as UTF-16 (Excel calls it “Unicode Text”), which the site cannot read', fix: SAVE_AS_UTF8 };
  }
  const lines = text.split('\n');
  const unreadable = lines.flatMap((line, index) => (line.includes('\uFFFD') ? [index + 1] : []));
  const [first, ...others] = unreadable;
  if (first !== undefined) {
    const cell = (lines[first - 1] ?? '').split(',').find((part) => part.includes('\uFFFD')) ?? '';
    const also = others.length === 0 ? '' : ` (and ${others.length === 1 ? 'line' : 'lines'} ${others.slice(0, 5).join(', ')}${others.length > 5 ? '…' : ''})`;
    return {
      file,
      line: first,
      message: `the file is not saved as UTF-8: letters in “${cell.replace(/\uFFFD/g, '?').trim()}”${also} cannot be read; the file was probably saved as Windows-1252 or Latin-1 (Excel’s plain “CSV (Comma delimited)”)`,
      fix: SAVE_AS_UTF8,
    };
  }
  const headerIndex = lines.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const header = lines[headerIndex] ?? '';
  const separator = header.includes(',') ? undefined : otherSeparator(header);
  if (separator) {
    return {
      file,
      line: headerIndex + 1,
      message: `the columns are separated by ${separator}, not commas`,
      fix: `use commas between the columns; ${SAVE_AS_UTF8} (${separator === 'tabs' ? 'Excel’s “Unicode Text” and “Text (Tab delimited)” use tabs' : 'Excel uses semicolons when the computer’s region writes decimals with a comma'})`,
    };
  }
  return undefined;
}

/** Names the separator a line uses instead of commas (semicolons or tabs), if any. */
export function otherSeparator(line: string): string | undefined {
  if (line.includes('\t')) return 'tabs';
  if (line.includes(';')) return 'semicolons (;)';
  return undefined;
}
