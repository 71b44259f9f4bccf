import type { Country } from '../../schemas/country.ts';
import type { ReportData, StatedFigure } from '../../schemas/report.ts';
import { metals, type Metal } from '../../schemas/smelter-row.ts';
import { compareCountries, type CountryComparison } from './country-names.ts';
import { compareMetal, facilityFigures, listFacilities, type ComparableRow, type MetalComparison, type RegistryLink } from './compare-facilities.ts';
import type { MetalFigures } from './report-figures.ts';
import { compareSections, type SectionComparison } from './section-diff.ts';

/** The front matter facts a comparison reads. */
export type ReportFacts = Pick<ReportData, 'conclusion' | 'cfsi' | 'marker' | 'suppliers' | 'countriesOfOrigin'> & Partial<Pick<ReportData, 'title' | 'sections'>>;

/** One year's report as a comparison needs it. */
export interface ReportSnapshot {
  year: number;
  data: ReportFacts;
  rows: readonly ComparableRow[];
  /** The report's Markdown body; without it on both sides the narrative is not compared. */
  body?: string;
}

/** A figure of one year and the next, with the change. */
export interface FigurePair {
  from: MetalFigures;
  to: MetalFigures;
  facilitiesChange: number;
  markedChange: number;
  /** Change of the marked share in percentage points; `null` when either year lists none. */
  shareChangePoints: number | null;
}


/** A figure the filings state, or not (`null`); the change only when both years state it. */
export interface StatedPair {
  from: StatedFigure | null;
  to: StatedFigure | null;
  change: number | null;
}

export interface ComparisonFigures {
  byMetal: Record<Metal, FigurePair>;
  total: FigurePair;
  /** Table rows, which exceed facilities when a facility is printed twice. */
  rows: { from: number; to: number };
  countries: { from: number; to: number; change: number };
  suppliersCount: StatedPair;
  /** Response rate in percent; its change in percentage points. */
  responseRate: StatedPair;
  conclusion: { from: ReportData['conclusion']['status']; to: ReportData['conclusion']['status']; changed: boolean };
  cfsi: { from: ReportData['cfsi']['status']; to: ReportData['cfsi']['status']; changed: boolean };
}

export interface MarkerDefinition {
  year: number;
  style: ReportData['marker']['style'];
  asOf: Date;
  quote: string;
}

export interface MarkerComparison {
  from: MarkerDefinition;
  to: MarkerDefinition;
  /** What differs in what the marker means; empty when only the as-of date differs. */
  differences: ('style' | 'definition')[];
}

export interface ReportComparison {
  from: { year: number; title?: string };
  to: { year: number; title?: string };
  figures: ComparisonFigures;
  metals: MetalComparison[];
  countries: CountryComparison;
  marker: MarkerComparison;
  sections: SectionComparison[];
}

/** Whether no year of `years` lies strictly between `from` and `to`. */
export function isConsecutivePair(years: readonly number[], from: number, to: number): boolean {
  return from < to && !years.some((year) => year > from && year < to);
}

/** Every pair of years (earlier first), for `/compare/<from>-<to>/`. */
export function yearPairs(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.flatMap((from, index) => sorted.slice(index + 1).map((to): [number, number] => [from, to]));
}

function pairFigures(from: MetalFigures, to: MetalFigures): FigurePair {
  return {
    from,
    to,
    facilitiesChange: to.facilities - from.facilities,
    markedChange: to.marked - from.marked,
    shareChangePoints: from.markedShare === null || to.markedShare === null ? null : (to.markedShare - from.markedShare) * 100,
  };
}

function statedPair(from: StatedFigure | undefined, to: StatedFigure | undefined): StatedPair {
  return { from: from ?? null, to: to ?? null, change: from && to ? to.value - from.value : null };
}

/** A marker definition with dates, quotes and spacing folded away, to tell a new wording from a new date. */
export function definitionWithoutDates(quote: string): string {
  const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  return quote
    .toLowerCase()
    .replace(new RegExp(`\\b${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'g'), ' ')
    .replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\s+\\d{4}\\b`, 'g'), ' ')
    .replace(new RegExp(`\\b${month}\\s+\\d{4}\\b`, 'g'), ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, ' ')
    .replace(/[“”„"‘’'`]/g, '')
    .replace(/[^\p{L}\p{N}*()]+/gu, ' ')
    .trim();
}

/** Whether the marker means something different in two years (style or wording, dates aside). */
export function compareMarkers(from: MarkerDefinition, to: MarkerDefinition): MarkerComparison {
  const differences: MarkerComparison['differences'] = [];
  if (from.style !== to.style) differences.push('style');
  if (definitionWithoutDates(from.quote) !== definitionWithoutDates(to.quote)) differences.push('definition');
  return { from, to, differences };
}

/**
 * Everything that changed from one year's report to a later one: the figures side by side, per
 * metal the facilities added, removed, renamed, whose marker changed and which were split into
 * sites — all by registry facility id, never by printed name — the countries of origin (spelling
 * variants of one country matched through `countries`), whether the marker's meaning changed, and
 * the matching sections of the text with a word-level difference.
 */
export function compareReports(from: ReportSnapshot, to: ReportSnapshot, registry: readonly RegistryLink[], countries: readonly Country[] = []): ReportComparison {
  const before = listFacilities(from.rows, registry);
  const after = listFacilities(to.rows, registry);
  const fromFigures = facilityFigures(from.rows);
  const toFigures = facilityFigures(to.rows);
  const figures: ComparisonFigures = {
    byMetal: Object.fromEntries(metals.map((metal) => [metal, pairFigures(fromFigures.byMetal[metal], toFigures.byMetal[metal])])) as Record<Metal, FigurePair>,
    total: pairFigures(fromFigures.total, toFigures.total),
    rows: { from: from.rows.length, to: to.rows.length },
    countries: { from: from.data.countriesOfOrigin.length, to: to.data.countriesOfOrigin.length, change: to.data.countriesOfOrigin.length - from.data.countriesOfOrigin.length },
    suppliersCount: statedPair(from.data.suppliers.count, to.data.suppliers.count),
    responseRate: statedPair(from.data.suppliers.responseRate, to.data.suppliers.responseRate),
    conclusion: { from: from.data.conclusion.status, to: to.data.conclusion.status, changed: from.data.conclusion.status !== to.data.conclusion.status },
    cfsi: { from: from.data.cfsi.status, to: to.data.cfsi.status, changed: from.data.cfsi.status !== to.data.cfsi.status },
  };
  const sections =
    from.body !== undefined && to.body !== undefined
      ? compareSections({ year: from.year, body: from.body, sections: from.data.sections ?? {} }, { year: to.year, body: to.body, sections: to.data.sections ?? {} })
      : [];
  return {
    from: { year: from.year, ...(from.data.title ? { title: from.data.title } : {}) },
    to: { year: to.year, ...(to.data.title ? { title: to.data.title } : {}) },
    figures,
    metals: metals.map((metal) => compareMetal(metal, { from: from.year, to: to.year }, before.get(metal) ?? new Map(), after.get(metal) ?? new Map(), registry)),
    countries: compareCountries(from.data.countriesOfOrigin, to.data.countriesOfOrigin, countries),
    marker: compareMarkers({ year: from.year, ...from.data.marker }, { year: to.year, ...to.data.marker }),
    sections,
  };
}

/** A signed change for display: "+3", "−2", "0"; `unit` follows the number ("+4 pp"). */
export function formatChange(change: number | null, unit = ''): string {
  if (change === null) return '—';
  const rounded = Math.round(change * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded)}${unit}`;
}
