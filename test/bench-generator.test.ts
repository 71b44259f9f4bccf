import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateArchive, moveYears, type ArchiveOptions } from '../scripts/bench/generate.ts';
import { parseSmelterCsv } from '../src/lib/content/smelter-csv.ts';
import { parseRegistry, resolveNames } from '../src/lib/domain/smelter-registry.ts';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const real = { registryYaml: read('content/smelters/registry.yaml'), lastYear: 2014, reportMdx: read('content/reports/2014/report.mdx'), smelterCsv: read('content/reports/2014/smelters.csv') };
const small: ArchiveOptions = { seed: 7, years: 6, perYear: 300, totalFacilities: 1200 };

describe('the benchmark archive generator', () => {
  it('makes the same archive from the same seed, and another from another seed', () => {
    const first = generateArchive(real, small);
    expect([...generateArchive(real, small).files]).toEqual([...first.files]);
    expect(generateArchive(real, { ...small, seed: 8 }).files.get('content/reports/2016/smelters.csv')).not.toBe(first.files.get('content/reports/2016/smelters.csv'));
  });

  const archive = generateArchive(real, small);
  const tables = Array.from({ length: small.years }, (_, index) => 2015 + index);
  const parsed = tables.map((year) => ({ year, ...parseSmelterCsv(archive.files.get(`content/reports/${year}/smelters.csv`) ?? '', `content/reports/${year}/smelters.csv`) }));

  it('writes a report and a valid table for each year after the real ones', () => {
    expect(archive.stats.years).toEqual(tables);
    for (const table of parsed) {
      expect(table.problems).toEqual([]);
      expect(table.rows.length).toBeGreaterThanOrEqual(small.perYear - 20);
      expect(table.rows.length).toBeLessThanOrEqual(small.perYear + 20);
    }
    expect(archive.files.get('content/reports/2020/report.mdx')).toMatch(/^---\nyear: 2020\n/);
  });

  it('grows a registry in which every printed name resolves, with no look-alike stopping the build', () => {
    const registry = parseRegistry(archive.files.get('content/smelters/registry.yaml') ?? '');
    expect(registry.problems).toEqual([]);
    const printed = parsed.flatMap((table) => table.rows.map((row) => ({ metal: row.metal, facility: row.facility, file: 'x.csv', line: row.line })));
    const { resolutions, problems } = resolveNames(printed, registry.entries);
    expect(problems).toEqual([]);
    const distinct = new Set(resolutions.map((resolution) => resolution.facilityId));
    expect(distinct.size).toBeGreaterThan(small.totalFacilities * 0.9);
    expect(distinct.size).toBeLessThan(small.totalFacilities * 1.1);
  });

  it('has churn: facilities added and dropped each year, renames kept as aliases, markers changing', () => {
    const ids = (year: number) => new Set(Papa.parse<string[]>(archive.files.get(`content/reports/${year}/smelters.csv`) ?? '').data.map((row) => row[1]));
    const [a, b] = [ids(2016), ids(2017)];
    expect([...b].filter((name) => !a.has(name)).length).toBeGreaterThan(50);
    expect([...a].filter((name) => !b.has(name)).length).toBeGreaterThan(50);
    expect(archive.stats.renames).toBeGreaterThan(0);
    expect(archive.stats.markerChanges).toBeGreaterThan(0);
    expect(archive.files.get('content/smelters/registry.yaml')).toMatch(/\n {2}aliases: \[".+"\]/);
  });
});

describe('moveYears', () => {
  it('moves the year and the years either side, and nothing else', () => {
    expect(moveYears('year: 2014, signed 2015-05-28, after 2013; 12014 and 20145 stay', 2014, 2030)).toBe('year: 2030, signed 2031-05-28, after 2029; 12014 and 20145 stay');
  });
});
