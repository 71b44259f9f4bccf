import { describe, expect, it } from 'vitest';
import { buildFacilities } from '../src/lib/domain/facilities.ts';
import type { SmelterTable } from '../src/lib/content/load-content.ts';
import { paths, url } from '../src/lib/presentation/url.ts';

const row = (facility: string, facilityId: string, marker: boolean, line: number, note?: string) => ({
  metal: 'Tantalum' as const, facility, facilityId, marker, line, isNewFacility: false, smelter_id: undefined, country: undefined, note,
});
const tables: SmelterTable[] = [
  { year: 2014, file: 'b.csv', rows: [row('KEMET Blue Powder', 'kemet', true, 2), row('Plansee SE Liezen', 'plansee-liezen', true, 3, 'Repaired')] },
  { year: 2013, file: 'a.csv', rows: [row('Kamet Blue Powder', 'kemet', false, 2), row('Plansee', 'plansee', true, 3)] },
];
const registry = [
  { id: 'kemet', name: 'KEMET Blue Powder', metal: 'Tantalum' as const, aliases: ['Kamet Blue Powder'], succeeds: [], notSameAs: [] },
  { id: 'plansee', name: 'Plansee', metal: 'Tantalum' as const, aliases: [], succeeds: [], notSameAs: [] },
  { id: 'plansee-liezen', name: 'Plansee SE Liezen', metal: 'Tantalum' as const, aliases: [], succeeds: ['plansee'], notSameAs: [] },
  { id: 'never-listed', name: 'Never Listed', metal: 'Gold' as const, aliases: [], succeeds: [], notSameAs: [] },
];

describe('buildFacilities', () => {
  const facilities = buildFacilities(tables, registry);
  const byId = new Map(facilities.map((facility) => [facility.id, facility]));

  it('gives each facility its appearances, oldest year first, with names as printed', () => {
    expect(byId.get('kemet')?.appearances).toEqual([
      { year: 2013, printedName: 'Kamet Blue Powder', marker: false },
      { year: 2014, printedName: 'KEMET Blue Powder', marker: true },
    ]);
  });

  it('links an earlier facility to the later ones that continue it', () => {
    expect(byId.get('plansee')?.succeededBy).toEqual(['plansee-liezen']);
    expect(byId.get('plansee-liezen')?.appearances[0]?.note).toBe('Repaired');
  });

  it('leaves out registered facilities no table lists, and keeps unregistered names', () => {
    expect(byId.has('never-listed')).toBe(false);
    const withNew = buildFacilities([{ year: 2015, file: 'c.csv', rows: [row('New Works', 'tantalum-new-works', false, 2)] }], registry);
    expect(withNew).toEqual([expect.objectContaining({ id: 'tantalum-new-works', registered: false, name: 'New Works' })]);
  });
});

describe('url', () => {
  it.each([
    ['/reports/2014/', '/reports/2014/'],
    ['https://example.org/x', 'https://example.org/x'],
    ['//cdn.example.org/x', '//cdn.example.org/x'],
    ['#clause', '#clause'],
  ])('leaves %s as %s at the root base', (path, expected) => {
    expect(url(path)).toBe(expected);
  });

  it('builds every kind of page path in one place', () => {
    expect(paths.comparison(2013, 2014)).toBe('/compare/2013-2014/');
    expect(paths.reportDownload(2014, 'json')).toBe('/reports/2014/smelters-2014.json');
    expect(paths.facility('gold-x')).toBe('/smelters/gold-x/');
  });
});
