import type { RegistryEntry } from '../../schemas/registry.ts';
import { metals, type Metal } from '../../schemas/smelter-row.ts';
import { computeTableFigures, type TableFigures } from './report-figures.ts';
import { normalizeName } from './smelter-names.ts';

/** A smelter table row placed in the registry (only what a comparison needs). */
export interface ComparableRow {
  metal: Metal;
  /** The name as that year's filing prints it. */
  facility: string;
  marker: boolean;
  facilityId: string;
}

/** What a comparison needs from the registry: names, which facility continues which, and the judgements on look-alikes. */
export type RegistryLink = Pick<RegistryEntry, 'id' | 'name' | 'metal' | 'succeeds'> & Partial<Pick<RegistryEntry, 'likelySameAs' | 'evidence' | 'notSameAs'>>;

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

/** Two registry facilities, one listed only in the earlier year and one only in the later, that the registry judges (`likelySameAs`) or refuses (`notSameAs`) to be one. */
export interface FacilityPair {
  from: ListedFacility;
  to: ListedFacility;
  /** The registry's reason, in words. */
  reason: string;
}

export interface MetalComparison {
  metal: Metal;
  /** Listed in the later year only, likely renames left out. */
  added: ListedFacility[];
  /** Listed in the earlier year only, likely renames left out. */
  removed: ListedFacility[];
  split: SplitFacility[];
  /** A facility of the earlier year only and one of the later year only that are likely the same facility under a new name (registry `likelySameAs`). Counted apart from `added` and `removed`. */
  likelyRenamed: FacilityPair[];
  /** A removed facility and a look-alike the later year lists that the registry keeps apart (`notSameAs`), with the reason; nothing moves out of `added` or `removed`. */
  keptApart: FacilityPair[];
  /** Same facility, a different name (not just different punctuation, case or accents). */
  renamed: RenamedFacility[];
  /** Same facility and name, printed with different punctuation, case or accents. */
  respelled: RenamedFacility[];
  markerChanged: MarkerChange[];
  /** Facilities listed in both years (whatever their names or markers). */
  inBoth: number;
  printedTwice: PrintedTwice[];
}

/** One year's facilities per metal, each facility once. */
export function listFacilities(rows: readonly ComparableRow[], registry: readonly RegistryLink[] = []): Map<Metal, Map<string, ListedFacility>> {
  const { names } = linksOf(registry);
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

// One collator each, made once: `localeCompare(b, 'en', …)` sets one up on every call, and a
// comparison of two years sorts thousands of names.
const baseLetters = new Intl.Collator('en', { sensitivity: 'base' });
const english = new Intl.Collator('en');
const byName = (a: { name: string }, b: { name: string }) => baseLetters.compare(a.name, b.name) || english.compare(a.name, b.name);

/** Later ids linked to each earlier id by one kind of registry link. */
function laterOf(registry: readonly RegistryLink[], links: (entry: RegistryLink) => readonly string[]): Map<string, string[]> {
  const later = new Map<string, string[]>();
  for (const entry of registry) for (const earlier of links(entry)) later.set(earlier, [...(later.get(earlier) ?? []), entry.id]);
  return later;
}

/** The registry's links, indexed for lookups by id. */
interface RegistryIndex {
  names: Map<string, string>;
  /** Later ids that continue each id in part (`succeeds`). */
  successors: Map<string, string[]>;
  /** Later ids judged likely the same facility as each id (`likelySameAs`). */
  likelySuccessors: Map<string, string[]>;
  evidence: Map<string, string>;
  /** `notSameAs` judgements, each with the entry that makes it. */
  keptApart: { id: string; judgement: NonNullable<RegistryLink['notSameAs']>[number] }[];
}

// Every comparison of a build reads the same registry: it is indexed once per registry list, not
// once per pair of years and metal.
const indexes = new WeakMap<readonly RegistryLink[], RegistryIndex>();

function linksOf(registry: readonly RegistryLink[]): RegistryIndex {
  let index = indexes.get(registry);
  if (!index) {
    index = {
      names: new Map(registry.map((entry) => [entry.id, entry.name])),
      successors: laterOf(registry, (entry) => entry.succeeds),
      likelySuccessors: laterOf(registry, (entry) => (entry.likelySameAs ? [entry.likelySameAs] : [])),
      evidence: new Map(registry.map((entry) => [entry.id, entry.evidence ?? ''])),
      keptApart: registry.flatMap((entry) => (entry.notSameAs ?? []).map((judgement) => ({ id: entry.id, judgement }))),
    };
    indexes.set(registry, index);
  }
  return index;
}

/** The facilities of `listed` reached from `start` by following links through facilities `listed` does not hold (a year in between). */
function reachable(start: string, later: ReadonlyMap<string, string[]>, listed: ReadonlyMap<string, ListedFacility>): string[] {
  const found: string[] = [];
  const seen = new Set<string>([start]);
  const queue = [...(later.get(start) ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    if (listed.has(id)) found.push(id);
    else queue.push(...(later.get(id) ?? []));
  }
  return found;
}

function splitFacilities(before: Map<string, ListedFacility>, after: Map<string, ListedFacility>, registry: readonly RegistryLink[]): SplitFacility[] {
  const { successors } = linksOf(registry);
  return [...before.values()]
    .filter((group) => !after.has(group.id))
    .map((group) => ({
      group,
      sites: reachable(group.id, successors, after)
        .map((id) => after.get(id))
        .filter((site): site is ListedFacility => site !== undefined)
        .map((site) => ({ ...site, listedBefore: before.has(site.id) }))
        .sort(byName),
    }))
    .filter((entry) => entry.sites.length > 0)
    .sort((a, b) => byName(a.group, b.group));
}

/** Pairs of a facility only the earlier year lists and one only the later year lists, joined by `likelySameAs` (through years in between). */
function likelyRenames(removed: readonly ListedFacility[], added: readonly ListedFacility[], registry: readonly RegistryLink[]): FacilityPair[] {
  const { likelySuccessors: successors, evidence } = linksOf(registry);
  const candidates = new Map(added.map((facility) => [facility.id, facility]));
  const pairs: FacilityPair[] = [];
  for (const from of removed) {
    const [id] = reachable(from.id, successors, candidates);
    const to = id === undefined ? undefined : candidates.get(id);
    if (!to) continue;
    candidates.delete(to.id);
    pairs.push({ from, to, reason: evidence.get(to.id) ?? '' });
  }
  return pairs.sort((a, b) => byName(a.from, b.from));
}

/** Look-alike pairs the registry keeps apart, with its reason: a removed facility and one the later year lists (added or in both years). */
function keptApartPairs(removed: readonly ListedFacility[], later: ReadonlyMap<string, ListedFacility>, registry: readonly RegistryLink[]): FacilityPair[] {
  const earlier = new Map(removed.map((facility) => [facility.id, facility]));
  return linksOf(registry)
    .keptApart.map(({ id, judgement }) => ({ from: earlier.get(judgement.id), to: later.get(id), reason: judgement.reason }))
    .filter((pair): pair is FacilityPair => pair.from !== undefined && pair.to !== undefined)
    .sort((a, b) => byName(a.from, b.from));
}

/** Per metal: facilities added, removed, likely renamed, split into sites, renamed or respelled, and whose marker changed — by registry id, never by printed name. */
export function compareMetal(metal: Metal, years: { from: number; to: number }, before: Map<string, ListedFacility>, after: Map<string, ListedFacility>, registry: readonly RegistryLink[]): MetalComparison {
  const split = splitFacilities(before, after, registry);
  const groups = new Set(split.map((entry) => entry.group.id));
  const sitesShown = new Set(split.flatMap((entry) => entry.sites.map((site) => site.id)));
  const onlyAfter = [...after.values()].filter((facility) => !before.has(facility.id) && !sitesShown.has(facility.id));
  const onlyBefore = [...before.values()].filter((facility) => !after.has(facility.id) && !groups.has(facility.id));
  const likelyRenamed = likelyRenames(onlyBefore, onlyAfter, registry);
  const paired = new Set(likelyRenamed.flatMap((pair) => [pair.from.id, pair.to.id]));
  const added = onlyAfter.filter((facility) => !paired.has(facility.id)).sort(byName);
  const removed = onlyBefore.filter((facility) => !paired.has(facility.id)).sort(byName);

  const renamed: RenamedFacility[] = [];
  const respelled: RenamedFacility[] = [];
  const markerChanged: MarkerChange[] = [];
  let inBoth = 0;
  // Spacing is noise too ("A. Ş." / "A.Ş."): only a name that differs in its letters is a new name.
  const names = (printed: readonly string[]) => new Set(printed.map((name) => normalizeName(name).replace(/ /g, '')));
  const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((item) => b.has(item));
  for (const facility of after.values()) {
    const earlier = before.get(facility.id);
    if (!earlier) continue;
    inBoth += 1;
    if (!sameSet(names(earlier.printed), names(facility.printed))) renamed.push({ id: facility.id, name: facility.name, printedFrom: earlier.printed, printedTo: facility.printed });
    else if (!sameSet(new Set(earlier.printed), new Set(facility.printed))) respelled.push({ id: facility.id, name: facility.name, printedFrom: earlier.printed, printedTo: facility.printed });
    if (earlier.marked !== facility.marked) markerChanged.push({ id: facility.id, name: facility.name, printed: facility.printed, markedFrom: earlier.marked, markedTo: facility.marked });
  }

  const printedTwice = [
    ...[...before.values()].filter((facility) => facility.rows > 1).map((facility) => ({ year: years.from, facility })),
    ...[...after.values()].filter((facility) => facility.rows > 1).map((facility) => ({ year: years.to, facility })),
  ];
  return {
    metal,
    added,
    removed,
    split,
    likelyRenamed,
    keptApart: keptApartPairs(removed, after, registry),
    renamed: renamed.sort(byName),
    respelled: respelled.sort(byName),
    markerChanged: markerChanged.sort(byName),
    inBoth,
    printedTwice,
  };
}
