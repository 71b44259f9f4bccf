// Progressive enhancement of a data table: filters, column sorting, a count and an "empty" message,
// with the view kept in the page address (see src/lib/presentation/table-view.ts). Without JavaScript the full
// table is already on the page; this only hides and reorders rows. Markup it works on:
//   [data-table] (optional data-noun="rows")   the root
//     [data-table-controls]                    the filters and [data-count] (hidden by CSS without JavaScript)
//       select[data-filter=KEY]                a choice filter (its options are the allowed values)
//       input[data-filter=KEY]                 a free-text "contains" filter
//     [data-jump]                              links that only make sense on the unfiltered table
//     table > thead th[data-key=KEY][data-sort=text|number]   a sortable column
//     table > tbody > tr[data-KEY=value]       a row's value for KEY (else the text of KEY's column)
//     [data-empty] hidden                      shown when no row matches; a button in it clears the filters
// Styles for the sort buttons and the sticky header are in src/styles/data-table.css.
import { readTableView, rowMatches, writeTableView, type TableView, type TableViewSpec } from '../lib/presentation/table-view.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function enhance(root: HTMLElement): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const controls = root.querySelector<HTMLElement>('[data-table-controls]');
  if (!table || !body || !controls) return;
  const rows = Array.from(body.rows);
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  const filterControls = Array.from(controls.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]'));
  const count = controls.querySelector<HTMLElement>('[data-count]');
  const jump = root.querySelector<HTMLElement>('[data-jump]');
  const empty = root.querySelector<HTMLElement>('[data-empty]');
  const noun = root.dataset.noun ?? 'rows';

  const spec: TableViewSpec = {
    filters: Object.fromEntries(
      filterControls.map((control) => [control.dataset.filter ?? '', control instanceof HTMLSelectElement ? Array.from(control.options, (option) => option.value).filter(Boolean) : 'text']),
    ),
    sortKeys: headers.flatMap((header) => (header.dataset.sort && header.dataset.key ? [header.dataset.key] : [])),
  };
  const column = new Map(headers.flatMap((header, index) => (header.dataset.key ? [[header.dataset.key, index] as const] : [])));
  const keys = [...new Set([...Object.keys(spec.filters), ...spec.sortKeys])];
  // Each row's values are read once: thousands of rows filter on every keystroke.
  const values = new Map(
    rows.map((row) => [row, Object.fromEntries(keys.map((key) => [key, row.dataset[key] ?? row.cells[column.get(key) ?? -1]?.textContent?.trim() ?? '']))]),
  );
  const position = new Map(rows.map((row, index) => [row, index]));

  let view: TableView = readTableView(window.location.search, spec);

  const showSort = () => {
    for (const header of headers) {
      const sorted = view.sort?.key === header.dataset.key;
      if (sorted) header.setAttribute('aria-sort', view.sort?.descending ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    }
  };
  const sortRows = () => {
    const sort = view.sort;
    const numeric = headers.find((header) => header.dataset.key === sort?.key)?.dataset.sort === 'number';
    const ordered = [...rows].sort((a, b) => {
      if (!sort) return (position.get(a) ?? 0) - (position.get(b) ?? 0);
      const [left, right] = [values.get(a)?.[sort.key] ?? '', values.get(b)?.[sort.key] ?? ''];
      const order = numeric ? Number(left) - Number(right) : collator.compare(left, right);
      return (sort.descending ? -order : order) || (position.get(a) ?? 0) - (position.get(b) ?? 0);
    });
    body.append(...ordered);
    showSort();
  };
  const filterRows = () => {
    let shown = 0;
    for (const row of rows) {
      const visible = rowMatches(values.get(row) ?? {}, view.filters, spec);
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.textContent = shown === rows.length ? `All ${rows.length} ${noun}` : `Showing ${shown} of ${rows.length} ${noun}`;
    if (empty) empty.hidden = shown > 0;
    // The "jump to" links point at the first row of each group: offer them only on the table as printed.
    if (jump) jump.hidden = shown !== rows.length || view.sort !== null;
  };
  const remember = () => {
    history.replaceState(history.state, '', `${window.location.pathname}${writeTableView(view, window.location.search, spec)}${window.location.hash}`);
  };

  // The address wins; otherwise keep what the reader chose before this code arrived (or what the
  // browser restored on going back).
  for (const control of filterControls) {
    const fromAddress = view.filters[control.dataset.filter ?? ''];
    if (fromAddress) control.value = fromAddress;
  }
  view = { ...view, filters: Object.fromEntries(filterControls.map((item) => [item.dataset.filter ?? '', item.value.trim()]).filter(([, value]) => value)) };
  for (const control of filterControls) {
    control.addEventListener('input', () => {
      view = { ...view, filters: Object.fromEntries(filterControls.map((item) => [item.dataset.filter ?? '', item.value.trim()]).filter(([, value]) => value)) };
      filterRows();
      remember();
    });
  }

  for (const header of headers) {
    const key = header.dataset.key;
    if (!header.dataset.sort || !key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    const indicator = document.createElement('span');
    indicator.className = 'sort-indicator';
    indicator.setAttribute('aria-hidden', 'true');
    button.append(header.textContent?.trim() ?? '', indicator);
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      view = { ...view, sort: { key, descending: view.sort?.key === key && !view.sort.descending } };
      sortRows();
      filterRows();
      remember();
    });
  }

  empty?.querySelector('button')?.addEventListener('click', () => {
    for (const control of filterControls) control.value = '';
    view = { ...view, filters: {} };
    filterRows();
    remember();
    filterControls[0]?.focus();
  });

  root.dataset.enhanced = '';
  if (view.sort) sortRows();
  filterRows();
  if (Object.keys(view.filters).length > 0) remember();
}

/** Enhances each table once (loaded by table-bootstrap.ts when a table is wanted). */
export function enhanceTables(roots: Iterable<HTMLElement>): void {
  for (const root of roots) if (!('enhanced' in root.dataset)) enhance(root);
}
