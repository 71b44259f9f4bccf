import { describe, expect, it } from 'vitest';
import type { MetalComparison } from '../src/lib/domain/compare-facilities.ts';
import { comparisonJson } from '../src/lib/domain/compare-json.ts';
import { compareReports } from '../src/lib/domain/compare-reports.ts';
import { renameRegistry, renamesFrom, renamesTo } from './fixtures/compare/renames.ts';

const comparison = compareReports(renamesFrom, renamesTo, renameRegistry);
const metal = (name: string) => comparison.metals.find((item) => item.metal === name) as MetalComparison;
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const pairs = (list: MetalComparison['likelyRenamed']) => list.map((pair) => [pair.from.id, pair.to.id, pair.reason]);

describe('likely renames (registry likelySameAs)', () => {
  it.each([
    ['Tin', [['tin-cookson', 'tin-alpha', 'Alpha belonged to Cookson.']]],
    ['Gold', [['gold-xstrata', 'gold-glencore', 'Second rename.']]],
    ['Tungsten', []],
  ] as const)('%s: pairs %j', (name, expected) => {
    expect(pairs(metal(name).likelyRenamed)).toEqual(expected);
  });

  it.each([
    ['Tin', 'added', []],
    ['Tin', 'removed', []],
    ['Gold', 'added', []],
    ['Gold', 'removed', ['gold-lone', 'gold-old-name']],
    ['Tungsten', 'added', ['tungsten-seadragon']],
    ['Tungsten', 'removed', ['tungsten-grand-sea']],
  ] as const)('%s %s leaves likely renames out: %j', (name, list, expected) => {
    expect(ids(metal(name)[list])).toEqual(expected);
  });

  it('draws no rename to a facility the earlier year already lists', () => {
    expect(ids(metal('Gold').removed)).toContain('gold-old-name');
    expect(metal('Gold').inBoth).toBe(1);
  });

  it('keeps look-alikes the registry keeps apart in added and removed, with the reason', () => {
    expect(pairs(metal('Tungsten').keptApart)).toEqual([['tungsten-grand-sea', 'tungsten-seadragon', 'The distinctive words differ.']]);
  });

  it('without the registry’s likelySameAs the same tables read as removed + added', () => {
    const bare = compareReports(renamesFrom, renamesTo, renameRegistry.map(({ likelySameAs: _link, evidence: _evidence, ...entry }) => entry));
    const tin = bare.metals.find((item) => item.metal === 'Tin');
    expect(tin?.likelyRenamed).toEqual([]);
    expect([ids(tin?.removed ?? []), ids(tin?.added ?? [])]).toEqual([['tin-cookson'], ['tin-alpha']]);
  });

  it('leaves the facility counts alone: a likely rename is still one facility each year', () => {
    expect(comparison.figures.byMetal.Tin).toMatchObject({ from: { facilities: 1 }, to: { facilities: 1 } });
  });
});

describe('comparisonJson: likely renames', () => {
  const json = comparisonJson(comparison, { page: '/compare/2020-2021/', reports: ['/reports/2020/', '/reports/2021/'] });
  it('names both facilities of a pair in one object, with the evidence', () => {
    expect(json.metals.Tin?.likelyRenamed).toEqual([
      { from: { id: 'tin-cookson', name: 'Cookson', printed: ['Cookson'], marked: false }, to: { id: 'tin-alpha', name: 'Alpha', printed: ['Alpha'], marked: true }, evidence: 'Alpha belonged to Cookson.' },
    ]);
    expect(json.metals.Tungsten?.keptApart[0]).toMatchObject({ from: { id: 'tungsten-grand-sea' }, to: { id: 'tungsten-seadragon' }, reason: 'The distinctive words differ.' });
  });

  it.each([
    ['Tin', { added: 0, removed: 0, likelyRenamed: 1, removedIncludingLikelyRenamed: 1, addedIncludingLikelyRenamed: 1 }],
    ['Gold', { added: 0, removed: 2, likelyRenamed: 1, removedIncludingLikelyRenamed: 3, addedIncludingLikelyRenamed: 1 }],
    ['Tungsten', { added: 1, removed: 1, likelyRenamed: 0, removedIncludingLikelyRenamed: 1, addedIncludingLikelyRenamed: 1 }],
  ] as const)('%s counts say how many removals are likely renames: %j', (name, expected) => {
    expect(json.metals[name]?.counts).toMatchObject(expected);
  });
});
