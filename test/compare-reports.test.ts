import { describe, expect, it } from 'vitest';
import type { MetalComparison } from '../src/lib/domain/compare-facilities.ts';
import { comparisonJson } from '../src/lib/domain/compare-json.ts';
import { compareMarkers, compareReports, definitionWithoutDates, formatChange, isConsecutivePair, yearPairs, type MarkerDefinition } from '../src/lib/domain/compare-reports.ts';
import { formatShare } from '../src/lib/domain/report-figures.ts';
import { registry, row, snapshot } from './fixtures/compare/reports.ts';

const from = snapshot(2020, [
  row('Gold', 'Perth Mint', false, 'gold-perth-mint'),
  row('Gold', 'Aida Chemical Industries Co. Ltd.', true, 'gold-aida'),
  row('Gold', 'Old Gold Refinery', false, 'gold-old-gold-refinery'),
  row('Gold', 'Alpha', false, 'gold-alpha-one'),
  row('Tantalum', 'Plansee', true, 'tantalum-plansee'),
  row('Tin', 'PT Timah', false, 'tin-pt-timah'),
], {
  countriesOfOrigin: ['Russian Federation', 'Chile'],
  suppliers: { count: { value: 60, qualifier: 'over', quote: 'over 60' }, responseRate: { value: 75, qualifier: 'approximately', quote: 'about 75%' } },
});
const to = snapshot(2021, [
  row('Gold', 'Western Australian Mint trading as The Perth Mint', true, 'gold-perth-mint'),
  row('Gold', 'AIDA Chemical Industries Co., Ltd', true, 'gold-aida'),
  row('Gold', 'New Gold Co', true, 'gold-new-gold-co'),
  row('Gold', 'Alpha', false, 'gold-alpha-two'),
  row('Tantalum', 'Plansee SE Liezen', true, 'tantalum-plansee-liezen'),
  row('Tantalum', 'Plansee SE Reutte', false, 'tantalum-plansee-reutte'),
  row('Tin', 'PT Timah (Persero) Tbk', false, 'tin-pt-timah'),
  row('Tin', 'PT Timah (Persero), Tbk', true, 'tin-pt-timah'),
], {
  countriesOfOrigin: ['Russia', 'Chile', 'Peru'],
  suppliers: { responseRate: { value: 80, qualifier: 'exactly', quote: '80%' } },
  cfsi: { status: 'member', quote: 'We are a member.' },
});
const comparison = compareReports(from, to, registry, [{ name: 'Russia', aliases: ['Russian Federation'] }]);
const metal = (name: string) => comparison.metals.find((item) => item.metal === name) as MetalComparison;
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('compareReports: facilities, by registry id', () => {
  it.each([
    ['Gold', 'added', ['gold-alpha-two', 'gold-new-gold-co']],
    ['Gold', 'removed', ['gold-alpha-one', 'gold-old-gold-refinery']],
    ['Gold', 'renamed', ['gold-perth-mint']],
    ['Gold', 'respelled', ['gold-aida']],
    ['Gold', 'markerChanged', ['gold-perth-mint']],
    ['Tantalum', 'added', []],
    ['Tantalum', 'removed', []],
    ['Tantalum', 'renamed', []],
    ['Tin', 'added', []],
    ['Tin', 'removed', []],
    ['Tin', 'renamed', ['tin-pt-timah']],
    ['Tin', 'markerChanged', ['tin-pt-timah']],
    ['Tungsten', 'added', []],
    ['Tungsten', 'removed', []],
  ] as const)('%s %s: %j', (name, list, expected) => {
    expect(ids(metal(name)[list])).toEqual(expected);
  });

  it('shows a rename with the old and new printed names, not as removed + added', () => {
    expect(metal('Gold').renamed).toEqual([{ id: 'gold-perth-mint', name: 'Western Australian Mint trading as The Perth Mint', printedFrom: ['Perth Mint'], printedTo: ['Western Australian Mint trading as The Perth Mint'] }]);
  });

  it('matches by id, never by printed name: the same name under two ids is one removed and one added', () => {
    expect(metal('Gold').added.map((facility) => facility.printed)).toContainEqual(['Alpha']);
    expect(metal('Gold').removed.map((facility) => facility.printed)).toContainEqual(['Alpha']);
  });

  it('shows a group listed site by site as a split, with its sites', () => {
    expect(metal('Tantalum').split.map((entry) => [entry.group.id, ids(entry.sites)])).toEqual([['tantalum-plansee', ['tantalum-plansee-liezen', 'tantalum-plansee-reutte']]]);
    expect(metal('Tantalum').split[0]?.sites.map((site) => site.marked)).toEqual([true, false]);
  });

  it('without the registry’s succeeds link the same tables read as removed + added', () => {
    const bare = compareReports(from, to, []).metals.find((item) => item.metal === 'Tantalum');
    expect(bare?.split).toEqual([]);
    expect(ids(bare?.removed ?? [])).toEqual(['tantalum-plansee']);
    expect(ids(bare?.added ?? [])).toEqual(['tantalum-plansee-liezen', 'tantalum-plansee-reutte']);
  });

  it('follows succeeds through a year in between (group → site → renamed site)', () => {
    const chain = [...registry, { id: 'tantalum-liezen-new', name: 'Liezen New', metal: 'Tantalum' as const, succeeds: ['tantalum-plansee-liezen'] }];
    const later = snapshot(2022, [row('Tantalum', 'Liezen New', true, 'tantalum-liezen-new')]);
    const result = compareReports(from, later, chain).metals.find((item) => item.metal === 'Tantalum');
    expect(result?.split.map((entry) => [entry.group.id, ids(entry.sites)])).toEqual([['tantalum-plansee', ['tantalum-liezen-new']]]);
    expect(result?.added).toEqual([]);
  });

  it('counts a facility printed twice in one year once, marked when any of its rows is', () => {
    expect(comparison.figures.byMetal.Tin.to).toEqual({ facilities: 1, marked: 1, markedShare: 1 });
    expect(comparison.figures.rows).toEqual({ from: 6, to: 8 });
    expect(metal('Tin').printedTwice.map((entry) => [entry.year, entry.facility.rows, entry.facility.printed])).toEqual([[2021, 2, ['PT Timah (Persero) Tbk', 'PT Timah (Persero), Tbk']]]);
    expect(metal('Tin').markerChanged).toEqual([{ id: 'tin-pt-timah', name: 'PT Timah (Persero), Tbk', printed: ['PT Timah (Persero) Tbk', 'PT Timah (Persero), Tbk'], markedFrom: false, markedTo: true }]);
  });
});

describe('compareReports: figures', () => {
  it('gives a metal no year lists 0 facilities and no share ("—"), not 0%', () => {
    const tungsten = comparison.figures.byMetal.Tungsten;
    expect(tungsten.from).toEqual({ facilities: 0, marked: 0, markedShare: null });
    expect(tungsten.shareChangePoints).toBeNull();
    expect(formatShare(tungsten.to.markedShare)).toBe('—');
  });

  it('gives share changes in percentage points', () => {
    // Gold: 1 of 4 marked (25%) → 3 of 4 (75%).
    expect(comparison.figures.byMetal.Gold.shareChangePoints).toBeCloseTo(50);
    expect(comparison.figures.total.facilitiesChange).toBe(7 - 6);
  });

  it.each([
    ['suppliersCount', { from: 60, to: null, change: null }],
    ['responseRate', { from: 75, to: 80, change: 5 }],
  ] as const)('compares %s only where both years state it', (field, expected) => {
    const pair = comparison.figures[field];
    expect({ from: pair.from?.value ?? null, to: pair.to?.value ?? null, change: pair.change }).toEqual(expected);
  });

  it('reports conclusion, CFSI status and the countries count', () => {
    expect(comparison.figures.conclusion.changed).toBe(false);
    expect(comparison.figures.cfsi).toEqual({ from: 'not-stated', to: 'member', changed: true });
    expect(comparison.figures.countries).toEqual({ from: 2, to: 3, change: 1 });
  });

  it('matches country spellings through the countries list', () => {
    expect(comparison.countries.added.map((country) => country.name)).toEqual(['Peru']);
    expect(comparison.countries.removed).toEqual([]);
    expect(comparison.countries.respelled).toEqual([{ name: 'Russia', printedFrom: ['Russian Federation'], printedTo: ['Russia'] }]);
  });

  it('compares the text only when both bodies are given', () => {
    expect(comparison.sections).toEqual([]);
    const withText = compareReports({ ...from, body: '## Results\n\nOld words.\n' }, { ...to, body: '## Results\n\nNew words.\n' }, registry);
    expect(withText.sections.map((section) => [section.key, section.diff.wordsAdded, section.diff.wordsRemoved])).toEqual([['results', 1, 1]]);
  });
});

describe('the marker’s meaning', () => {
  const base: MarkerDefinition = { year: 2020, style: 'asterisk', asOf: new Date(Date.UTC(2021, 4, 20)), quote: 'Facilities marked (*) are “conflict free” as of May 20, 2021.' };
  it.each([
    ['only the as-of date differs', { asOf: new Date(Date.UTC(2022, 4, 20)), quote: 'Facilities marked (*) are “conflict free” as of May 20, 2022.' }, []],
    ['only the quotation marks differ', { quote: 'Facilities marked (*) are "conflict free" as of May 20, 2021.' }, []],
    ['the date is written another way', { quote: 'Facilities marked (*) are “conflict free” as of 20 May 2022.' }, []],
    ['the style differs', { style: 'italics' as const }, ['style']],
    ['the wording differs', { quote: 'Facilities marked (*) are “conflict free” or “active” as of May 20, 2021.' }, ['definition']],
    ['both differ', { style: 'italics' as const, quote: 'Italicised facilities are “conflict free” as of May 21, 2014.' }, ['style', 'definition']],
  ])('%s → %j', (_label, change, expected) => {
    expect(compareMarkers(base, { ...base, year: 2021, ...change }).differences).toEqual(expected);
  });

  it('ignores dates in the definition text', () => {
    expect(definitionWithoutDates('as of May 21, 2014.')).toBe(definitionWithoutDates('as of 2015-05-20'));
  });
});

describe('pairs and formatting', () => {
  it('makes every pair of years, earlier first', () => {
    expect(yearPairs([2015, 2013, 2014])).toEqual([[2013, 2014], [2013, 2015], [2014, 2015]]);
    expect(yearPairs([2013])).toEqual([]);
  });

  it.each([
    [[2013, 2014, 2015], 2013, 2014, true],
    [[2013, 2014, 2015], 2013, 2015, false],
    [[2013, 2015], 2013, 2015, true],
    [[2015, 2013, 2014], 2014, 2015, true],
    [[2013, 2014], 2014, 2013, false],
  ])('years %j: %i and %i consecutive is %s', (years, from, to, expected) => {
    expect(isConsecutivePair(years, from, to)).toBe(expected);
  });


  it.each([
    [3, '', '+3'],
    [-2, '', '−2'],
    [0, '', '±0'],
    [24.137, ' pp', '+24.1 pp'],
    [null, '', '—'],
  ] as const)('formats the change %s%s as %s', (change, unit, text) => {
    expect(formatChange(change, unit)).toBe(text);
  });
});

describe('comparisonJson', () => {
  const json = comparisonJson(comparison, { page: '/compare/2020-2021/', reports: ['/reports/2020/', '/reports/2021/'] });
  it('carries both marker definitions with the lists', () => {
    expect(json.markerDefinitions.from.asOf).toBe('2021-05-20');
    expect(json.markerDefinitions.meaningDiffers).toBe(false);
  });
  it('lists per metal added, removed, renamed, marker-changed and split facilities with ids and names', () => {
    const tantalum = json.metals.Tantalum;
    expect(tantalum?.listedSiteBySite[0]?.group).toEqual({ id: 'tantalum-plansee', name: 'Plansee', printed: ['Plansee'], marked: true });
    expect(json.metals.Gold?.renamed[0]?.printedFrom).toEqual(['Perth Mint']);
    expect(json.metals.Gold?.added.map((facility) => facility.id)).toEqual(['gold-alpha-two', 'gold-new-gold-co']);
    expect(json.figures.byMetal.Tungsten?.from.markedShare).toBeNull();
  });
  it('is plain JSON (dates as strings)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
