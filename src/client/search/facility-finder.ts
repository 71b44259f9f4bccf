// Facility names for site search: the query's shard of names (src/lib/domain/facility-search.ts),
// fetched once and matched here. Facilities are not in Pagefind's index; their hits come from here.
import type { FacilityIndexFile } from '../../lib/domain/facility-index.ts';
import { cardOfIndexed, decodeFacilityShard, facilityExcerpt, matchFacilities, namesAFacility, shardForQuery, type FacilityCard, type FacilityMatch, type FacilityShardFile } from '../../lib/domain/facility-search.ts';
import type { SearchHit } from './search-hit.ts';
import { base, fetchOnce } from './site-files.ts';

function loadShard(shard: string): Promise<FacilityCard[]> {
  // No file: no facility has a word filed there, which is an answer, not an error.
  return fetchOnce(`/search/facilities/${shard}.json`, async (response) => (response.ok ? decodeFacilityShard((await response.json()) as FacilityShardFile) : [])).catch(() => []);
}

/**
 * Every facility, from the /smelters/ filter's file (the browser may have it from that page). Its
 * reader is loaded with it: most searches never need either.
 */
function loadEveryFacility(): Promise<FacilityCard[]> {
  return fetchOnce('/smelters/facilities.json', async (response) => {
    if (!response.ok) throw new Error(`Search could not load ${response.url} (HTTP ${response.status})`);
    const [file, { decodeFacilityIndex }] = await Promise.all([response.json() as Promise<FacilityIndexFile>, import('../../lib/domain/facility-index.ts')]);
    return decodeFacilityIndex(file).map(cardOfIndexed);
  });
}

/** Whether a facility passes the search page's filters, as Pagefind applies them: every chosen value must hold. */
function passes(card: FacilityCard, filters: Record<string, string[]>): boolean {
  const { kind = [], metal = [], year = [], issuer = [] } = filters;
  return kind.every((value) => value === 'Smelter') && issuer.length === 0 && metal.every((value) => value === card.metal) && year.every((value) => card.years.includes(Number(value)));
}

function toHit(match: FacilityMatch): SearchHit {
  return {
    url: `${base}/smelters/${match.card.id}/`,
    title: match.card.name,
    excerpt: [{ text: facilityExcerpt(match) }],
    kind: 'Smelter',
    metal: match.card.metal,
    year: match.card.years.join(', '),
    subResults: [],
  };
}

/**
 * The facilities a query names, best first, within the filters, and whether it is one's whole
 * name. A query of common name words only ("smelting", "mining") names too many facilities to
 * file: it is looked up in every facility's name when `facilitiesOnly` (a metal or the Smelter
 * kind ticked, so no page could answer it), and not at all otherwise (pages answer it).
 */
export async function findFacilities(query: string, filters: Record<string, string[]> = {}, facilitiesOnly = false): Promise<{ hits: SearchHit[]; wholeName: boolean }> {
  const shard = shardForQuery(query);
  if (!shard && !facilitiesOnly) return { hits: [], wholeName: false };
  const matches = matchFacilities(await (shard ? loadShard(shard) : loadEveryFacility()), query);
  return { hits: matches.filter((match) => passes(match.card, filters)).map(toHit), wholeName: namesAFacility(query, matches) };
}
