import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSmelterCsv } from '../src/lib/content/smelter-csv.ts';
import { importSmelterRows, readDelimitedText } from '../src/lib/content/smelter-import.ts';
import { runImportSmelters } from '../scripts/import-smelters/run.ts';

const header = 'metal,facility,marker,smelter_id,country,note';

/** Runs `npm run import-smelters -- …args`'s work in a fresh project folder (or the one given), in this process. */
async function importSmelters(args: string[], folder = mkdtempSync(join(tmpdir(), 'import-'))) {
  const result = await runImportSmelters(args, folder);
  const target = join(folder, 'content/reports/2015/smelters.csv');
  return { ...result, folder, csv: existsSync(target) ? readFileSync(target, 'utf8') : undefined };
}

/** A workbook laid out like the RMI Conflict Minerals Reporting Template: a Declaration sheet, then "Smelter List" with its header on row 4. */
async function cmrtWorkbook(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Declaration').getCell('B2').value = 'Company name (*):';
  const sheet = workbook.addWorksheet('Smelter List');
  sheet.getCell('A1').value = 'Smelter List';
  sheet.getRow(4).values = ['Smelter Identification Number Input Column', 'Metal (*)', 'Smelter Look-up (*)', 'Smelter Name (1)', 'Smelter Country (*)', 'Smelter Identification', 'Source of Smelter Identification Number'];
  sheet.getRow(5).values = ['', 'Gold', 'Asahi Pretec Corp.', { formula: 'C5', result: 'Asahi Pretec Corp.' }, 'JAPAN', 'CID000082', 'RMI'];
  sheet.getRow(6).values = ['', 'Cobalt', 'Example Cobalt Co.', 'Example Cobalt Co.', 'CHINA', 'CID009999', 'RMI'];
  sheet.getRow(8).values = ['', 'Tin', 'Smelter not listed', { richText: [{ text: 'Metallo ' }, { text: 'Belgium N.V.' }] }, 'BELGIUM', 'Unknown', ''];
  sheet.getRow(9).values = ['', 'Tin', 'Smelter not yet identified', 'Unknown', '', '', ''];
  sheet.getRow(10).values = ['', 'Gold', 'Asahi Pretec Corp.', 'Asahi Pretec Corp.', 'JAPAN', 'CID000082', 'RMI'];
  sheet.getRow(11).values = ['', '', '', 'Nameless Metal Refinery', '', '', ''];
  const path = join(folder, 'CMRT.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('npm run import-smelters', () => {
  it('reads the template’s Smelter List sheet and says what it kept, left out and why', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-'));
    const result = await importSmelters([await cmrtWorkbook(folder), '2015'], folder);
    expect(result.status).toBe(0);
    expect(result.csv).toBe(`${header}\nGold,Asahi Pretec Corp.,,CID000082,JAPAN,\nTin,Metallo Belgium N.V.,,,BELGIUM,\n`);
    expect(result.stdout).toContain(`Wrote content/reports/2015/smelters.csv: 2 rows from ${folder}/CMRT.xlsx, sheet "Smelter List".`);
    expect(result.stdout).toContain('Skipped 1 empty row.');
    for (const line of [
      'row 6: "Cobalt" is not one of the conflict minerals (Gold, Tantalum, Tin, Tungsten)',
      'row 9: no smelter name (the sheet says "Smelter not yet identified")',
      'row 10: repeats row 5',
      'row 11: no metal',
      'the sheet has no Marker column, so the marker column is left empty',
      'row 8: "Unknown" is not an RMI smelter id (CID and six digits), so smelter_id is left empty',
    ]) expect(result.stdout).toContain(line);
  });

  it('reads a plain sheet with Metal / Smelter Name / Smelter ID / Country / Marker columns into a CSV the check accepts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRows([['Metal', 'Smelter Name', 'Smelter ID', 'Country', 'Marker'], ['tantalum', 'Ulba Metallurgical Plant JSC', 'cid001969', 'Kazakhstan', '*'], ['Tungsten', 'Wolfram Bergbau, und Hütten AG', '', 'Austria', 'no']]);
    await workbook.xlsx.writeFile(join(folder, 'list.xlsx'));
    const result = await importSmelters(['list.xlsx', '2015'], folder);
    expect(result.csv).toBe(`${header}\nTantalum,Ulba Metallurgical Plant JSC,yes,CID001969,Kazakhstan,\nTungsten,"Wolfram Bergbau, und Hütten AG",no,,Austria,\n`);
    expect(parseSmelterCsv(result.csv ?? '', 'smelters.csv').problems).toEqual([]);
    expect(result.stdout).not.toContain('To fix');
  });

  it('converts a CSV saved as Windows-1252 with semicolons, and says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(folder, 'list.csv'), Buffer.from('Metal;Smelter Name;Country;Marker\r\nGold;AngloGold Ashanti Minera\xe7\xe3o Ltda;Brazil;no\r\n', 'latin1'));
    const result = await importSmelters(['list.csv', '2015'], folder);
    expect(result.csv).toBe(`${header}\nGold,AngloGold Ashanti Mineração Ltda,no,,Brazil,\n`);
    expect(result.stdout).toContain('(read as Windows-1252 (it was not UTF-8), separated by semicolons)');
  });

  it('refuses to replace a filled-in CSV unless --force, but fills the empty one new-report made', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-'));
    const workbook = await cmrtWorkbook(folder);
    mkdirSync(join(folder, 'content/reports/2015'), { recursive: true });
    writeFileSync(join(folder, 'content/reports/2015/smelters.csv'), `${header}\n# One row per row of the filing's table\n`);
    expect((await importSmelters([workbook, '2015'], folder)).status).toBe(0);
    writeFileSync(join(folder, 'content/reports/2015/smelters.csv'), `${header}\nGold,Kept Refinery,yes,,,\n`);
    const refused = await importSmelters([workbook, '2015'], folder);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('content/reports/2015/smelters.csv already has rows; nothing was changed. To replace it, run the command again with --force');
    expect(refused.csv).toBe(`${header}\nGold,Kept Refinery,yes,,,\n`);
    expect((await importSmelters([workbook, '2015', '--force'], folder)).csv).toContain('Asahi Pretec Corp.');
  });

  it.each([
    [['only-one-argument.xlsx'], 'Usage: npm run import-smelters -- <file.xlsx|file.csv> <year>'],
    [['missing.xlsx', '2015'], 'There is no file "missing.xlsx".'],
  ])('explains a wrong command line %j', async (args, message) => {
    const result = await importSmelters(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });
});

// The command itself, once: it prints what runImportSmelters returns and exits with its status.
describe('node scripts/import-smelters.ts', { timeout: 30_000 }, () => {
  it('prints the outcome and exits 0, or 1 with the reason on stderr', () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(folder, 'list.csv'), 'Metal,Smelter Name\nGold,Perth Mint\n');
    const script = join(import.meta.dirname, '..', 'scripts', 'import-smelters.ts');
    const done = spawnSync(process.execPath, [script, 'list.csv', '2015'], { cwd: folder, encoding: 'utf8' });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Wrote content/reports/2015/smelters.csv: 1 row from list.csv');
    expect(readFileSync(join(folder, 'content/reports/2015/smelters.csv'), 'utf8')).toContain('Gold,Perth Mint');
    const refused = spawnSync(process.execPath, [script, 'list.csv'], { cwd: folder, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Usage: npm run import-smelters');
  });
});

describe('importSmelterRows', () => {
  it('refuses a sheet without a recognisable header', () => {
    expect(importSmelterRows([['Name', 'Address'], ['A', 'B']])).toEqual({ error: expect.stringContaining('no row in the first 30 looks like a header with a "Metal" column') });
  });

  it('finds the header below title rows and numbers rows as the sheet does', () => {
    const result = importSmelterRows([['Our smelters'], [], ['Metal', 'Facility', 'Marker'], ['Silver', 'A', 'no'], ['Gold', '', 'no']]);
    expect(result).toMatchObject({ kept: 0, dropped: [{ row: 4, reason: '"Silver" is not one of the conflict minerals (Gold, Tantalum, Tin, Tungsten)' }, { row: 5, reason: 'no smelter name' }] });
  });
});

describe('readDelimitedText', () => {
  it('reads UTF-16 (Excel’s “Unicode Text”, tab-separated)', () => {
    const { rows, conversions } = readDelimitedText(Buffer.from('\ufeffMetal\tSmelter Name\nGold\tMinera\u00e7\u00e3o\n', 'utf16le'));
    expect(rows.slice(0, 2)).toEqual([['Metal', 'Smelter Name'], ['Gold', 'Mineração']]);
    expect(conversions).toEqual(['read as UTF-16 (“Unicode Text”)', 'separated by tabs']);
  });
});
