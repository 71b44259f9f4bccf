import { getCollection } from 'astro:content';
import type { RegistryLink } from '../lib/domain/compare-facilities.ts';
import { compareReports, yearPairs, type ReportComparison, type ReportSnapshot } from '../lib/domain/compare-reports.ts';
import { computeTrends, type TrendYear } from '../lib/domain/trends.ts';
import { once } from './once.ts';
import { loadReports, type ReportView } from './reports.ts';

/** A report as the comparison logic reads it. */
function snapshotOf(report: ReportView): ReportSnapshot {
  return { year: report.year, data: report.entry.data, rows: report.table.rows, body: (report.entry.body ?? '').replace(/\r\n?/g, '\n') };
}

/** Registry names, `succeeds` links and look-alike judgements of every facility the tables list. */
async function loadRegistryLinks(): Promise<RegistryLink[]> {
  return (await getCollection('facilities')).map(({ data }) => ({ id: data.id, name: data.name, metal: data.metal, succeeds: data.succeeds, likelySameAs: data.likelySameAs, evidence: data.evidence, notSameAs: data.notSameAs }));
}

export type ComparisonView = {
  from: ReportView;
  to: ReportView;
  comparison: ReportComparison;
};

/** A comparison for every pair of report years (earlier first), derived from the collections once per build. */
export const loadComparisons = once(async (): Promise<ComparisonView[]> => {
  const [reports, registry, countryEntries] = await Promise.all([loadReports(), loadRegistryLinks(), getCollection('countries')]);
  const countries = countryEntries.map((entry) => entry.data);
  const byYear = new Map(reports.map((report) => [report.year, report]));
  return yearPairs(reports.map((report) => report.year)).flatMap(([fromYear, toYear]) => {
    const from = byYear.get(fromYear);
    const to = byYear.get(toYear);
    return from && to ? [{ from, to, comparison: compareReports(snapshotOf(from), snapshotOf(to), registry, countries) }] : [];
  });
});

/** Every report year's figures for the trends page, oldest first. */
export const loadTrends = once(async (): Promise<TrendYear[]> => computeTrends((await loadReports()).map(snapshotOf)));
