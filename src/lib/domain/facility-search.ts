// Finding a smelter or refiner by name in site search, at archive scale. Facility pages are kept
// out of Pagefind's index: at thousands of facilities its page list alone (loaded by every search)
// would cost more than a whole search may. Instead each facility is filed in small "shards", one
// per first two letters of each distinctive word of its names (and one for its RMI smelter id); a
// query fetches the one shard of its most distinctive word and is matched in the browser. A query
// of common words only ("smelting") has no shard; when the reader wants facilities only (a metal
// ticked), it is matched against every facility's name in the /smelters/ filter's file instead.
// Shared by the build (writing the shards) and the browser (reading them): no Astro imports.
import type { Metal } from '../../schemas/smelter-row.ts';
import type { Facility } from './facilities.ts';
import type { IndexedFacility } from './facility-index.ts';
import { normalizeName } from './smelter-names.ts';

/** What search knows of a facility. */
export interface FacilityCard {
  id: string;
  name: string;
  metal: Metal;
  /** Years it is listed in, ascending. */
  years: number[];
  /** Other names it was printed or registered under. */
  otherNames: string[];
  rmiId?: string;
  country?: string;
}

/** Legal forms as normalizeName writes them ("Company" is "co", "Limited" is "ltd"). */
const LEGAL_FORMS = new Set(['co', 'ltd', 'inc', 'corp', 'llc', 'plc', 'sa', 'ag', 'gmbh', 'bv', 'nv', 'pt', 'jsc', 'ojsc', 'oao', 'zao', 'pjsc', 'cv', 'srl', 'spa', 'kk', 'pvt', 'sdn', 'bhd', 'tbk']);
/**
 * Words too common in facility names to pick a shard by: legal forms, the metals, trade words.
 * They still count when matching, a query just cannot be filed under them.
 */
const COMMON_WORDS = new Set([
  ...LEGAL_FORMS,
  'and', 'of', 'the', 'de', 'do', 'la', 'el', 'y',
  'gold', 'tin', 'tantalum', 'tungsten', 'silver',
  'metal', 'metals', 'metallurgical', 'metallurgy', 'mining', 'mine', 'mines', 'smelting', 'smelter', 'refining', 'refinery', 'refineries',
  'industry', 'industries', 'industrial', 'group', 'holdings', 'international', 'resources', 'materials', 'material', 'minerals', 'mineral',
  'products', 'technology', 'technologies', 'precious', 'nonferrous', 'non', 'ferrous', 'new',
]);

export function toFacilityCard(facility: Facility): FacilityCard {
  const printed = facility.appearances.map((appearance) => appearance.printedName);
  const seen = new Set([normalizeName(facility.name)]);
  const otherNames: string[] = [];
  for (const name of [...facility.aliases, ...printed]) {
    const key = normalizeName(name);
    if (seen.has(key)) continue;
    seen.add(key);
    otherNames.push(name);
  }
  return {
    id: facility.id,
    name: facility.name,
    metal: facility.metal,
    years: [...new Set(facility.appearances.map((appearance) => appearance.year))].sort((a, b) => a - b),
    otherNames,
    ...(facility.rmiId ? { rmiId: facility.rmiId } : {}),
    ...(facility.country ? { country: facility.country } : {}),
  };
}

/** A facility of the /smelters/ filter's file (src/lib/domain/facility-index.ts) as search matches it: by its name only (the file has no other names). */
export function cardOfIndexed({ id, name, metal, years }: IndexedFacility): FacilityCard {
  return { id, name, metal, years, otherNames: [] };
}

const words = (text: string) => normalizeName(text).split(' ').filter(Boolean);

/** The words a facility is filed under: those of its names and its RMI id (countries are too common to file by). */
function wordsOf(card: FacilityCard): string[] {
  return [card.name, ...card.otherNames, card.rmiId ?? ''].flatMap(words);
}

/**
 * The shard a word is filed in: its first two letters, written so any file system takes them. RMI
 * ids all begin "CID", so they go by their last two digits instead ("CID001105" → "cid05").
 */
export function shardOf(word: string): string {
  if (/^cid\d{2,}$/.test(word)) return `cid${word.slice(-2)}`;
  return [...word.slice(0, 2)].map((char) => (/[a-z0-9]/.test(char) ? char : `_${char.codePointAt(0)?.toString(16) ?? ''}`)).join('');
}

const distinctive = (word: string) => word.length >= 2 && !COMMON_WORDS.has(word);

/** The shards a facility is filed in. */
export function shardsOf(card: FacilityCard): string[] {
  return [...new Set(wordsOf(card).filter(distinctive).map(shardOf))];
}

/** The shard to fetch for a query: that of its longest distinctive word (undefined: none, so no facility is looked up). */
export function shardForQuery(query: string): string | undefined {
  const candidates = words(query).filter(distinctive);
  const longest = candidates.sort((a, b) => b.length - a.length)[0];
  return longest ? shardOf(longest) : undefined;
}

/** The file of one shard: years and metals once, each facility as a row (years as positions, base 36). */
export interface FacilityShardFile {
  years: number[];
  metals: Metal[];
  facilities: [id: string, name: string, metal: number, listed: string, otherNames: string[], rmiId: string, country: string][];
}

/** Every facility filed in its shards, each shard ready to write as JSON. */
export function buildFacilityShards(cards: readonly FacilityCard[], metals: readonly Metal[]): Map<string, FacilityShardFile> {
  const years = [...new Set(cards.flatMap((card) => card.years))].sort((a, b) => a - b);
  const position = new Map(years.map((year, index) => [year, index.toString(36)]));
  const shards = new Map<string, FacilityShardFile>();
  for (const card of cards) {
    const row: FacilityShardFile['facilities'][number] = [card.id, card.name, metals.indexOf(card.metal), card.years.map((year) => position.get(year) ?? '').join(''), card.otherNames, card.rmiId ?? '', card.country ?? ''];
    for (const shard of shardsOf(card)) {
      let file = shards.get(shard);
      if (!file) shards.set(shard, (file = { years, metals: [...metals], facilities: [] }));
      file.facilities.push(row);
    }
  }
  return shards;
}

export function decodeFacilityShard(file: FacilityShardFile): FacilityCard[] {
  return file.facilities.map(([id, name, metal, listed, otherNames, rmiId, country]) => ({
    id,
    name,
    metal: file.metals[metal] ?? 'Gold',
    years: [...listed].map((char) => file.years[Number.parseInt(char, 36)] ?? 0),
    otherNames,
    ...(rmiId ? { rmiId } : {}),
    ...(country ? { country } : {}),
  }));
}

/** A facility found by a query, and the other name it was found by when not its own. */
export interface FacilityMatch {
  card: FacilityCard;
  matchedName?: string;
}

/**
 * The facilities a query names: every word of the query begins a word of the facility's name (or
 * of one other name, or its id and country). Best first: the name itself, then names beginning
 * with the query (or another name that is the query), then the other matches, each in
 * alphabetical order.
 */
export function matchFacilities(cards: readonly FacilityCard[], query: string): FacilityMatch[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  const whole = wanted.join(' ');
  const covers = (text: string) => {
    const have = words(text);
    return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)));
  };
  const ranked: { match: FacilityMatch; rank: number }[] = [];
  for (const card of cards) {
    const name = normalizeName(card.name);
    if (name === whole || card.rmiId?.toLowerCase() === whole) ranked.push({ match: { card }, rank: 0 });
    else if (name.startsWith(whole)) ranked.push({ match: { card }, rank: 1 });
    else if (covers(card.name)) ranked.push({ match: { card }, rank: 2 });
    else {
      const other = card.otherNames.find(covers);
      if (other) ranked.push({ match: { card, matchedName: other }, rank: normalizeName(other) === whole ? 1 : 3 });
      else if (covers([card.name, ...card.otherNames, card.rmiId ?? '', card.country ?? ''].join(' '))) ranked.push({ match: { card }, rank: 4 });
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.match.card.name.localeCompare(b.match.card.name, 'en')).map(({ match }) => match);
}

/** The facts search shows for a facility, as "label: value" sentences (as on its page). */
export function facilityExcerpt({ card, matchedName }: FacilityMatch): string {
  return [
    `Metal: ${card.metal}.`,
    `Listed in: ${card.years.join(', ')}.`,
    ...(matchedName ? [`Also printed as: ${matchedName}.`] : []),
    ...(card.country ? [`Country: ${card.country}.`] : []),
    ...(card.rmiId ? [`RMI smelter id: ${card.rmiId}.`] : []),
  ].join(' ');
}

/**
 * The query to search the pages' text with: without legal forms ("Co.", "Ltd", "PT"), which no
 * reader means to find in a text and each of which would cost Pagefind another index chunk. When
 * the query is a facility's whole name (`namesAFacility`), only its distinctive words are kept:
 * the pages that mention "Shandong Zhaojin", not every page with "gold" and "refinery". A query
 * of nothing else is kept as typed.
 */
export function pageQuery(query: string, namesAFacility = false): string {
  const keep = (word: string) => {
    const normalized = normalizeName(word);
    return namesAFacility ? normalized.split(' ').some(distinctive) : !LEGAL_FORMS.has(normalized);
  };
  const kept = query.split(/\s+/).filter((word) => word && keep(word));
  return kept.length > 0 ? kept.join(' ') : query.trim();
}

/** Whether a query is exactly the name (or another name) of one of the facilities it found. */
export function namesAFacility(query: string, matches: readonly FacilityMatch[]): boolean {
  const whole = normalizeName(query);
  return matches.some(({ card }) => [card.name, ...card.otherNames].some((name) => normalizeName(name) === whole));
}
