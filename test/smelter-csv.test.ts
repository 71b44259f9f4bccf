import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { parseSmelterCsv } from '../src/lib/content/smelter-csv.ts';

const header = 'metal,facility,marker\n';
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'csv', name), 'utf8');

describe('parseSmelterCsv', () => {
  it('reads a spreadsheet export (BOM, CRLF, quotes, trailing blank lines) exactly like a plain file', () => {
    const excel = parseSmelterCsv(fixture('excel-export.csv'), 'a.csv');
    const plain = parseSmelterCsv(fixture('plain.csv'), 'a.csv');
    expect(excel.problems).toEqual([]);
    expect(excel.rows).toEqual(plain.rows);
    expect(excel.rows.map((row) => row.facility)).toEqual(['Met-Mex Peñoles, S.A.', 'Alpha']);
    expect(excel.rows[1]?.note).toBe('Printed "Alfa" in the source');
  });

  it.each([
    ['metal in any case', 'tin,Alpha,yes\n', { metal: 'Tin', marker: true }],
    ['marker in any case, padded', 'Gold,Beta, NO \n', { metal: 'Gold', marker: false }],
  ])('accepts %s', (_label, rowText, expected) => {
    const { rows, problems } = parseSmelterCsv(header + rowText, 'a.csv');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject(expected);
  });

  it('treats empty optional cells as absent', () => {
    const { rows } = parseSmelterCsv('metal,facility,marker,smelter_id,country,note\nGold,Beta,no,,,\n', 'a.csv');
    expect([rows[0]?.smelter_id, rows[0]?.country, rows[0]?.note]).toEqual([undefined, undefined, undefined]);
  });

  it('skips # comment lines and blank lines but keeps line numbers true', () => {
    const { rows } = parseSmelterCsv(`${header}# example: Gold,"Name, Inc.",yes\n\nGold,Beta,no\n`, 'a.csv');
    expect(rows).toEqual([expect.objectContaining({ facility: 'Beta', line: 4 })]);
  });

  it.each([
    ['unknown metal', `${header}Silver,A,yes\n`, 'a.csv:2 — metal: "Silver" is not allowed here; use one of "Gold", "Tantalum", "Tin", "Tungsten"'],
    ['empty name', `${header}Gold, ,yes\n`, 'a.csv:2 — facility: the facility name is empty'],
    ['unclosed quote', `${header}Gold,A,yes\nGold,"B,no\nTin,C,no\n`, 'a.csv:3 — a double quote opened in this row is never closed'],
    ['wrong column count', `${header}Gold,A,yes,extra\n`, 'a.csv:2 — this row has 4 cells but the header has 3 columns'],
    ['unknown header', 'metal,facility,marker,colour\nGold,A,yes,red\n', 'a.csv:1 — colour: "colour" is not a column this table knows'],
    ['missing required column', 'metal,facility\nGold,A\n', 'a.csv:1 — marker: the required column "marker" is missing'],
    ['exact duplicate row', `${header}Gold,A,yes\nTin,B,no\nGold,A,yes\n`, 'a.csv:4 — this row repeats line 2 exactly'],
    ['marker not yes/no', `${header}Gold,A,*\n`, 'a.csv:2 — marker: "*" is not allowed here; use one of "yes", "no"'],
    ['malformed smelter id', 'metal,facility,marker,smelter_id\nGold,A,yes,12345\n', 'a.csv:2 — smelter_id: must be an RMI smelter id'],
    ['empty file', '', 'a.csv — the file is empty'],
    ['header only', header, 'a.csv:1 — the table has a header but no rows'],
  ])('rejects %s with file, line and cause, publishing no rows', (_label, text, message) => {
    const { rows, problems } = parseSmelterCsv(text, 'a.csv');
    expect(rows).toEqual([]);
    expect(problems.map(formatProblem).join('\n')).toContain(message);
  });

  it('reports every bad row at once, not just the first', () => {
    const { problems } = parseSmelterCsv(`${header}Silver,A,yes\nGold,,yes\nGold,C,maybe\n`, 'a.csv');
    expect(problems.map((problem) => problem.line)).toEqual([2, 3, 4]);
  });
});
