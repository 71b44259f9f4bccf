// The real smelter CSVs against the filings they transcribe (content/sources/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/content/load-content.ts';
import { metals } from '../src/schemas/smelter-row.ts';

const root = join(import.meta.dirname, '..');
const content = loadContent(root);
const source = (name: string) => readFileSync(join(root, 'content', 'sources', name), 'utf8');
const table = (year: number) => content.tables.find((item) => item.year === year)?.rows ?? [];

describe('the 2013 table', () => {
  // The 2013 copy is clean: one line per row, "<i>" marking the italicised (marked) facilities.
  const lines = source('001_b77adfc6e7e9b036.txt').split('\n').filter((line) => /^(Gold|Tantalum|Tin|Tungsten)\t/.test(line));
  const printed = lines.map((line) => {
    const [metal = '', cell = ''] = line.split('\t');
    return { metal, facility: cell.replace(/<\/?i>/g, '').trim(), marker: cell.includes('<i>') };
  });

  it.each(metals)('has exactly the filing’s %s rows, names and markers, in order', (metal) => {
    const csv = table(2013).filter((row) => row.metal === metal).map(({ metal: m, facility, marker }) => ({ metal: m, facility, marker }));
    expect(csv).toEqual(printed.filter((row) => row.metal === metal));
  });

  it('has 190 rows in all, as the filing', () => {
    expect(table(2013)).toHaveLength(printed.length);
  });
});

describe('the 2014 table (reconstructed from an OCR copy)', () => {
  const text = source('002_ee9d748d5bab20e1.txt');
  const tableText = text.slice(text.indexOf('Metal\tSmelter or Refiner Facility Name'), text.indexOf('VII. Due Diligence Improvement Efforts'));

  it('marks as many rows as the filing prints "(*)"', () => {
    expect(table(2014).filter((row) => row.marker)).toHaveLength(tableText.split('(*)').length - 1);
  });

  it('notes every row whose printed form it repaired: each facility is in the source as written, or has a note', () => {
    const unexplained = table(2014).filter((row) => !row.note && !tableText.includes(row.facility));
    expect(unexplained).toEqual([]);
  });
});
