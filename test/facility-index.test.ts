import { describe, expect, it } from 'vitest';
import { decodeFacilityIndex, encodeFacilityIndex, filterFacilities, filterFromSearch, formatYears, groupByLetter, letterOf, searchFromFilter, type FacilityFilter, type IndexedFacility } from '../src/lib/domain/facility-index.ts';
import { metals } from '../src/schemas/smelter-row.ts';

const facilities: IndexedFacility[] = [
  { id: 'gold-aida', name: 'Aida Chemical Industries Co. Ltd.', metal: 'Gold', years: [2013, 2014], markedYears: [2014] },
  { id: 'gold-umicore', name: 'Umicore S.A.', metal: 'Gold', years: [2013], markedYears: [2013] },
  { id: 'tin-timah', name: 'PT Timah (Persero), Tbk', metal: 'Tin', years: [2014], markedYears: [] },
  { id: 'tin-5n', name: '5N Plus', metal: 'Tin', years: [2013, 2014], markedYears: [] },
  { id: 'tungsten-ema', name: 'Émail Tungsten', metal: 'Tungsten', years: [2014], markedYears: [2014] },
];
const none: FacilityFilter = { name: '', metal: '', year: '', marked: '' };

describe('facility index', () => {
  it.each([
    ['Aida Chemical', 'a'],
    ['Émail Tungsten', 'e'],
    ['5N Plus', '0-9'],
    ['“Quoted” Co', 'q'],
  ])('puts %s under %s', (name, letter) => {
    expect(letterOf(name)).toBe(letter);
  });

  it('groups by letter in order, digits first', () => {
    expect(groupByLetter(facilities).map((group) => [group.letter, group.facilities.length])).toEqual([['0-9', 1], ['a', 1], ['e', 1], ['p', 1], ['u', 1]]);
  });

  it.each([
    [[2013, 2014, 2015, 2017], [2013, 2014, 2015, 2016, 2017], '2013–2015, 2017'],
    [[2013, 2015], [2013, 2015], '2013–2015'],
    [[2014], [2013, 2014], '2014'],
    [[], [2013], ''],
  ])('writes %j as a reader says it', (years, all, expected) => {
    expect(formatYears(years, all)).toBe(expected);
  });

  it('encodes compactly and decodes to the same facilities', () => {
    const file = encodeFacilityIndex(facilities, metals);
    expect(file.facilities[0]).toEqual(['gold-aida', 'Aida Chemical Industries Co. Ltd.', 0, '01', '1']);
    expect(decodeFacilityIndex(JSON.parse(JSON.stringify(file)) as typeof file)).toEqual(facilities);
  });

  it.each([
    ['nothing', none, ['gold-aida', 'gold-umicore', 'tin-timah', 'tin-5n', 'tungsten-ema']],
    ['a name, ignoring case and punctuation', { ...none, name: 'timah persero' }, ['tin-timah']],
    ['a name, ignoring accents', { ...none, name: 'email' }, ['tungsten-ema']],
    ['a metal', { ...none, metal: 'Tin' }, ['tin-timah', 'tin-5n']],
    ['a year', { ...none, year: '2013' }, ['gold-aida', 'gold-umicore', 'tin-5n']],
    ['marked in any year', { ...none, marked: 'yes' }, ['gold-aida', 'gold-umicore', 'tungsten-ema']],
    ['marked in the chosen year', { ...none, year: '2013', marked: 'yes' }, ['gold-umicore']],
    ['not marked in the chosen year', { ...none, year: '2013', marked: 'no' }, ['gold-aida', 'tin-5n']],
    ['nothing matching', { ...none, name: 'no such name' }, []],
  ])('filters by %s', (_label, filter, expected) => {
    expect(filterFacilities(facilities, filter).map((facility) => facility.id)).toEqual(expected);
  });

  it('keeps the filter in the address and reads it back', () => {
    const filter = { name: 'Aida & Co', metal: 'Gold', year: '2014', marked: 'yes' };
    expect(searchFromFilter(filter)).toBe('?q=Aida+%26+Co&metal=Gold&year=2014&marked=yes');
    expect(filterFromSearch(searchFromFilter(filter))).toEqual(filter);
    expect(searchFromFilter(none)).toBe('');
  });
});
