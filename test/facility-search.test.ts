import { describe, expect, it } from 'vitest';
import { buildFacilityShards, cardOfIndexed, decodeFacilityShard, facilityExcerpt, matchFacilities, namesAFacility, pageQuery, shardForQuery, shardOf, shardsOf, type FacilityCard } from '../src/lib/domain/facility-search.ts';
import { metals } from '../src/schemas/smelter-row.ts';

const cards: FacilityCard[] = [
  { id: 'gold-uralelectromed', name: 'JSC Uralelectromed', metal: 'Gold', years: [2013, 2014], otherNames: ['Uralectromed'] },
  { id: 'tantalum-kemet-blue-powder', name: 'KEMET Blue Powder', metal: 'Tantalum', years: [2013, 2014], otherNames: ['Kemet Blue Metals'] },
  { id: 'tantalum-kemet-blue-metals', name: 'KEMET Blue Metals', metal: 'Tantalum', years: [2014], otherNames: [] },
  { id: 'tin-timah', name: 'PT Timah (Persero), Tbk', metal: 'Tin', years: [2014], otherNames: [], rmiId: 'CID001482', country: 'Indonesia' },
  { id: 'gold-zijin', name: 'Gold Refinery of Zijin Mining Group', metal: 'Gold', years: [2014], otherNames: [] },
  { id: 'tungsten-ema', name: 'Émail Tungsten', metal: 'Tungsten', years: [2014], otherNames: [] },
  { id: 'tin-alpha', name: 'Alpha Smelting', metal: 'Tin', years: [2013], otherNames: ['Zeta Works'] },
  { id: 'tin-zeta', name: 'Zeta Works', metal: 'Tin', years: [2014], otherNames: [] },
];

describe('facility search shards', () => {
  it.each([
    ['uralelectromed', 'ur'],
    ['email', 'em'],
    ['cid001482', 'cid82'],
    ['5n', '5n'],
    ['中国', '_4e2d_56fd'],
  ])('files the word %s under %s', (word, shard) => {
    expect(shardOf(word)).toBe(shard);
  });

  it.each([
    ['Zijin', 'zi'],
    ['gold refinery zijin', 'zi'],
    ['Émail', 'em'],
    ['Kemet Blue Powder', 'po'],
    ['CID001482', 'cid82'],
    ['Gold Refinery', undefined],
    ['Co., Ltd.', undefined],
    ['', undefined],
  ])('looks up "%s" in shard %s (its longest distinctive word)', (query, shard) => {
    expect(shardForQuery(query)).toBe(shard);
  });

  it('files a facility under each distinctive word of every name and its id, never under common words or its country', () => {
    expect(shardsOf(cards[3] as FacilityCard).sort()).toEqual(['cid82', 'pe', 'ti']);
    expect(shardsOf(cards[4] as FacilityCard)).toEqual(['zi']);
    expect(shardsOf(cards[0] as FacilityCard)).toEqual(['ur']);
  });

  it('finds every facility through the shard any query word of it is filed under', () => {
    const shards = buildFacilityShards(cards, metals);
    for (const card of cards) {
      for (const query of [card.name, ...card.otherNames, card.rmiId ?? '']) {
        const shard = shardForQuery(query);
        if (!shard) continue;
        const found = matchFacilities(decodeFacilityShard(JSON.parse(JSON.stringify(shards.get(shard))) as never), query).map((match) => match.card);
        expect(found, `"${query}"`).toContainEqual(card);
      }
    }
  });

  it('writes years once per shard and each facility compactly', () => {
    const shard = buildFacilityShards(cards, metals).get('ur');
    expect(shard?.years).toEqual([2013, 2014]);
    expect(shard?.facilities).toEqual([['gold-uralelectromed', 'JSC Uralelectromed', 0, '01', ['Uralectromed'], '', '']]);
  });
});

describe('matching facility names', () => {
  it.each([
    ['Uralelectromed', ['gold-uralelectromed']],
    ['uralelectr', ['gold-uralelectromed']],
    ['KEMET', ['tantalum-kemet-blue-metals', 'tantalum-kemet-blue-powder']],
    ['Kemet Blue Powder', ['tantalum-kemet-blue-powder']],
    // The name itself beats the facility once printed with it, whatever the alphabet says.
    ['Zeta Works', ['tin-zeta', 'tin-alpha']],
    ['Kemet Blue Metals', ['tantalum-kemet-blue-metals', 'tantalum-kemet-blue-powder']],
    ['Timah Indonesia', ['tin-timah']],
    ['cid001482', ['tin-timah']],
    ['email', ['tungsten-ema']],
    ['Timah Malaysia', []],
    ['   ', []],
  ])('"%s" finds %j, best first', (query, ids) => {
    expect(matchFacilities(cards, query).map((match) => match.card.id)).toEqual(ids);
  });

  it('says which other name a facility was found by', () => {
    const [match] = matchFacilities(cards, 'Uralectromed');
    expect(match?.matchedName).toBe('Uralectromed');
    expect(facilityExcerpt(match ?? { card: cards[0] as FacilityCard })).toBe('Metal: Gold. Listed in: 2013, 2014. Also printed as: Uralectromed.');
  });

  it('writes the facts as "label: value" sentences', () => {
    expect(facilityExcerpt({ card: cards[3] as FacilityCard })).toBe('Metal: Tin. Listed in: 2014. Country: Indonesia. RMI smelter id: CID001482.');
  });
});

describe('a query of common name words, with only facilities wanted', () => {
  it.each([
    ['smelting', ['tin-alpha']],
    ['mining', ['gold-zijin']],
    ['refinery mining', ['gold-zijin']],
  ])('"%s" has no shard, and is found in every facility’s name (the smelter index’s file)', (query, ids) => {
    expect(shardForQuery(query)).toBeUndefined();
    const everyFacility = cards.map(({ id, name, metal, years }) => cardOfIndexed({ id, name, metal, years, markedYears: [] }));
    expect(matchFacilities(everyFacility, query).map((match) => match.card.id)).toEqual(ids);
  });

  it('matches a facility of the index file by its name only: the file has no other names', () => {
    expect(cardOfIndexed({ id: 'tin-alpha', name: 'Alpha Smelting', metal: 'Tin', years: [2013], markedYears: [2013] })).toEqual({ id: 'tin-alpha', name: 'Alpha Smelting', metal: 'Tin', years: [2013], otherNames: [] });
  });
});

describe('the query for the pages’ text', () => {
  it.each([
    ['Shandong Zhaojin Gold & Silver Refinery Co. Ltd', 'Shandong Zhaojin Gold & Silver Refinery'],
    ['PT Timah (Persero), Tbk', 'Timah (Persero),'],
    ['forced labor', 'forced labor'],
    ['Co., Ltd.', 'Co., Ltd.'],
    ['  Dodd-Frank  ', 'Dodd-Frank'],
  ])('searches the text for "%s" as "%s" (legal forms dropped, unless nothing else is left)', (query, expected) => {
    expect(pageQuery(query)).toBe(expected);
  });
});

describe('a facility’s whole name as the query', () => {
  it.each([
    ['Kemet Blue Powder', true],
    ['kemet blue metals', true],
    ['Uralectromed', true],
    ['KEMET', false],
    ['forced labor', false],
  ])('"%s" names a facility: %s', (query, expected) => {
    expect(namesAFacility(query, matchFacilities(cards, query))).toBe(expected);
  });

  it('searches the pages for its distinctive words only', () => {
    expect(pageQuery('Shandong Zhaojin Gold & Silver Refinery Co. Ltd', true)).toBe('Shandong Zhaojin');
    expect(pageQuery('Gold Refinery', true)).toBe('Gold Refinery');
  });
});
