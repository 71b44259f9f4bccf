import type { Country } from '../schemas/country.ts';
import type { RegistryEntry } from '../schemas/registry.ts';
import type { ReportData, StatedFigure } from '../schemas/report.ts';
import { metals, type Metal } from '../schemas/smelter-row.ts';
import { compareCountries, type CountryComparison } from './country-names.ts';
import { markerJson } from './downloads.ts';
import { computeTableFigures, type MetalFigures, type TableFigures } from './report-figures.ts';
import { compareSections, type SectionComparison } from './section-diff.ts';
import { normalizeName } from './smelter-names.ts';

/** The front matter facts a comparison reads. */
export type ReportFacts = Pick<ReportData, 'conclusion' | 'cfsi' | 'marker' | 'suppliers' | 'countriesOfOrigin'> & Partial<Pick<ReportData, 'title' | 'sections'>>;

/** A smelter table row placed in the registry (only what a comparison needs). */
export interface ComparableRow {
  metal: Metal;
  /** The name as that year's filing prints it. */
  facility: string;
  marker: boolean;
  facilityId: string;
}

/** One year's report as a comparison needs it. */
export interface ReportSnapshot {
  year: number;
  data: ReportFacts;
  rows: readonly ComparableRow[];
  /** The report's Markdown body; without it on both sides the narrative is not compared. */
  body?: string;
}

/** What a comparison needs from the registry: names and which facility continues which. */
export type RegistryLink = Pick<RegistryEntry, 'id' | 'name' | 'metal' | 'succeeds'>;

/** A facility as one year lists it; a facility printed on several rows is one facility. */
export interface ListedFacility {
  id: string;
  /** The registry's name, or the printed name for a facility not in the registry. */
  name: string;
  /** Every spelling that year printed, in table order. */
  printed: string[];
  /** Marked if any of its rows carries that year's marker. */
  marked: boolean;
  /** Rows the facility takes up in that year's table (more than 1: printed twice). */
  rows: number;
}

/** Same facility (same registry id) printed under different names. */
export interface RenamedFacility {
  id: string;
  name: string;
  printedFrom: string[];
  printedTo: string[];
}

/** Same facility, marker on one year and not the other. */
export interface MarkerChange {
  id: string;
  name: string;
  printed: string[];
  markedFrom: boolean;
  markedTo: boolean;
}

/** A facility listed as one line in the earlier year and site by site in the later (registry `succeeds`). */
export interface SplitFacility {
  group: ListedFacility;
  sites: (ListedFacility & { listedBefore: boolean })[];
}

/** A facility listed more than once in one year's table. */
export interface PrintedTwice {
  year: number;
  facility: ListedFacility;
}

export interface MetalComparison {
  metal: Metal;
  added: ListedFacility[];
  removed: ListedFacility[];
  split: SplitFacility[];
  /** Same facility, a different name (not just different punctuation, case or accents). */
  renamed: RenamedFacility[];
  /** Same facility and name, printed with different punctuation, case or accents. */
  respelled: RenamedFacility[];
  markerChanged: MarkerChange[];
  /** Facilities listed in both years (whatever their names or markers). */
  inBoth: number;
  printedTwice: PrintedTwice[];
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

/** Every pair of years (earlier first), for `/compare/<from>-<to>/`. */
export function yearPairs(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.flatMap((from, index) => sorted.slice(index + 1).map((to): [number, number] => [from, to]));
}

/** One year's facilities per metal, each facility once. */
export function listFacilities(rows: readonly ComparableRow[], registry: readonly RegistryLink[] = []): Map<Metal, Map<string, ListedFacility>> {
  const names = new Map(registry.map((entry) => [entry.id, entry.name]));
  const byMetal = new Map<Metal, Map<string, ListedFacility>>(metals.map((metal) => [metal, new Map()]));
  for (const row of rows) {
    const facilities = byMetal.get(row.metal) ?? new Map<string, ListedFacility>();
    const facility = facilities.get(row.facilityId) ?? { id: row.facilityId, name: names.get(row.facilityId) ?? row.facility, printed: [], marked: false, rows: 0 };
    if (!facility.printed.includes(row.facility)) facility.printed.push(row.facility);
    facility.marked ||= row.marker;
    facility.rows += 1;
    facilities.set(row.facilityId, facility);
    byMetal.set(row.metal, facilities);
  }
  return byMetal;
}

/** Facilities per metal and marked share, counting each facility once. */
export function facilityFigures(rows: readonly ComparableRow[]): TableFigures {
  const listed = listFacilities(rows);
  return computeTableFigures([...listed].flatMap(([metal, facilities]) => [...facilities.values()].map((facility) => ({ metal, marker: facility.marked }))));
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

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.name.localeCompare(b.name, 'en');

function compareMetal(metal: Metal, from: ReportSnapshot, to: ReportSnapshot, before: Map<string, ListedFacility>, after: Map<string, ListedFacility>, registry: readonly RegistryLink[]): MetalComparison {
  const successors = new Map<string, string[]>();
  for (const entry of registry) {
    for (const earlier of entry.succeeds) successors.set(earlier, [...(successors.get(earlier) ?? []), entry.id]);
  }
  const split: SplitFacility[] = [];
  const sitesShown = new Set<string>();
  for (const group of before.values()) {
    if (after.has(group.id)) continue;
    // Follow `succeeds` through facilities the later year does not list, to the sites it does.
    const sites: string[] = [];
    const seen = new Set<string>([group.id]);
    const queue = [...(successors.get(group.id) ?? [])];
    while (queue.length > 0) {
      const id = queue.shift() ?? '';
      if (seen.has(id)) continue;
      seen.add(id);
      if (after.has(id)) sites.push(id);
      else queue.push(...(successors.get(id) ?? []));
    }
    if (sites.length === 0) continue;
    split.push({
      group,
      sites: sites
        .map((id) => after.get(id))
        .filter((site): site is ListedFacility => site !== undefined)
        .map((site) => ({ ...site, listedBefore: before.has(site.id) }))
        .sort(byName),
    });
    for (const id of sites) sitesShown.add(id);
  }
  const groups = new Set(split.map((entry) => entry.group.id));

  const renamed: RenamedFacility[] = [];
  const respelled: RenamedFacility[] = [];
  const markerChanged: MarkerChange[] = [];
  let inBoth = 0;
  for (const facility of after.values()) {
    const earlier = before.get(facility.id);
    if (!earlier) continue;
    inBoth += 1;
    // Spacing is noise too ("A. Ş." / "A.Ş."): only a name that differs in its letters is a new name.
    const names = (printed: readonly string[]) => new Set(printed.map((name) => normalizeName(name).replace(/ /g, '')));
    const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((item) => b.has(item));
    if (!sameSet(names(earlier.printed), names(facility.printed))) renamed.push({ id: facility.id, name: facility.name, printedFrom: earlier.printed, printedTo: facility.printed });
    else if (!sameSet(new Set(earlier.printed), new Set(facility.printed))) respelled.push({ id: facility.id, name: facility.name, printedFrom: earlier.printed, printedTo: facility.printed });
    if (earlier.marked !== facility.marked) markerChanged.push({ id: facility.id, name: facility.name, printed: facility.printed, markedFrom: earlier.marked, markedTo: facility.marked });
  }

  const printedTwice = [
    ...[...before.values()].filter((facility) => facility.rows > 1).map((facility) => ({ year: from.year, facility })),
    ...[...after.values()].filter((facility) => facility.rows > 1).map((facility) => ({ year: to.year, facility })),
  ];
  return {
    metal,
    added: [...after.values()].filter((facility) => !before.has(facility.id) && !sitesShown.has(facility.id)).sort(byName),
    removed: [...before.values()].filter((facility) => !after.has(facility.id) && !groups.has(facility.id)).sort(byName),
    split: split.sort((a, b) => byName(a.group, b.group)),
    renamed: renamed.sort(byName),
    respelled: respelled.sort(byName),
    markerChanged: markerChanged.sort(byName),
    inBoth,
    printedTwice,
  };
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
    metals: metals.map((metal) => compareMetal(metal, from, to, before.get(metal) ?? new Map(), after.get(metal) ?? new Map(), registry)),
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

const round = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);
const facilityJson = (facility: ListedFacility) => ({ id: facility.id, name: facility.name, printed: facility.printed, marked: facility.marked });
const figuresJson = (figures: MetalFigures) => ({ facilities: figures.facilities, marked: figures.marked, markedShare: round(figures.markedShare) });
const pairJson = (pair: FigurePair) => ({ from: figuresJson(pair.from), to: figuresJson(pair.to), facilitiesChange: pair.facilitiesChange, markedChange: pair.markedChange, markedSharePointsChange: round(pair.shareChangePoints) });
const markerDefinitionJson = (definition: MarkerDefinition) => ({ year: definition.year, ...markerJson(definition) });

/** The comparison as the `/compare/<from>-<to>.json` download publishes it. */
export function comparisonJson(comparison: ReportComparison, links: { page: string; reports: [string, string] }) {
  const { figures } = comparison;
  return {
    from: { ...comparison.from, report: links.reports[0] },
    to: { ...comparison.to, report: links.reports[1] },
    page: links.page,
    notes: [
      'Facilities are matched across years by registry facility id, never by printed name; a facility printed on several rows of one year counts once (marked if any of its rows is marked).',
      'The marker means what each year’s filing says it means; see markerDefinitions before reading markerChanged.',
    ],
    markerDefinitions: { from: markerDefinitionJson(comparison.marker.from), to: markerDefinitionJson(comparison.marker.to), meaningDiffers: comparison.marker.differences.length > 0, differences: comparison.marker.differences },
    figures: {
      byMetal: Object.fromEntries(metals.map((metal) => [metal, pairJson(figures.byMetal[metal])])),
      total: pairJson(figures.total),
      tableRows: figures.rows,
      countriesOfOrigin: figures.countries,
      suppliersCount: figures.suppliersCount,
      supplierResponseRate: { ...figures.responseRate, changeUnit: 'percentage points' },
      conclusion: figures.conclusion,
      cfsi: figures.cfsi,
    },
    metals: Object.fromEntries(
      comparison.metals.map((metal) => [
        metal.metal,
        {
          added: metal.added.map(facilityJson),
          removed: metal.removed.map(facilityJson),
          listedSiteBySite: metal.split.map((entry) => ({ group: facilityJson(entry.group), sites: entry.sites.map((site) => ({ ...facilityJson(site), listedBefore: site.listedBefore })) })),
          renamed: metal.renamed,
          printedDifferently: metal.respelled,
          markerChanged: metal.markerChanged,
          inBoth: metal.inBoth,
          printedMoreThanOnce: metal.printedTwice.map((entry) => ({ year: entry.year, ...facilityJson(entry.facility), rows: entry.facility.rows })),
        },
      ]),
    ),
    countriesOfOrigin: comparison.countries,
    sections: comparison.sections.map((section) => ({
      key: section.key,
      matchedBy: section.matchedBy,
      title: section.title,
      from: { headingIds: section.from.ids, headings: section.from.titles },
      to: { headingIds: section.to.ids, headings: section.to.titles },
      wordsAdded: section.diff.wordsAdded,
      wordsRemoved: section.diff.wordsRemoved,
      identical: section.diff.identical,
      diff: section.diff.paragraphs,
    })),
  };
}
