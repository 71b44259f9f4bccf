import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { exists, htmlFiles, mainOf, page, projectRoot, textOf, words } from './built-site.ts';

const content = loadContent(projectRoot);
const seed = (name: string) => readFileSync(join(projectRoot, 'content', 'sources', name), 'utf8');
const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');

/** Seed words that do not appear, in order, in the page's main text. */
function missingWords(seedText: string, pageHtml: string): string[] {
  const changes = diffArrays(words(seedText), words(textOf(mainOf(pageHtml))));
  return changes.filter((change) => change.removed).flatMap((change) => change.value);
}

describe('the built site', () => {
  const fixedPages = ['/', '/404.html', '/policies/', '/topics/', '/checklist/', '/checklist/requirements.csv', '/reports/', '/smelters/', '/news/', '/search/', '/data/'];
  it.each(fixedPages)('has %s', (path) => {
    expect(exists(path)).toBe(true);
  });

  it('has a page for every policy, news item, report, topic and facility in the content', () => {
    const expected = [
      ...content.policies.map((policy) => `/policies/${idOf(policy.file)}/`),
      ...content.news.map((item) => `/news/${idOf(item.file)}/`),
      ...content.reports.map((report) => `/reports/${report.data.year}/`),
      ...content.topics.map((topic) => `/topics/${topic.id}/`),
      ...new Set(content.tables.flatMap((table) => table.rows.map((row) => `/smelters/${row.facilityId}/`))),
    ];
    expect(expected.filter((path) => !exists(path))).toEqual([]);
    expect(expected.length).toBeGreaterThan(300);
  });

  it.each(content.policies.map((policy) => [idOf(policy.file), policy] as const))('policy %s has every clause as a linkable heading', (id, policy) => {
    const html = page(`/policies/${id}/`);
    for (const clause of policy.data.clauses) {
      expect(html, clause.id).toContain(`id="${clause.id}"`);
      expect(html, clause.id).toContain(`href="#${clause.id}"`);
    }
  });

  it.each([
    ['infinera-partner-code', '000_3ac2c90aabaa0ab8.txt'],
    ['juniper-partner-code', '003_e29f70c8a96d83e0.txt'],
  ])('policy %s loses no word of its seed', (id, seedFile) => {
    expect(missingWords(seed(seedFile), page(`/policies/${id}/`))).toEqual([]);
  });

  it('the news item loses no word of its seed', () => {
    expect(missingWords(seed('004_0013eae3f8e36d68.txt').replace(/<\/?i>/g, ''), page('/news/2014-05-20-bics-infinera-award/'))).toEqual([]);
  });

  it('the 2013 report loses no word of its seed (table rows included)', () => {
    // The seed repeats the table's header line at every page break; the page has one header row.
    const text = seed('001_b77adfc6e7e9b036.txt').replace(/<\/?i>/g, '').replace(/^Metal\tSmelter or Refiner Facility Name\s*$/gm, '');
    expect(missingWords(text, page('/reports/2013/'))).toEqual([]);
  });

  it('the 2014 report loses only OCR garbage, each piece quoted in a transcription note', () => {
    // The OCR copy scrambles the cover's cells, so words there may move: a seed word must be on the
    // page in order, or elsewhere on the page (moved), or quoted in a note (repaired).
    const html = page('/reports/2014/');
    const pageWords = new Set(words(textOf(mainOf(html))));
    const noteWords = new Set(words(content.reports.find((report) => report.data.year === 2014)?.data.transcriptionNotes.join(' ') ?? '').concat(words(content.tables.find((table) => table.year === 2014)?.rows.map((row) => row.note ?? '').join(' ') ?? '')));
    const unexplained = missingWords(seed('002_ee9d748d5bab20e1.txt'), html).filter((word) => !noteWords.has(word) && !pageWords.has(word));
    expect(unexplained).toEqual([]);
  });

  it.each(content.tables.map((table) => [table.year, table] as const))('the %s report page shows every CSV row and its downloads match', (year, table) => {
    const html = page(`/reports/${year}/`);
    const tableHtml = /<table id="smelters-\d+"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(tableHtml.match(/<tr data-marked=/g)?.length).toBe(table.rows.length);
    const csv = Papa.parse<Record<string, string>>(page(`/reports/${year}/smelters-${year}.csv`), { header: true, skipEmptyLines: true }).data;
    expect(csv.map((row) => [row.metal, row.facility, row.marker === 'yes', row.facility_id])).toEqual(table.rows.map((row) => [row.metal, row.facility, row.marker, row.facilityId]));
    const json = JSON.parse(page(`/reports/${year}/smelters-${year}.json`)) as { rows: unknown[]; marker: { asOf: string } };
    expect(json.rows).toHaveLength(table.rows.length);
    expect(html).toContain(`href="/reports/${year}/smelters-${year}.csv"`);
  });

  it.each(content.tables.map((table) => [table.year, table] as const))('the %s report page shows every transcription note, of the text and of the table', (year, table) => {
    const text = textOf(mainOf(page(`/reports/${year}/`)));
    const notes = [...(content.reports.find((report) => report.data.year === year)?.data.transcriptionNotes ?? []), ...table.rows.flatMap((row) => (row.note ? [row.note] : []))];
    expect(notes.filter((note) => !text.includes(note.replace(/\s+/g, ' ')))).toEqual([]);
  });

  it('offers all years in one download, row for row', () => {
    const csv = Papa.parse<Record<string, string>>(page('/reports/smelters-all-years.csv'), { header: true, skipEmptyLines: true }).data;
    expect(csv).toHaveLength(content.tables.reduce((sum, table) => sum + table.rows.length, 0));
  });

  it('makes no request to another host: no external scripts, styles, images, frames or fonts', () => {
    const external = htmlFiles().flatMap((file) => {
      const html = readFileSync(join(projectRoot, 'dist', file), 'utf8');
      const tags = html.match(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g) ?? [];
      return tags.filter((tag) => /\s(src|href|srcset|data)=["']?(https?:)?\/\//.test(tag) && !/rel="canonical"/.test(tag)).map((tag) => `${file}: ${tag}`);
    });
    expect(external).toEqual([]);
    const stylesheets = readdirSync(join(projectRoot, 'dist', '_astro')).filter((file) => file.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const file of stylesheets) expect(readFileSync(join(projectRoot, 'dist', '_astro', file), 'utf8')).not.toMatch(/(@import|url\()\s*["']?(https?:)?\/\//);
  });

  it('ships no JavaScript on reading pages other than the page bootstrap', () => {
    const html = page('/policies/infinera-partner-code/');
    const scripts = (html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []).filter((script) => !script.includes('application/ld+json'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/src="\/_astro\/BaseLayout[^"]*\.js"/);
    expect(scripts.join('')).not.toContain('pagefind.js');
  });
});
