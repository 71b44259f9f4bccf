// Site search finds facilities through their own shards of names (src/lib/domain/facility-search.ts),
// not through Pagefind: every facility the site publishes must be found by its name and by every
// name it was printed under, and facility pages must stay out of Pagefind's index.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFacilityShard, matchFacilities, shardForQuery, type FacilityShardFile } from '../../src/lib/domain/facility-search.ts';
import { decodeFacilityIndex, type FacilityIndexFile } from '../../src/lib/domain/facility-index.ts';
import { dist, page } from './built-site.ts';

const shardDir = join(dist, 'search', 'facilities');
const shards = new Map(readdirSync(shardDir).map((file) => [file.replace(/\.json$/, ''), decodeFacilityShard(JSON.parse(readFileSync(join(shardDir, file), 'utf8')) as FacilityShardFile)]));
const facilities = decodeFacilityIndex(JSON.parse(readFileSync(join(dist, 'smelters', 'facilities.json'), 'utf8')) as FacilityIndexFile);

describe('facility names in site search', () => {
  it('finds every published facility by its name, as the best match or tied with a facility of the same name', () => {
    expect(facilities.length).toBeGreaterThan(250);
    for (const facility of facilities) {
      const shard = shardForQuery(facility.name);
      if (!shard) continue; // a name of common words only ("Gold Refinery"): found through /smelters/
      const matches = matchFacilities(shards.get(shard) ?? [], facility.name);
      expect(matches.map((match) => match.card.id), facility.name).toContain(facility.id);
      expect(matches[0]?.card.name.toLowerCase(), facility.name).toBe(facility.name.toLowerCase());
    }
  });

  it('finds a facility by each name a filing printed it under', () => {
    let checked = 0;
    for (const cards of shards.values()) {
      for (const card of cards) {
        for (const name of card.otherNames) {
          const shard = shardForQuery(name);
          if (!shard) continue;
          expect(matchFacilities(shards.get(shard) ?? [], name).map((match) => match.card.id), name).toContain(card.id);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps facility pages out of Pagefind’s index, and reports in it', () => {
    const facility = facilities[0];
    expect(page(`/smelters/${facility?.id ?? ''}/`)).not.toContain('data-pagefind-body');
    expect(page('/reports/2014/')).toContain('data-pagefind-body');
  });
});
