import { describe, expect, it } from 'vitest';
import { facilityDescription, reportDescription } from '../src/lib/presentation/descriptions.ts';
import { feedItems } from '../src/lib/presentation/feed.ts';
import { issueTrackerUrl } from '../src/lib/presentation/site.ts';
import { allYearsDatasetJsonLd, reportJsonLd, serializeJsonLd } from '../src/lib/presentation/structured-data.ts';
import { newsSchema } from '../src/schemas/news.ts';
import { policySchema } from '../src/schemas/policy.ts';
import { reportSchema } from '../src/schemas/report.ts';

const source = { title: 'Form SD 2014', seed: 'x.txt' };
const report = (year: number, signed?: string) =>
  reportSchema.parse({
    year, title: `Report ${year}`, registrant: 'Infinera Corporation', reportingPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
    ...(signed && { signature: { date: signed, name: 'A. Signer', title: 'CFO' } }),
    exhibit: '1.01', conclusion: { status: 'drc-conflict-undeterminable', quote: 'q' }, coveredProducts: ['DTN'],
    countriesOfOrigin: ['Peru', 'Chile'], cfsi: { status: 'not-stated' }, marker: { style: 'asterisk', asOf: '2015-05-20', quote: 'q' }, source,
  });
const policy = (date?: string) => policySchema.parse({ title: 'Code', issuer: 'Infinera', kind: 'partner-code', summary: 'What the code asks.', ...(date && { date }), source, clauses: [{ id: 'a', topics: ['t'] }] });
const news = newsSchema.parse({ title: 'Award', date: '2014-05-20', summary: 'A press release.', source });

describe('feedItems', () => {
  const items = feedItems({
    reports: [{ data: report(2013) }, { data: report(2014, '2015-05-28') }],
    policies: [{ id: 'code', data: policy() }, { id: 'dated', data: policy('2014-06-01') }],
    news: [{ id: 'award', data: news }],
  });

  it('lists dated items newest first, then undated ones, with the date the front matter gives', () => {
    expect(items.map((item) => [item.path, item.pubDate?.toISOString().slice(0, 10)])).toEqual([
      ['/reports/2014/', '2015-05-28'],
      ['/policies/dated/', '2014-06-01'],
      ['/news/award/', '2014-05-20'],
      ['/reports/2013/', undefined],
      ['/policies/code/', undefined],
    ]);
  });

  it('describes a report from its front matter and says when it was signed', () => {
    expect(items[0]?.description).toBe("Infinera Corporation's Form SD and Conflict Minerals Report for the reporting period January 1, 2014 to December 31, 2014, with its smelter and refiner table. Conclusion: DRC conflict undeterminable. Signed May 28, 2015.");
    expect(items.find((item) => item.path === '/reports/2013/')?.description).not.toContain('Signed');
  });
});

describe('structured data', () => {
  const at = { page: 'https://x.org/reports/2014/', csv: 'https://x.org/reports/2014/smelters.csv', json: 'https://x.org/reports/2014/smelters.json' };

  it('describes a report, its filing and its table with both downloads', () => {
    const graph = reportJsonLd(report(2014, '2015-05-28'), 248, at)['@graph'] as Record<string, unknown>[];
    expect(graph.map((node) => node['@type'])).toEqual(['Report', 'Dataset']);
    expect(graph[0]).toMatchObject({ publisher: { name: 'Infinera Corporation' }, isBasedOn: { name: 'Form SD 2014', dateCreated: '2015-05-28' }, temporalCoverage: '2014-01-01/2014-12-31' });
    expect(graph[1]).toMatchObject({ distribution: [{ contentUrl: at.csv, encodingFormat: 'text/csv' }, { contentUrl: at.json, encodingFormat: 'application/json' }] });
    expect(graph[1]?.description).toContain('248 rows');
  });

  it('gives a filing without a signature block no date', () => {
    const graph = reportJsonLd(report(2013), 190, at)['@graph'] as Record<string, Record<string, unknown>>[];
    expect(graph[0]?.isBasedOn).not.toHaveProperty('dateCreated');
  });

  it('describes the all-years file across every year', () => {
    const data = allYearsDatasetJsonLd([{ data: report(2013), rows: 190 }, { data: report(2014), rows: 248 }], at);
    expect(data).toMatchObject({ '@type': 'Dataset', temporalCoverage: '2013-01-01/2014-12-31', creator: [{ name: 'Infinera Corporation' }] });
    expect(data.description).toContain('2013, 2014 (438 rows)');
  });

  it.each([
    ['</script><script>alert(1)</script>', '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
    ['<!-- a & b -->', '\\u003c!-- a \\u0026 b --\\u003e'],
    ['line\u2028break', 'line\\u2028break'],
  ])('escapes %j so it cannot end the script element, and reads back the same', (text, escaped) => {
    const json = serializeJsonLd({ text });
    expect(json).toBe(`{"text":"${escaped}"}`);
    expect(JSON.parse(json)).toEqual({ text });
  });
});

describe('descriptions', () => {
  it.each([
    [[{ year: 2013, printedName: 'Alpha', marker: false }, { year: 2014, printedName: 'ALPHA', marker: true }], undefined, 'Alpha is a tin smelter or refiner listed in the 2013 and 2014 filings (printed under 2 names; marked in 2014).'],
    [[{ year: 2014, printedName: 'Alpha', marker: false }], 'Bolivia', 'Alpha is a tin smelter or refiner in Bolivia listed in the 2014 filing (not marked in any filing).'],
  ])('describes a facility from its appearances', (appearances, country, expected) => {
    expect(facilityDescription({ name: 'Alpha', metal: 'Tin', country, appearances })).toBe(expected);
  });

  it('describes a report from its front matter and its table', () => {
    expect(reportDescription(report(2014), { rows: 248, marked: 100 })).toBe('Infinera Corporation’s Form SD and Conflict Minerals Report for 2014 in full: conclusion “DRC conflict undeterminable”, its smelter and refiner table of 248 rows (100 marked), and the 2 countries of origin it lists.');
  });
});

describe('issueTrackerUrl', () => {
  it.each([
    [{ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/disclosures' }, 'https://github.com/acme/disclosures/issues'],
    [{ GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'acme/site.v2' }, 'https://github.com/acme/site.v2/issues'],
    [{ GITHUB_REPOSITORY: 'acme/disclosures' }, undefined],
    [{}, undefined],
    [{ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/x"><script>' }, undefined],
  ])('from %j gives %s', (env, expected) => {
    expect(issueTrackerUrl(env)).toBe(expected);
  });
});
