import { getCollection } from 'astro:content';
import type { RegistryLink } from '../lib/domain/compare-facilities.ts';
import { compareReports, isConsecutivePair, yearPairs, type ReportComparison, type ReportSnapshot } from '../lib/domain/compare-reports.ts';
import { computeTrends, type TrendYear } from '../lib/domain/trends.ts';
import type { Country } from '../schemas/country.ts';
import { once } from './once.ts';
import { loadReports, type ReportView } from './reports.ts';

// Every pair of years has a comparison page and a JSON download, so there are n(n−1)/2 of them:
// 351 for 27 years, each holding both years' texts and their word differences. They are computed
// when a page asks and not kept (a build that kept them all would hold memory growing with the
// square of the years); what pages need of all of them (the counts on /compare/, the sizes and
// hashes of the downloads) is kept small.

/** A report as the comparison logic reads it. */
function snapshotOf(report: ReportView, withText = true): ReportSnapshot {
  return { year: report.year, data: report.entry.data, rows: report.table.rows, ...(withText ? { body: (report.entry.body ?? '').replace(/\r\n?/g, '\n') } : {}) };
}

/** Registry names, `succeeds` links and look-alike judgements of every facility the tables list, and the countries' spellings. */
const loadComparisonInputs = once(async (): Promise<{ registry: RegistryLink[]; countries: Country[] }> => {
  const [facilities, countries] = await Promise.all([getCollection('facilities'), getCollection('countries')]);
  return {
    registry: facilities.map(({ data }) => ({ id: data.id, name: data.name, metal: data.metal, succeeds: data.succeeds, likelySameAs: data.likelySameAs, evidence: data.evidence, notSameAs: data.notSameAs })),
    countries: countries.map((entry) => entry.data),
  };
});

/** Two report years, the earlier first. */
export interface ComparisonPair {
  from: ReportView;
  to: ReportView;
  /** No report year lies between the two (2013 and 2014). */
  consecutive: boolean;
}

/** Every pair of report years (earlier first), once per build. */
export const loadComparisonPairs = once(async (): Promise<ComparisonPair[]> => {
  const reports = await loadReports();
  const byYear = new Map(reports.map((report) => [report.year, report]));
  const years = reports.map((report) => report.year);
  return yearPairs(years).flatMap(([fromYear, toYear]) => {
    const from = byYear.get(fromYear);
    const to = byYear.get(toYear);
    return from && to ? [{ from, to, consecutive: isConsecutivePair(years, fromYear, toYear) }] : [];
  });
});

/** What changed from one year to the other; computed on every call, for the caller to drop when done. */
export async function compareYears({ from, to }: Pick<ComparisonPair, 'from' | 'to'>): Promise<ReportComparison> {
  const { registry, countries } = await loadComparisonInputs();
  return compareReports(snapshotOf(from), snapshotOf(to), registry, countries);
}

/** What the list of all comparisons shows of each. */
export interface ComparisonCounts {
  from: number;
  to: number;
  /** No report year lies between the two. */
  consecutive: boolean;
  /** Facilities added and removed, all metals together (likely renames counted apart, as on each comparison). */
  added: number;
  removed: number;
  countriesAdded: number;
  countriesRemoved: number;
}

/** The counts of every pair, latest pairs last, once per build (the texts are not compared for these). */
export const loadComparisonCounts = once(async (): Promise<ComparisonCounts[]> => {
  const [pairs, { registry, countries }] = await Promise.all([loadComparisonPairs(), loadComparisonInputs()]);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return pairs.map(({ from, to, consecutive }) => {
    const comparison = compareReports(snapshotOf(from, false), snapshotOf(to, false), registry, countries);
    return {
      from: from.year,
      to: to.year,
      consecutive,
      added: sum(comparison.metals.map((metal) => metal.added.length)),
      removed: sum(comparison.metals.map((metal) => metal.removed.length)),
      countriesAdded: comparison.countries.added.length,
      countriesRemoved: comparison.countries.removed.length,
    };
  });
});

/** Every report year's figures for the trends page, oldest first. */
export const loadTrends = once(async (): Promise<TrendYear[]> => computeTrends((await loadReports()).map((report) => snapshotOf(report))));
