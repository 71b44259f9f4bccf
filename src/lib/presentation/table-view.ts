/**
 * What a filterable, sortable data table shows — its filters and its sort — and how that view is
 * written in the page's address (`?metal=Gold&marked=yes&facility=starck&sort=facility&order=desc`),
 * so a filtered view can be shared as a link and survives a reload. Pure functions: the browser
 * script (src/client/data-table.ts) reads and writes the address with them.
 */

/** A column to sort by, and in which direction. */
export interface TableSort {
  key: string;
  descending: boolean;
}

/** The view of one table: each filter's value (absent: not filtered) and the sort (null: the page's own order). */
export interface TableView {
  filters: Record<string, string>;
  sort: TableSort | null;
}

/** What a table allows: its filters (each with its allowed values, or `text` for free text) and its sortable columns. */
export interface TableViewSpec {
  filters: Readonly<Record<string, readonly string[] | 'text'>>;
  sortKeys: readonly string[];
}

const SORT = 'sort';
const ORDER = 'order';

/**
 * The view a query string asks for. Anything the table does not allow (an unknown filter, a value
 * that is not one of a filter's choices, an unknown sort column) is ignored, so an old or
 * hand-edited link still opens the table, at worst unfiltered.
 */
export function readTableView(query: string, spec: TableViewSpec): TableView {
  const params = new URLSearchParams(query);
  const filters: Record<string, string> = {};
  for (const [key, allowed] of Object.entries(spec.filters)) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (allowed === 'text' || allowed.includes(value)) filters[key] = value;
  }
  const key = params.get(SORT);
  const sort = key && spec.sortKeys.includes(key) ? { key, descending: params.get(ORDER) === 'desc' } : null;
  return { filters, sort };
}

/**
 * The query string ("?…", or "" when nothing is set) for a view, keeping any other parameters of
 * `current` untouched. Filters and sort are written in the spec's order, so one view has one address.
 */
export function writeTableView(view: TableView, current: string, spec: TableViewSpec): string {
  const params = new URLSearchParams(current);
  for (const key of [...Object.keys(spec.filters), SORT, ORDER]) params.delete(key);
  for (const key of Object.keys(spec.filters)) {
    const value = view.filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (view.sort && spec.sortKeys.includes(view.sort.key)) {
    params.set(SORT, view.sort.key);
    if (view.sort.descending) params.set(ORDER, 'desc');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Text folded for "contains" matching: case, accents and runs of spaces do not matter. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether a row passes every filter. `values` holds the row's value per filter key: a choice filter
 * matches one of the row's space-separated values exactly (a facility listed in "2013 2014");
 * a text filter matches when the row's folded text contains the folded query.
 */
export function rowMatches(values: Readonly<Record<string, string>>, filters: Readonly<Record<string, string>>, spec: TableViewSpec): boolean {
  return Object.entries(filters).every(([key, wanted]) => {
    const value = values[key] ?? '';
    return spec.filters[key] === 'text' ? foldText(value).includes(foldText(wanted)) : value.split(' ').includes(wanted);
  });
}
