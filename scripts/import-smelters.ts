// `npm run import-smelters -- <file.xlsx|file.csv> <year> [--force]`: writes
// content/reports/<year>/smelters.csv from the spreadsheet the comms team already has (the RMI
// Conflict Minerals Reporting Template's "Smelter List" sheet, or a plain sheet with the columns
// Metal, Smelter Name, Smelter ID, Country), and says what it kept, what it left out and why.
// Runs in the project folder (npm runs scripts there); refuses to replace a filled-in CSV without --force.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { parseSmelterCsv } from '../src/lib/content/smelter-csv.ts';
import { importSmelterRows, readDelimitedText } from '../src/lib/content/smelter-import.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [source, year] = args.filter((argument) => !argument.startsWith('--'));
const usage = 'Usage: npm run import-smelters -- <file.xlsx|file.csv> <year> [--force]   (for example: npm run import-smelters -- CMRT.xlsx 2015)';

if (!source || !year || !/^\d{4}$/.test(year)) fail(usage);
if (!existsSync(source)) fail(`There is no file "${source}".`);
const target = join('content', 'reports', year, 'smelters.csv');
if (existsSync(target) && !force && !isScaffold(readFileSync(target, 'utf8'))) {
  fail(`${target} already has rows; nothing was changed. To replace it, run the command again with --force (the old rows are then lost unless they are committed).`);
}

const { rows, conversions, sheetName } = await readSheet(source);
const imported = importSmelterRows(rows);
if ('error' in imported) fail(`${source}${sheetName ? `, sheet "${sheetName}"` : ''}: ${imported.error}.`);

mkdirSync(join('content', 'reports', year), { recursive: true });
writeFileSync(target, imported.csv);
const from = `${source}${sheetName ? `, sheet "${sheetName}"` : ''}${conversions.length > 0 ? ` (${conversions.join(', ')})` : ''}`;
console.log(`Wrote ${target}: ${imported.kept} ${imported.kept === 1 ? 'row' : 'rows'} from ${from}.`);
if (imported.blankRows > 0) console.log(`Skipped ${imported.blankRows} empty ${imported.blankRows === 1 ? 'row' : 'rows'}.`);
if (imported.dropped.length > 0) {
  console.log(`\nLeft out ${imported.dropped.length} ${imported.dropped.length === 1 ? 'row' : 'rows'}:`);
  for (const { row, reason } of imported.dropped) console.log(`  row ${row}: ${reason}`);
}
if (imported.notes.length > 0) {
  console.log('\nTo know:');
  for (const note of imported.notes) console.log(`  ${note}`);
}
// An empty marker column is already explained above; list only the other problems.
const problems = parseSmelterCsv(imported.csv, target).problems.filter((problem) => !(imported.markerMissing && problem.field === 'marker'));
if (problems.length > 0) {
  console.log(`\nTo fix in ${target} before publishing (${problems.length}):`);
  for (const problem of problems.slice(0, 20)) console.log(`  ${formatProblem(problem)}`);
  if (problems.length > 20) console.log(`  … and ${problems.length - 20} more: run npm run check for all of them.`);
}
console.log('\nNext: compare the rows with the filing’s table (same rows, same order, same markers), then run npm run check.');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** True for the header-and-comments file `npm run new-report` creates: nothing to lose. */
function isScaffold(text: string): boolean {
  return text.split('\n').slice(1).every((line) => line.trim() === '' || line.trimStart().startsWith('#'));
}

/** The cells of the smelter sheet as displayed text: the "Smelter List" sheet of a workbook, or its first sheet; or a CSV file. */
async function readSheet(path: string): Promise<{ rows: string[][]; conversions: string[]; sheetName?: string }> {
  if (extname(path).toLowerCase() === '.csv') return readDelimitedText(readFileSync(path));
  if (extname(path).toLowerCase() !== '.xlsx') fail(`"${path}" is neither an Excel workbook (.xlsx) nor a CSV file. In Excel, File → Save As → Excel Workbook (.xlsx) converts older .xls files.`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === 'smelter list') ?? workbook.worksheets[0];
  if (!sheet) fail(`${path} has no sheets.`);
  const rows: string[][] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).text ?? ''));
  }
  return { rows, conversions: [], sheetName: sheet.name };
}
