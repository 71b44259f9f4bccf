// Route data (src/data/) unit-tested the way Starlight tests its route data: `astro:content` is
// mocked, here with the entries the content loaders store for the small fixture site.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as loaders from '../src/loaders/content-loaders.ts';
import { contentReads } from '../src/loaders/content-source.ts';
import { buildLoaderContext } from './support/loader-context.ts';

const stored = vi.hoisted(() => new Map<string, { id: string; data: Record<string, unknown> }[]>());
const fetches = vi.hoisted(() => new Map<string, number>());

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    fetches.set(name, (fetches.get(name) ?? 0) + 1);
    return stored.get(name) ?? [];
  },
}));

const collectionLoaders = {
  policies: loaders.policiesLoader,
  news: loaders.newsLoader,
  reports: loaders.reportsLoader,
  topics: loaders.topicsLoader,
  countries: loaders.countriesLoader,
  smelterTables: loaders.smelterTablesLoader,
  facilities: loaders.facilitiesLoader,
  glossary: loaders.glossaryLoader,
  contentProblems: loaders.contentProblemsLoader,
};

let readsForAllCollections = 0;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'route-data-'));
  cpSync(join(import.meta.dirname, 'fixtures', 'site'), root, { recursive: true });
  const readsBefore = contentReads;
  for (const [collection, loader] of Object.entries(collectionLoaders)) {
    const { context, entries } = buildLoaderContext(root);
    await loader.load(context);
    stored.set(collection, [...entries.values()].map((entry) => ({ ...entry, collection })));
  }
  readsForAllCollections = contentReads - readsBefore;
  return () => rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  // Route data is memoised per build (module-level promises): each test gets a fresh "build".
  vi.resetModules();
  fetches.clear();
});

describe('the content loaders', () => {
  it('read and validate content/ once for all nine collections', () => {
    expect(readsForAllCollections).toBe(1);
  });

  it('store MDX documents for Astro to render, with the headings read from their text', () => {
    const [policy] = stored.get('policies') ?? [];
    expect(policy).toMatchObject({ id: 'code', filePath: 'content/policies/code.mdx', deferredRender: true });
    expect((policy?.data.headings as { slug: string }[]).map((heading) => heading.slug)).toEqual(['gifts-and-favours', 'safe-work']);
  });

  it('store no problems for valid content', () => {
    expect(stored.get('contentProblems')?.[0]?.data).toEqual({ problems: [] });
  });
});

describe('loadReports', () => {
  it('joins each report with its smelter table and figures, oldest first', async () => {
    const { loadReports } = await import('../src/data/reports.ts');
    const reports = await loadReports();
    expect(reports.map((report) => [report.year, report.table.rows.length, report.figures.total.facilities, report.figures.total.marked])).toEqual([
      [2020, 2, 2, 1],
      [2021, 3, 3, 2],
    ]);
  });

  it('is computed once however many pages ask', async () => {
    const { loadReports } = await import('../src/data/reports.ts');
    const first = await loadReports();
    for (let page = 0; page < 10; page++) expect(await loadReports()).toBe(first);
    expect(Object.fromEntries(fetches)).toEqual({ reports: 1, smelterTables: 1 });
  });

  it('refuses a report without a table, naming its folder', async () => {
    const tables = stored.get('smelterTables') ?? [];
    stored.set('smelterTables', tables.filter((table) => table.id !== '2021'));
    try {
      const { loadReports } = await import('../src/data/reports.ts');
      await expect(loadReports()).rejects.toMatchObject({ name: 'ContentError', message: expect.stringContaining('content/reports/2021/ — the report has no smelter table') });
    } finally {
      stored.set('smelterTables', tables);
    }
  });
});

describe('loadComparisonPairs, compareYears and loadTrends', () => {
  it('pair every two years once, sharing the reports', async () => {
    const { loadComparisonPairs, loadTrends } = await import('../src/data/comparisons.ts');
    const pairs = await loadComparisonPairs();
    expect(pairs.map((pair) => [pair.from.year, pair.to.year])).toEqual([[2020, 2021]]);
    expect(await loadComparisonPairs()).toBe(pairs);
    expect((await loadTrends()).map((year) => year.year)).toEqual([2020, 2021]);
    expect(fetches.get('reports')).toBe(1);
  });

  it('match facilities across years through the registry', async () => {
    const { compareYears, loadComparisonPairs } = await import('../src/data/comparisons.ts');
    const [pair] = await loadComparisonPairs();
    const gold = pair && (await compareYears(pair)).metals.find((metal) => metal.metal === 'Gold');
    expect(gold?.added).toEqual([]);
    expect(gold?.removed).toEqual([]);
  });

  it('compute each comparison afresh, reading the registry and countries once', async () => {
    const { compareYears, loadComparisonPairs } = await import('../src/data/comparisons.ts');
    const [pair] = await loadComparisonPairs();
    if (!pair) throw new Error('the fixture site has two report years');
    const [first, second] = [await compareYears(pair), await compareYears(pair)];
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(fetches.get('facilities')).toBe(1);
    expect(fetches.get('countries')).toBe(1);
  });

  it('count, for the list of all comparisons, what each comparison counts', async () => {
    const { compareYears, loadComparisonCounts, loadComparisonPairs } = await import('../src/data/comparisons.ts');
    const [pair] = await loadComparisonPairs();
    if (!pair) throw new Error('the fixture site has two report years');
    const comparison = await compareYears(pair);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(await loadComparisonCounts()).toEqual([
      {
        from: 2020,
        to: 2021,
        consecutive: true,
        added: sum(comparison.metals.map((metal) => metal.added.length)),
        removed: sum(comparison.metals.map((metal) => metal.removed.length)),
        countriesAdded: comparison.countries.added.length,
        countriesRemoved: comparison.countries.removed.length,
      },
    ]);
  });
});

describe('loadDownloads', () => {
  it('describe each file by the size and hash of the body its route serves', async () => {
    const { downloadResponse, loadDownloads } = await import('../src/data/downloads.ts');
    const files = await loadDownloads();
    expect(files.map((file) => file.name)).toContain('comparison-2020-2021-json');
    for (const file of files) {
      // The bytes as served (text() would drop the CSV files' byte order mark).
      const body = Buffer.from(await (await downloadResponse(file)).arrayBuffer());
      expect({ name: file.name, bytes: body.length, hash: `sha256:${createHash('sha256').update(body).digest('hex')}` }).toEqual({ name: file.name, bytes: file.bytes, hash: file.hash });
    }
  });
});

describe('loadRequirements', () => {
  it('lists each topic with the clauses tagged with it, from the headings the loader read', async () => {
    const { loadRequirements } = await import('../src/data/requirements.ts');
    const topics = await loadRequirements();
    expect(topics.map((entry) => [entry.topic.id, entry.policies.flatMap((policy) => policy.clauses.map((clause) => clause.id))])).toEqual([
      ['gifts', ['gifts-and-favours', 'safe-work']],
      ['safety', ['safe-work']],
    ]);
    expect(topics[1]?.policies[0]?.clauses[0]?.markdown).toBe('Partners keep workplaces safe.');
  });
});
