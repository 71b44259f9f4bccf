import { describe, expect, it } from 'vitest';
import { linkFirstUses, readGlossary, termMatchers } from '../../src/lib/domain/glossary.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { htmlFiles, mainOf, page, projectRoot, textOf } from './built-site.ts';

const content = loadContent(projectRoot);
const years = content.reports.map((report) => report.data.year).sort((a, b) => a - b);
const pairs = years.flatMap((from, index) => years.slice(index + 1).map((to) => [from, to] as const));
const pages = htmlFiles().map((file) => `/${file.replace(/index\.html$/, '')}`);

/** Facilities per year counted straight from the CSV rows: distinct registry ids, whatever the number of rows. */
const expected = new Map(content.tables.map((table) => [table.year, new Set(table.rows.map((row) => row.facilityId)).size]));

/** Every facility count a page marks up, as [year, count]. */
function countsOn(path: string): [number, number][] {
  return [...page(path).matchAll(/<data value="(\d+)" data-facilities-year="(\d+)">/g)].map((match) => [Number(match[2]), Number(match[1])]);
}

/** The "All metals" facility count per year in the trends page's table of facilities listed. */
function trendCounts(): [number, number][] {
  const html = page('/trends/');
  const table = /<table[^>]*>\s*<caption[^>]*>Facilities listed per metal, by year<\/caption>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>\s*<th[^>]*scope="row"[^>]*>(\d{4})<\/th>([\s\S]*?)<\/tr>/g)].map((row) => {
    const cells = [...(row[2] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1] ?? ''));
    return [Number(row[1]), Number(cells.at(-1))];
  });
}

describe('one facility count per year, everywhere', () => {
  it('differs from the row count where a table prints a facility twice (so this test can tell them apart)', () => {
    expect(content.tables.some((table) => table.rows.length !== expected.get(table.year))).toBe(true);
  });

  it('gives every page the same count for a year, the number of distinct facilities in its table', () => {
    const wrong = pages.flatMap((path) => countsOn(path).filter(([year, count]) => expected.get(year) !== count).map(([year, count]) => `${path}: ${year} → ${count}`));
    expect(wrong).toEqual([]);
  });

  it.each([
    ['the home page', '/', [years.at(-1)]],
    ['the reports list', '/reports/', years],
    ...years.map((year) => [`the ${year} report`, `/reports/${year}/`, [year]] as const),
    ...pairs.map(([from, to]) => [`the ${from}–${to} comparison`, `/compare/${from}-${to}/`, [from, to]] as const),
  ] as const)('shows the count on %s', (_, path, shownYears) => {
    const shown = new Set(countsOn(path).map(([year]) => year));
    expect(shownYears.filter((year) => year !== undefined && !shown.has(year))).toEqual([]);
  });

  it('gives the same counts in the trends table', () => {
    expect(trendCounts()).toEqual(years.map((year) => [year, expected.get(year)]));
  });

  it('explains rows against facilities above each report’s table', () => {
    for (const table of content.tables) {
      const note = textOf(/<p id="smelters-\d+-rows"[^>]*>([\s\S]*?)<\/p>/.exec(page(`/reports/${table.year}/`))?.[1] ?? '');
      expect(note).toContain(`${table.rows.length} row`);
      expect(note).toContain(`${expected.get(table.year)} facilit`);
    }
  });
});

describe('provenance', () => {
  it.each(years)('the %s report links its filing on sec.gov', (year) => {
    const links = [...mainOf(page(`/reports/${year}/`)).matchAll(/href="(https:\/\/www\.sec\.gov\/[^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    const filing = content.reports.find((report) => report.data.year === year)?.data.filing;
    for (const address of [filing?.formUrl, filing?.exhibitUrl].filter(Boolean)) expect(links).toContain(address);
  });

  it('says on the home page whose disclosures these are', () => {
    const text = textOf(mainOf(page('/')));
    for (const registrant of new Set(content.reports.map((report) => report.data.registrant))) expect(text).toContain(`${registrant}’s`);
  });

  it.each(content.policies.map((policy) => [policy.file, policy] as const))('%s says where it is published', (file, policy) => {
    const html = page(`/policies/${file.replace(/^.*\//, '').replace(/\.mdx$/, '')}/`);
    if (policy.data.source.url) expect(html).toContain(`href="${policy.data.source.url}"`);
    else expect(textOf(html)).toContain('The source gives no address where it is published online');
  });
});

describe('answer cards', () => {
  const cardPages = [...years.map((year) => `/reports/${year}/`), ...pairs.map(([from, to]) => `/compare/${from}-${to}/`)];

  it.each(cardPages)('%s opens with an answer card whose links all lead somewhere on the page', (path) => {
    const html = page(path);
    const card = /<section class="answer-card"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(card).not.toBe('');
    expect(html.indexOf('data-answer-card')).toBeLessThan(html.indexOf('<h2', html.indexOf('data-answer-card') + 200));
    const fragments = [...card.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(fragments.length).toBeGreaterThan(3);
    expect(fragments.filter((id) => !html.includes(`id="${id}"`))).toEqual([]);
  });
});

describe('glossary', () => {
  const glossary = page('/glossary/');
  const { terms } = readGlossary(projectRoot);

  it('has an entry for every term', () => {
    expect(terms.length).toBeGreaterThan(10);
    expect(terms.filter((term) => !glossary.includes(`id="${term.id}"`)).map((term) => term.id)).toEqual([]);
  });

  it('links terms from every report and policy page whose text uses one', () => {
    const documents = [...years.map((year) => `/reports/${year}/`), ...content.policies.map((policy) => `/policies/${policy.file.replace(/^.*\//, '').replace(/\.mdx$/, '')}/`)];
    // The page's text without headings and links, where terms are never linked.
    const documentText = (path: string) => textOf(mainOf(page(path)).replace(/<h([1-6])[\s\S]*?<\/h\1>|<a [\s\S]*?<\/a>/g, ' '));
    const usingTerms = documents.filter((path) => linkFirstUses(documentText(path), termMatchers(terms), new Set()).some((piece) => typeof piece !== 'string'));
    expect(usingTerms.length).toBeGreaterThanOrEqual(years.length + 1);
    expect(usingTerms.filter((path) => !/class="glossary-term"/.test(page(path)))).toEqual([]);
  });

  it('links only to entries that exist, from any page', () => {
    const ids = new Set([...glossary.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const broken = pages.flatMap((path) => [...page(path).matchAll(/href="\/glossary\/#([^"]+)"/g)].map((match) => match[1]).filter((id) => !ids.has(id)).map((id) => `${path} → #${id}`));
    expect(broken).toEqual([]);
  });

  it('never links inside a heading', () => {
    const inHeadings = pages.filter((path) => /<h[1-6][^>]*>(?:(?!<\/h[1-6]>)[\s\S])*glossary-term/.test(page(path)));
    expect(inHeadings).toEqual([]);
  });
});
