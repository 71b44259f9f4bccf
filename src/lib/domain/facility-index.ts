// The /smelters/ index at archive scale: facilities grouped by metal and initial letter (pages
// that work without JavaScript), and a compact data file the filter loads when a reader uses it.
// Shared by the pages (build) and the filter script (browser), so it imports nothing from Astro.
import type { Metal } from '../../schemas/smelter-row.ts';
import type { Facility } from './facilities.ts';
import { normalizeName } from './smelter-names.ts';

/** What the index needs of a facility. */
export interface IndexedFacility {
  id: string;
  name: string;
  metal: Metal;
  /** Years it is listed in, ascending, each once. */
  years: number[];
  /** Years its row carries that year's marker. */
  markedYears: number[];
}

export function toIndexedFacility(facility: Facility): IndexedFacility {
  const unique = (years: number[]) => [...new Set(years)].sort((a, b) => a - b);
  return {
    id: facility.id,
    name: facility.name,
    metal: facility.metal,
    years: unique(facility.appearances.map((appearance) => appearance.year)),
    markedYears: unique(facility.appearances.filter((appearance) => appearance.marker).map((appearance) => appearance.year)),
  };
}

/** The letter group of a name: its first letter a–z (accents folded), or "0-9" for anything else. */
export function letterOf(name: string): string {
  const first = normalizeName(name).charAt(0);
  return /[a-z]/.test(first) ? first : '0-9';
}

/** Letter groups of a list of facilities, in alphabetical order ("0-9" first), with their facilities. */
export function groupByLetter<T extends { name: string }>(facilities: readonly T[]): { letter: string; facilities: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const facility of facilities) {
    const letter = letterOf(facility.name);
    groups.set(letter, [...(groups.get(letter) ?? []), facility]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([letter, list]) => ({ letter, facilities: list }));
}

/** Years as a reader says them: consecutive years joined into ranges ("2013–2016, 2019"). */
export function formatYears(years: readonly number[], all: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const position = new Map(all.map((year, index) => [year, index]));
  const flush = () => {
    if (start !== undefined && previous !== undefined) parts.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const year of years) {
    // Consecutive in the archive's own years: a year without a report does not break a range.
    if (previous === undefined || (position.get(year) ?? -2) !== (position.get(previous) ?? -3) + 1) {
      flush();
      start = year;
    }
    previous = year;
  }
  flush();
  return parts.join(', ');
}

/**
 * The filter's data file: each facility as [id, name, metal number, years listed, years marked],
 * years written as one character each (its position in `years`, base 36), to keep thousands of
 * facilities small.
 */
export interface FacilityIndexFile {
  years: number[];
  metals: Metal[];
  facilities: [id: string, name: string, metal: number, listed: string, marked: string][];
}

export function encodeFacilityIndex(facilities: readonly IndexedFacility[], metals: readonly Metal[]): FacilityIndexFile {
  const years = [...new Set(facilities.flatMap((facility) => facility.years))].sort((a, b) => a - b);
  const position = new Map(years.map((year, index) => [year, index.toString(36)]));
  const code = (list: readonly number[]) => list.map((year) => position.get(year) ?? '').join('');
  return {
    years,
    metals: [...metals],
    facilities: facilities.map((facility) => [facility.id, facility.name, metals.indexOf(facility.metal), code(facility.years), code(facility.markedYears)]),
  };
}

export function decodeFacilityIndex(file: FacilityIndexFile): IndexedFacility[] {
  const decode = (text: string) => [...text].map((char) => file.years[Number.parseInt(char, 36)] ?? 0);
  return file.facilities.map(([id, name, metal, listed, marked]) => ({ id, name, metal: file.metals[metal] ?? 'Gold', years: decode(listed), markedYears: decode(marked) }));
}

/** The filter a reader sets; empty fields do not filter. Kept in the page address. */
export interface FacilityFilter {
  /** Part of the name, matched ignoring case, accents and punctuation. */
  name: string;
  metal: string;
  year: string;
  /** "yes": marked (in the chosen year, or in any year); "no": never marked (in that year). */
  marked: string;
}

const filterParameters = { name: 'q', metal: 'metal', year: 'year', marked: 'marked' } as const;

export function filterFromSearch(search: string): FacilityFilter {
  const parameters = new URLSearchParams(search);
  return {
    name: parameters.get(filterParameters.name) ?? '',
    metal: parameters.get(filterParameters.metal) ?? '',
    year: parameters.get(filterParameters.year) ?? '',
    marked: parameters.get(filterParameters.marked) ?? '',
  };
}

/** The query string for a filter ("" when nothing is filtered), in a stable order. */
export function searchFromFilter(filter: FacilityFilter): string {
  const parameters = new URLSearchParams();
  for (const key of ['name', 'metal', 'year', 'marked'] as const) {
    const value = filter[key].trim();
    if (value) parameters.set(filterParameters[key], value);
  }
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

export function isFiltering(filter: FacilityFilter): boolean {
  return searchFromFilter(filter) !== '';
}

const searchableNames = new Map<string, string>();
const searchable = (name: string) => {
  let folded = searchableNames.get(name);
  if (folded === undefined) searchableNames.set(name, (folded = normalizeName(name)));
  return folded;
};

export function filterFacilities(facilities: readonly IndexedFacility[], filter: FacilityFilter): IndexedFacility[] {
  const name = normalizeName(filter.name);
  const year = filter.year ? Number(filter.year) : undefined;
  return facilities.filter((facility) => {
    if (filter.metal && facility.metal !== filter.metal) return false;
    if (year !== undefined && !facility.years.includes(year)) return false;
    if (filter.marked) {
      const marked = year === undefined ? facility.markedYears.length > 0 : facility.markedYears.includes(year);
      if (marked !== (filter.marked === 'yes')) return false;
    }
    return !name || searchable(facility.name).includes(name);
  });
}
