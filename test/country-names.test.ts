import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { compareCountries, countryResolver, normalizeCountry, parseCountries } from '../src/lib/domain/country-names.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import type { Country } from '../src/schemas/country.ts';

const countries: Country[] = [
  { name: 'Russia', aliases: ['Russian Federation'] },
  { name: 'South Korea', aliases: ['Republic of Korea', 'Korea'] },
  { name: 'Colombia', aliases: ['Columbia'], note: 'Printed “Columbia”.' },
];

describe('normalizeCountry', () => {
  it.each([
    ['Democratic Republic of the Congo', 'Democratic Republic of Congo'],
    ['CÔTE D’IVOIRE', "Cote d'Ivoire"],
    ['The Netherlands', 'Netherlands'],
    ['Bosnia & Herzegovina', 'Bosnia and Herzegovina'],
  ])('%j and %j are one spelling', (a, b) => {
    expect(normalizeCountry(a)).toBe(normalizeCountry(b));
  });

  it('keeps different countries apart', () => {
    expect(normalizeCountry('Niger')).not.toBe(normalizeCountry('Nigeria'));
  });
});

describe('countryResolver', () => {
  const resolve = countryResolver(countries);
  it.each([
    ['Russian Federation', 'Russia'],
    ['russia', 'Russia'],
    ['Republic of Korea', 'South Korea'],
    ['Korea', 'South Korea'],
    ['Columbia', 'Colombia'],
    ['Peru', 'Peru'],
  ])('reads %j as %j', (printed, name) => {
    expect(resolve(printed).name).toBe(name);
  });
});

describe('compareCountries', () => {
  it.each([
    ['a renamed country is never removed + added', ['Russian Federation'], ['Russia'], { added: [], removed: [], respelled: ['Russia'] }],
    ['Republic of Korea / Korea', ['Republic of Korea', 'Chile'], ['Korea', 'Chile'], { added: [], removed: [], respelled: ['South Korea'] }],
    ['a misspelling counts as the country', ['Peru'], ['Peru', 'Columbia'], { added: ['Colombia'], removed: [], respelled: [] }],
    ['real additions and removals', ['Austria', 'Chile'], ['Chile', 'Rwanda'], { added: ['Rwanda'], removed: ['Austria'], respelled: [] }],
  ])('%s', (_label, from, to, expected) => {
    const result = compareCountries(from, to, countries);
    expect({ added: result.added.map((c) => c.name), removed: result.removed.map((c) => c.name), respelled: result.respelled.map((c) => c.name) }).toEqual(expected);
  });

  it('shows the printed spellings and the note', () => {
    const result = compareCountries(['Russian Federation'], ['Russia', 'Columbia'], countries);
    expect(result.respelled).toEqual([{ name: 'Russia', printedFrom: ['Russian Federation'], printedTo: ['Russia'] }]);
    expect(result.added).toEqual([{ name: 'Colombia', printed: ['Columbia'], note: 'Printed “Columbia”.' }]);
  });

  it('counts a country printed twice in one year once', () => {
    const result = compareCountries(['Korea', 'Republic of Korea'], ['Korea'], countries);
    expect(result.respelled).toEqual([{ name: 'South Korea', printedFrom: ['Korea', 'Republic of Korea'], printedTo: ['Korea'] }]);
    expect(result.unchanged).toEqual([]);
  });
});

describe('parseCountries', () => {
  it.each([
    ['an alias claimed by two countries', '- name: South Korea\n  aliases: [Korea]\n- name: North Korea\n  aliases: [Korea]\n', ['countries.yaml:4 — [1].aliases[0]: "Korea" is already a name of "South Korea" (entry 1, line 2) — a spelling can belong to one country only; remove it from one of the two entries']],
    ['a name that is another country’s alias', '- name: Russia\n  aliases: [Russian Federation]\n- name: Russian federation\n', ['countries.yaml:3 — [1].name: "Russian federation" is already a name of "Russia" (entry 1, line 2) — a spelling can belong to one country only; remove it from one of the two entries']],
    ['an entry without a name', '- aliases: [X]\n', ['countries.yaml:1 — [0].name: is missing — correct the entry: each country needs a name, and may have a list of aliases and a note']],
    ['a list of plain names', '- Russia\n', ['countries.yaml:1 — [0]: should be an object (found "Russia") — correct the entry: each country needs a name, and may have a list of aliases and a note']],
    ['not a list', 'name: Russia\n', ['countries.yaml:1 — the file is not a list of countries — write one entry per country, each starting with "- name:"']],
  ])('reports %s', (_label, yaml, expected) => {
    expect(parseCountries(yaml, 'countries.yaml').problems.map(formatProblem)).toEqual(expected);
  });

  it('accepts the real list', () => {
    const { entries, problems } = parseCountries(readFileSync(join(import.meta.dirname, '..', 'content', 'countries.yaml'), 'utf8'));
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['Russia', 'South Korea', 'Colombia']));
  });
});

/** A copy of the small valid site with files laid over it. */
function siteWith(files: Record<string, string | ((text: string) => string)>): string {
  const root = mkdtempSync(join(tmpdir(), 'compare-'));
  cpSync(join(import.meta.dirname, 'fixtures', 'site'), root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    writeFileSync(file, typeof content === 'string' ? content : content(readFileSync(file, 'utf8')));
  }
  return root;
}
const withSections = (sections: string) => (text: string) => text.replace('\ncfsi:', `\n${sections}\ncfsi:`);

describe('loadContent: countries and sections', () => {
  it('loads content/countries.yaml when there is one, and needs none', () => {
    expect(loadContent(siteWith({})).countries).toEqual([]);
    const content = loadContent(siteWith({ 'content/countries.yaml': '- name: Russia\n  aliases: [Russian Federation]\n' }));
    expect(content.problems).toEqual([]);
    expect(content.countries).toEqual([{ name: 'Russia', aliases: ['Russian Federation'] }]);
  });

  it('reports a spelling claimed twice in content/countries.yaml', () => {
    const content = loadContent(siteWith({ 'content/countries.yaml': '- name: Korea\n- name: South Korea\n  aliases: [korea]\n' }));
    expect(content.problems.map(formatProblem)).toEqual(['content/countries.yaml:3 — [1].aliases[0]: "korea" is already a name of "Korea" (entry 1, line 1) — a spelling can belong to one country only; remove it from one of the two entries']);
  });

  it('accepts sections that name headings of the report', () => {
    const content = loadContent(siteWith({ 'content/reports/2020/report.mdx': withSections('sections:\n  smelters: smelters\n  all: [smelters]') }));
    expect(content.problems).toEqual([]);
    expect(content.reports[0]?.data.sections).toEqual({ smelters: 'smelters', all: ['smelters'] });
  });

  it.each([
    ['a heading id that does not exist', 'sections:\n  risk-mitigation: steps-to-mitigate', 'content/reports/2020/report.mdx:15 — sections.risk-mitigation: no heading has the id "steps-to-mitigate" — use the id of one of this report\'s headings (the heading text in lowercase with hyphens): smelters'],
    ['one of a list of ids', 'sections:\n  results:\n    - smelters\n    - results', 'content/reports/2020/report.mdx:17 — sections.results[1]: no heading has the id "results" — use the id of one of this report\'s headings (the heading text in lowercase with hyphens): smelters'],
  ])('reports %s, on its line', (_label, sections, expected) => {
    const problems = loadContent(siteWith({ 'content/reports/2020/report.mdx': withSections(sections) })).problems;
    expect(problems.map(formatProblem)).toEqual([expected]);
  });

  it.each([
    ['a key that is not kebab-case', 'sections:\n  Risk Mitigation: smelters', 'content/reports/2020/report.mdx:15 — sections.Risk Mitigation: the key must be lowercase letters, digits and hyphens, e.g. "risk-mitigation" — correct the front matter field (the block between the two --- lines at the top)'],
    ['a value that is not a heading id', 'sections:\n  results: 3', 'content/reports/2020/report.mdx:15 — sections.results: must be the id of a heading, or a list of heading ids — correct the front matter field (the block between the two --- lines at the top)'],
  ])('rejects %s', (_label, sections, expected) => {
    const problems = loadContent(siteWith({ 'content/reports/2020/report.mdx': withSections(sections) })).problems;
    expect(problems.map(formatProblem)).toEqual([expected]);
  });
});
