import { describe, expect, it } from 'vitest';
import { companyName } from '../src/lib/presentation/labels.ts';
import { foldText, readTableView, rowMatches, writeTableView, type TableView, type TableViewSpec } from '../src/lib/presentation/table-view.ts';

const spec: TableViewSpec = {
  filters: { metal: ['Gold', 'Tin'], marked: ['yes', 'no'], facility: 'text' },
  sortKeys: ['row', 'facility'],
};

describe('readTableView', () => {
  it.each<[string, TableView]>([
    ['', { filters: {}, sort: null }],
    ['?metal=Gold&marked=yes', { filters: { metal: 'Gold', marked: 'yes' }, sort: null }],
    ['?facility=%20H.C.%20Starck%20', { filters: { facility: 'H.C. Starck' }, sort: null }],
    ['?sort=facility', { filters: {}, sort: { key: 'facility', descending: false } }],
    ['?sort=row&order=desc', { filters: {}, sort: { key: 'row', descending: true } }],
  ])('reads %j', (query, view) => {
    expect(readTableView(query, spec)).toEqual(view);
  });

  it.each([
    ['a value that is not one of the choices', '?metal=Silver', { filters: {}, sort: null }],
    ['an unknown filter', '?colour=red&marked=no', { filters: { marked: 'no' }, sort: null }],
    ['an unknown sort column', '?sort=country&order=desc', { filters: {}, sort: null }],
    ['an empty text filter', '?facility=%20%20', { filters: {}, sort: null }],
  ])('ignores %s', (_, query, view) => {
    expect(readTableView(query, spec)).toEqual(view);
  });
});

describe('writeTableView', () => {
  it.each<[TableView, string, string]>([
    [{ filters: {}, sort: null }, '', ''],
    [{ filters: { facility: 'starck', metal: 'Gold' }, sort: { key: 'facility', descending: true } }, '', '?metal=Gold&facility=starck&sort=facility&order=desc'],
    [{ filters: { marked: 'yes' }, sort: { key: 'row', descending: false } }, '?metal=Tin&sort=facility&order=desc', '?marked=yes&sort=row'],
    [{ filters: { metal: 'Tin' }, sort: null }, '?utm=x', '?utm=x&metal=Tin'],
    [{ filters: { metal: '' }, sort: { key: 'country', descending: false } }, '', ''],
  ])('writes %j over %j as %j', (view, current, query) => {
    expect(writeTableView(view, current, spec)).toBe(query);
  });

  it('reads back what it writes', () => {
    const view: TableView = { filters: { metal: 'Gold', marked: 'no', facility: 'Metalúrgica & Co' }, sort: { key: 'facility', descending: true } };
    expect(readTableView(writeTableView(view, '', spec), spec)).toEqual(view);
  });
});

describe('rowMatches', () => {
  const row = { metal: 'Gold', marked: 'yes', facility: 'Metalúrgica  Vinto', year: '2013 2014' };
  it.each<[Record<string, string>, boolean]>([
    [{}, true],
    [{ metal: 'Gold', marked: 'yes' }, true],
    [{ metal: 'Tin' }, false],
    [{ facility: 'metalurgica vinto' }, true],
    [{ facility: 'VINTO' }, true],
    [{ facility: 'Vinto SA' }, false],
    [{ metal: 'Gold', facility: 'zzz' }, false],
  ])('filters %j: %s', (filters, expected) => {
    expect(rowMatches(row, filters, spec)).toBe(expected);
  });

  it('matches one of several space-separated values exactly', () => {
    const years: TableViewSpec = { filters: { year: ['2013', '2014', '201'] }, sortKeys: [] };
    expect(rowMatches(row, { year: '2014' }, years)).toBe(true);
    expect(rowMatches(row, { year: '201' }, years)).toBe(false);
  });

  it('folds case, accents and spaces', () => {
    expect(foldText('  Ölçü  Ｍetal\tCo ')).toBe('olcu ｍetal co');
  });
});

describe('companyName', () => {
  it.each([
    ['Infinera Corporation', 'Infinera'],
    ['Infinera', 'Infinera'],
    ['Juniper Networks, Inc.', 'Juniper Networks'],
    ['Juniper Networks', 'Juniper Networks'],
    ['  Acme   Co., Ltd. ', 'Acme'],
    ['Corporation', 'Corporation'],
  ])('%j is %j', (name, company) => {
    expect(companyName(name)).toBe(company);
  });
});
