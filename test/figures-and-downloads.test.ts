import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computeTableFigures, formatShare, repeatedFacilities } from '../src/lib/domain/report-figures.ts';
import { toCsv } from '../src/lib/presentation/downloads.ts';

describe('computeTableFigures', () => {
  it('counts facilities and marked rows per metal, with shares', () => {
    const figures = computeTableFigures([
      { metal: 'Gold', marker: true },
      { metal: 'Gold', marker: false },
      { metal: 'Gold', marker: true },
      { metal: 'Tin', marker: false },
    ]);
    expect(figures.byMetal.Gold).toEqual({ facilities: 3, marked: 2, markedShare: 2 / 3 });
    expect(figures.byMetal.Tin).toEqual({ facilities: 1, marked: 0, markedShare: 0 });
    expect(figures.byMetal.Tungsten).toEqual({ facilities: 0, marked: 0, markedShare: null });
    expect(figures.total).toEqual({ facilities: 4, marked: 2, markedShare: 0.5 });
  });

  it.each([
    [2 / 3, '67%'],
    [0, '0%'],
    [null, '—'],
  ])('formats share %s as %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

describe('toCsv', () => {
  it.each(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tTab'])('neutralises the formula-like cell %j', (cell) => {
    const csv = toCsv(['facility'], [{ facility: cell }]);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[1]?.[0]).toBe(`'${cell}`);
  });

  it('round-trips commas, quotes and line breaks', () => {
    const rows = [{ facility: 'Met-Mex Peñoles, S.A.', note: 'Printed "Alfa"\nin the source' }];
    const parsed = Papa.parse<Record<string, string>>(toCsv(['facility', 'note'], rows), { header: true, skipEmptyLines: true }).data;
    expect(parsed).toEqual(rows);
  });
});

describe('repeatedFacilities', () => {
  it('finds facilities printed on more than one row, with each printing and its row number', () => {
    const rows = [
      { facilityId: 'tin-pt-timah', facility: 'PT Timah (Persero) Tbk' },
      { facilityId: 'tin-alpha', facility: 'Alpha' },
      { facilityId: 'tin-pt-timah', facility: 'PT Timah (Persero), Tbk' },
    ];
    expect(repeatedFacilities(rows)).toEqual([{ facilityId: 'tin-pt-timah', printed: ['PT Timah (Persero) Tbk', 'PT Timah (Persero), Tbk'], rows: [1, 3] }]);
    expect(repeatedFacilities(rows.slice(0, 2))).toEqual([]);
  });
});
