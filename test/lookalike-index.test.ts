import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../scripts/bench/random.ts';
import { LookalikeIndex } from '../src/lib/domain/lookalike-index.ts';
import { parseSmelterCsv } from '../src/lib/content/smelter-csv.ts';
import { namesResemble, normalizeName } from '../src/lib/domain/smelter-names.ts';
import { parseRegistry } from '../src/lib/domain/smelter-registry.ts';

const root = join(import.meta.dirname, '..');
const registry = parseRegistry(readFileSync(join(root, 'content/smelters/registry.yaml'), 'utf8')).entries;
const printedRows = ['2013', '2014'].flatMap((year) => parseSmelterCsv(readFileSync(join(root, `content/reports/${year}/smelters.csv`), 'utf8'), year).rows);

/** What the index replaces: every name compared in order, the first resembling one wins. */
const bruteForce = (names: readonly (readonly [string, string])[], key: string) => names.find(([name]) => namesResemble(name, key))?.[1];

/** Names a filing might print for `name`: slips of letters, words dropped or added, unrelated short names. */
function variantsOf(name: string, random: Random): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  const edit = (text: string) => {
    const at = random.below(text.length + 1);
    const kind = random.below(3);
    if (kind === 0) return text.slice(0, at) + random.pick([...letters]) + text.slice(at);
    if (kind === 1) return text.slice(0, at) + text.slice(at + 1);
    return text.slice(0, at) + random.pick([...letters]) + text.slice(at + 1);
  };
  const words = name.split(' ');
  const edits = (count: number) => Array.from({ length: count }).reduce<string>((text) => edit(text), name);
  return [
    edits(1),
    edits(2),
    edits(1 + random.below(Math.max(1, Math.floor(name.length / 4)))),
    words.slice(0, -1).join(' '),
    words.slice(1).join(' '),
    `${name} ${random.pick(['co ltd', 'gmbh', 'refinery', 'mining and smelting'])}`,
    words.filter(() => random.chance(0.6)).join(' '),
    Array.from({ length: 1 + random.below(4) }, () => random.pick([...letters])).join(''),
  ];
}

function indexedNames(metal: string): [string, string][] {
  const names = new Map<string, string>();
  for (const entry of registry.filter((item) => item.metal === metal)) {
    for (const name of [entry.name, ...entry.aliases]) names.set(normalizeName(name), entry.id);
  }
  return [...names];
}

describe('LookalikeIndex', () => {
  const metals = ['Gold', 'Tantalum', 'Tin', 'Tungsten'];

  it.each(metals)('gives the brute-force answer for every printed name and variants against the real %s registry', { timeout: 60_000 }, (metal) => {
    const names = indexedNames(metal);
    const index = new LookalikeIndex(names);
    const random = seededRandom(metals.indexOf(metal) + 1);
    const printed = printedRows.filter((row) => row.metal === metal).map((row) => row.facility);
    const queries = [...printed, ...names.map(([name]) => name)].map(normalizeName).flatMap((name) => [name, ...variantsOf(name, random)]);
    const differences = queries.filter((key) => index.firstResembling(key) !== bruteForce(names, key));
    expect(differences).toEqual([]);
    // The comparison is meaningful only if many queries do resemble something and many do not.
    const found = queries.filter((key) => bruteForce(names, key) !== undefined).length;
    expect(found).toBeGreaterThan(queries.length / 3);
    expect(found).toBeLessThan(queries.length);
  });

  it('gives the brute-force answer on a synthetic registry of thousands of names', { timeout: 120_000 }, () => {
    const random = seededRandom(42);
    const base = indexedNames('Gold').map(([name]) => name);
    const names = new Map<string, string>();
    for (let i = 0; names.size < 2000; i++) {
      const [variant] = variantsOf(random.pick(base), random).filter((text) => text.length > 3).slice(random.below(3));
      if (variant) names.set(normalizeName(`${variant} ${random.chance(0.3) ? random.pick(base).split(' ')[0] : ''}`), `synthetic-${i}`);
    }
    const list = [...names];
    const index = new LookalikeIndex(list);
    const queries = list.slice(0, 80).flatMap(([name]) => variantsOf(name, random));
    expect(queries.filter((key) => index.firstResembling(key) !== bruteForce(list, key))).toEqual([]);
  });

  it.each([
    ['an empty name', ''],
    ['a one-letter name', 'a'],
    ['a repeated word', 'mint mint'],
  ])('handles %s like the brute force', (_label, key) => {
    const names: [string, string][] = [['a', 'one'], ['ab', 'two'], ['mint', 'three'], ['perth mint', 'four'], ['mint mint co', 'five']];
    expect(new LookalikeIndex(names).firstResembling(key)).toBe(bruteForce(names, key));
  });
});
