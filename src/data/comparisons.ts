import { getCollection } from 'astro:content';
import { compareReports, yearPairs, type RegistryLink, type ReportComparison, type ReportSnapshot } from '../lib/compare-reports.ts';
import { parseCountries } from '../lib/country-names.ts';
import { computeTrends, type TrendYear } from '../lib/trends.ts';
import type { Country } from '../schemas/country.ts';
import { loadReports, type ReportView } from './reports.ts';

// content/countries.yaml is optional (no file: no spelling variants); the build's content check has validated it.
const countryFiles = import.meta.glob<string>('/content/countries.yaml', { query: '?raw', import: 'default', eager: true });

/** Spellings of countries of origin, from content/countries.yaml. */
function loadCountries(): Country[] {
  return Object.values(countryFiles).flatMap((text) => parseCountries(text).entries);
}

/** A report as the comparison logic reads it. */
function snapshotOf(report: ReportView): ReportSnapshot {
  return { year: report.year, data: report.entry.data, rows: report.table.rows, body: (report.entry.body ?? '').replace(/\r\n?/g, '\n') };
}

/** Registry names and `succeeds` links of every facility the tables list. */
async function loadRegistryLinks(): Promise<RegistryLink[]> {
  return (await getCollection('facilities')).map(({ data }) => ({ id: data.id, name: data.name, metal: data.metal, succeeds: data.succeeds }));
}

export type ComparisonView = {
  from: ReportView;
  to: ReportView;
  comparison: ReportComparison;
};

/** A comparison for every pair of report years (earlier first), derived from the collections. */
export async function loadComparisons(): Promise<ComparisonView[]> {
  const [reports, registry] = await Promise.all([loadReports(), loadRegistryLinks()]);
  const countries = loadCountries();
  const byYear = new Map(reports.map((report) => [report.year, report]));
  return yearPairs(reports.map((report) => report.year)).flatMap(([fromYear, toYear]) => {
    const from = byYear.get(fromYear);
    const to = byYear.get(toYear);
    return from && to ? [{ from, to, comparison: compareReports(snapshotOf(from), snapshotOf(to), registry, countries) }] : [];
  });
}

/** Every report year's figures for the trends page, oldest first. */
export async function loadTrends(): Promise<TrendYear[]> {
  return computeTrends((await loadReports()).map(snapshotOf));
}
