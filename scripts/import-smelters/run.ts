// The work of `npm run import-smelters`, as a function of its arguments and folder returning what
// it prints and its exit status, so its tests run it without starting Node each time.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { formatProblem } from '../../src/lib/content/content-problem.ts';
import { parseSmelterCsv } from '../../src/lib/content/smelter-csv.ts';
import { importSmelterRows, readDelimitedText } from '../../src/lib/content/smelter-import.ts';

export interface CommandResult {
  status: 0 | 1;
  stdout: string;
  stderr: string;
}

const usage = 'Usage: npm run import-smelters -- <file.xlsx|file.csv> <year> [--force]   (for example: npm run import-smelters -- CMRT.xlsx 2015)';

/** Thrown to stop with a message for the editor (printed on stderr, exit status 1). */
class Refusal extends Error {}
const fail = (message: string): never => {
  throw new Refusal(message);
};

/** Writes `<folder>/content/reports/<year>/smelters.csv` from the sheet named in `args`. */
export async function runImportSmelters(args: readonly string[], folder: string): Promise<CommandResult> {
  const out: string[] = [];
  try {
    importInto(await readArguments(args, folder), folder, (line) => out.push(line));
    return { status: 0, stdout: out.map((line) => `${line}\n`).join(''), stderr: '' };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { status: 1, stdout: out.map((line) => `${line}\n`).join(''), stderr: `${error.message}\n` };
  }
}

async function readArguments(args: readonly string[], folder: string) {
  const [source, year] = args.filter((argument) => !argument.startsWith('--'));
  if (!source || !year || !/^\d{4}$/.test(year)) return fail(usage);
  if (!existsSync(resolve(folder, source))) fail(`There is no file "${source}".`);
  const target = join('content', 'reports', year, 'smelters.csv');
  if (existsSync(join(folder, target)) && !args.includes('--force') && !isScaffold(readFileSync(join(folder, target), 'utf8'))) {
    fail(`${target} already has rows; nothing was changed. To replace it, run the command again with --force (the old rows are then lost unless they are committed).`);
  }
  return { source, year, target, sheet: await readSheet(source, resolve(folder, source)) };
}

function importInto({ source, year, target, sheet }: Awaited<ReturnType<typeof readArguments>>, folder: string, print: (line: string) => void) {
  const { rows, conversions, sheetName } = sheet;
  const imported = importSmelterRows(rows);
  if ('error' in imported) return fail(`${source}${sheetName ? `, sheet "${sheetName}"` : ''}: ${imported.error}.`);

  mkdirSync(join(folder, 'content', 'reports', year), { recursive: true });
  writeFileSync(join(folder, target), imported.csv);
  const from = `${source}${sheetName ? `, sheet "${sheetName}"` : ''}${conversions.length > 0 ? ` (${conversions.join(', ')})` : ''}`;
  print(`Wrote ${target}: ${imported.kept} ${imported.kept === 1 ? 'row' : 'rows'} from ${from}.`);
  if (imported.blankRows > 0) print(`Skipped ${imported.blankRows} empty ${imported.blankRows === 1 ? 'row' : 'rows'}.`);
  if (imported.dropped.length > 0) {
    print(`\nLeft out ${imported.dropped.length} ${imported.dropped.length === 1 ? 'row' : 'rows'}:`);
    for (const { row, reason } of imported.dropped) print(`  row ${row}: ${reason}`);
  }
  if (imported.notes.length > 0) {
    print('\nTo know:');
    for (const note of imported.notes) print(`  ${note}`);
  }
  // An empty marker column is already explained above; list only the other problems.
  const problems = parseSmelterCsv(imported.csv, target).problems.filter((problem) => !(imported.markerMissing && problem.field === 'marker'));
  if (problems.length > 0) {
    print(`\nTo fix in ${target} before publishing (${problems.length}):`);
    for (const problem of problems.slice(0, 20)) print(`  ${formatProblem(problem)}`);
    if (problems.length > 20) print(`  … and ${problems.length - 20} more: run npm run check for all of them.`);
  }
  print('\nNext: compare the rows with the filing’s table (same rows, same order, same markers), then run npm run check.');
}

/** True for the header-and-comments file `npm run new-report` creates: nothing to lose. */
function isScaffold(text: string): boolean {
  return text.split('\n').slice(1).every((line) => line.trim() === '' || line.trimStart().startsWith('#'));
}

/** The cells of the smelter sheet as displayed text: the "Smelter List" sheet of a workbook, or its first sheet; or a CSV file. */
async function readSheet(name: string, path: string): Promise<{ rows: string[][]; conversions: string[]; sheetName?: string }> {
  if (extname(path).toLowerCase() === '.csv') return readDelimitedText(readFileSync(path));
  if (extname(path).toLowerCase() !== '.xlsx') fail(`"${name}" is neither an Excel workbook (.xlsx) nor a CSV file. In Excel, File → Save As → Excel Workbook (.xlsx) converts older .xls files.`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === 'smelter list') ?? workbook.worksheets[0];
  if (!sheet) return fail(`${name} has no sheets.`);
  const rows: string[][] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).text ?? ''));
  }
  return { rows, conversions: [], sheetName: sheet.name };
}
