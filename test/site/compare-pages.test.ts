import { describe, expect, it } from 'vitest';
import { yearPairs } from '../../src/lib/domain/compare-reports.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { namesResemble, normalizeName } from '../../src/lib/domain/smelter-names.ts';
import { exists, mainOf, page, projectRoot, textOf } from './built-site.ts';

const content = loadContent(projectRoot);
const pairs = yearPairs(content.reports.map((report) => report.data.year));

interface FacilityJson { id: string; name: string; printed: string[] }
interface PairJson { from: FacilityJson; to: FacilityJson; evidence?: string; reason?: string }
interface MetalJson { counts: Record<string, number>; likelyRenamed: PairJson[]; keptApart: PairJson[]; added: FacilityJson[]; removed: FacilityJson[]; renamed: { id: string; printedFrom: string[]; printedTo: string[] }[]; listedSiteBySite: { group: FacilityJson; sites: FacilityJson[] }[] }
const json = (from: number, to: number) => JSON.parse(page(`/compare/${from}-${to}.json`)) as { metals: Record<string, MetalJson>; countriesOfOrigin: { added: { name: string; printed: string[] }[]; removed: { name: string }[]; respelled: { name: string }[] }; markerDefinitions: { meaningDiffers: boolean } };

describe('comparison pages', () => {
  it.each(pairs)('the %i–%i answer card counts likely renames apart, as the JSON does', (from, to) => {
    const likely = Object.values(json(from, to).metals).reduce((sum, metal) => sum + (metal.counts.likelyRenamed ?? 0), 0);
    const card = textOf(mainOf(page(`/compare/${from}-${to}/`)));
    if (likely > 0) expect(card).toMatch(new RegExp(`${likely} more removals? (is a likely rename|are likely renames)\\s*, shown side by side and counted apart`));
    else expect(card).not.toMatch(/likely renames?\s*, shown side by side/);
  });

  it('has a page and a JSON file for every pair of report years, and the index links them all', () => {
    expect(pairs.length).toBeGreaterThan(0);
    const index = page('/compare/');
    for (const [from, to] of pairs) {
      expect(exists(`/compare/${from}-${to}/`)).toBe(true);
      expect(exists(`/compare/${from}-${to}.json`)).toBe(true);
      expect(index).toContain(`href="/compare/${from}-${to}/"`);
    }
  });

  it.each(pairs)('%s–%s is a Comparison for both years in search, and links its JSON', (from, to) => {
    const html = page(`/compare/${from}-${to}/`);
    expect(html).toMatch(/data-pagefind-filter="kind"[^>]*>Comparison</);
    expect(html).toContain(`data-pagefind-filter="year">${from}<`);
    expect(html).toContain(`data-pagefind-filter="year">${to}<`);
    expect(html).toContain(`href="/compare/${from}-${to}.json"`);
  });

  it.each(pairs)('%s–%s shows a removed and an added facility with look-alike names only as a likely rename or a pair kept apart with its reason', (from, to) => {
    for (const [metal, lists] of Object.entries(json(from, to).metals)) {
      const judged = new Set(lists.keptApart.filter((pair) => pair.reason).map((pair) => `${pair.from.id}|${pair.to.id}`));
      const unexplained = lists.removed.flatMap((old) =>
        lists.added
          .filter((added) => old.printed.some((a) => added.printed.some((b) => namesResemble(normalizeName(a), normalizeName(b)))))
          .filter((added) => !judged.has(`${old.id}|${added.id}`))
          .map((added) => `${old.name} → ${added.name}`),
      );
      expect(unexplained, metal).toEqual([]);
    }
  });

  it.each(pairs)('%s–%s counts likely renames apart: each is in neither added nor removed, and has its evidence', (from, to) => {
    for (const [metal, lists] of Object.entries(json(from, to).metals)) {
      expect(lists.counts, metal).toMatchObject({ added: lists.added.length, removed: lists.removed.length, likelyRenamed: lists.likelyRenamed.length, removedIncludingLikelyRenamed: lists.removed.length + lists.likelyRenamed.length });
      const listed = new Set([...lists.added, ...lists.removed].map((facility) => facility.id));
      for (const pair of lists.likelyRenamed) {
        expect([listed.has(pair.from.id), listed.has(pair.to.id)], pair.from.name).toEqual([false, false]);
        expect(pair.evidence, pair.from.name).toMatch(/likely/i);
      }
    }
  });

  it('2013–2014: the renames the issue names are shown as likely renames, side by side with their evidence', () => {
    const data = json(2013, 2014);
    const likely = Object.values(data.metals).flatMap((lists) => lists.likelyRenamed.map((pair) => [pair.from.printed[0], pair.to.printed[0]]));
    expect(likely).toEqual(expect.arrayContaining([
      ['Xstrata Canada Corporation', 'CCR Refinery - Glencore Canada Corporation'],
      ['Allied Material Corporation', 'A.L.M.T. Corp.'],
      ['Chaozhou Xianglu Tungsten Industry Co., Ltd.', 'Guangdong Xianglu Tungsten Co., Ltd.'],
      ['Cookson', 'Alpha'],
    ]));
    const text = textOf(mainOf(page('/compare/2013-2014/')));
    for (const metal of ['Gold', 'Tin', 'Tungsten']) {
      const count = data.metals[metal]?.likelyRenamed.length ?? 0;
      expect(text).toContain(`${count} more removal${count === 1 ? ' is' : 's are'} likely renamed (counted apart)`);
    }
    expect(text).toContain('2013: Cookson 2014: Alpha (marked in 2014) Why likely:');
  });

  it('2013–2014: the two 2014 “PT Timah” lines and PT Tambang Timah carry the registry’s recorded judgement', () => {
    const tin = json(2013, 2014).metals.Tin;
    expect(tin?.keptApart.find((pair) => pair.from.printed[0] === 'PT Tambang Timah')?.reason).toMatch(/separate lines/);
    const timah = textOf(mainOf(page('/smelters/tin-pt-timah-persero-tbk/')));
    expect(timah).toContain('two lines');
    expect(timah).toContain('Not taken to be the same facility as: PT Tambang Timah');
    expect(textOf(mainOf(page('/smelters/tin-alpha/')))).toContain('Likely the same facility as Cookson');
    expect(textOf(mainOf(page('/smelters/tin-cookson/')))).toContain('Likely listed in later filings as Alpha');
  });

  it('2013–2014: renames, splits and country spellings are shown as such', () => {
    const data = json(2013, 2014);
    expect(data.metals.Gold?.renamed.map((facility) => [facility.printedFrom, facility.printedTo])).toContainEqual([['Perth Mint'], ['Western Australian Mint trading as The Perth Mint']]);
    expect(data.metals.Tantalum?.listedSiteBySite.map((entry) => entry.group.printed[0])).toEqual(expect.arrayContaining(['Plansee', 'Global Advanced Metals']));
    const countries = data.countriesOfOrigin;
    expect([...countries.added, ...countries.removed].map((country) => country.name)).not.toEqual(expect.arrayContaining(['Russia']));
    expect(countries.respelled.map((country) => country.name)).toEqual(expect.arrayContaining(['Russia', 'South Korea']));
    expect(countries.added.find((country) => country.name === 'Colombia')?.printed).toEqual(['Columbia']);
    expect(data.markerDefinitions.meaningDiffers).toBe(true);
  });

  it('2013–2014: the notice on the marker’s meaning comes before the lists of marker changes', () => {
    const html = mainOf(page('/compare/2013-2014/'));
    const notice = html.indexOf('The marker means something different in 2013 and 2014');
    expect(notice).toBeGreaterThan(0);
    expect(notice).toBeLessThan(html.indexOf('Marker changed ('));
  });

  it('2013–2014: the word differences say "added:" and "removed:" to screen readers, apart from the word before', () => {
    const html = page('/compare/2013-2014/');
    expect(html).toMatch(/<ins[^>]*><span class="visually-hidden[^"]*"[^>]*> added: <\/span>/);
    expect(html).toMatch(/<del[^>]*><span class="visually-hidden[^"]*"[^>]*> removed: <\/span>/);
    expect(textOf(mainOf(html))).toContain('Due Diligence Improvement Efforts');
  });
});

describe('trends page', () => {
  const html = page('/trends/');
  it('draws every chart as an accessible SVG image, with a data table beside it', () => {
    const svgs = html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(4);
    for (const svg of svgs) expect(svg).toMatch(/aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(html.match(/<desc /g)?.length).toBe(svgs.length);
    expect(html.match(/<caption[ >]/g)?.length).toBe(4);
    expect(html).toContain('<th scope="row"');
  });

  it('has a bar label for every report year', () => {
    for (const report of content.reports) expect(html).toContain(`>${report.data.year}</text>`);
  });
});
