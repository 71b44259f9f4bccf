// Progressive enhancement of the smelter table: filters (metal, marker, text) and column sorting.
// Without JavaScript the full table is already on the page; this only hides and reorders rows.
for (const root of document.querySelectorAll<HTMLElement>('[data-smelter-table]')) {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const controls = root.querySelector<HTMLElement>('[data-table-controls]');
  if (!table || !body || !controls) continue;
  const rows = Array.from(body.rows);
  const metal = controls.querySelector<HTMLSelectElement>('[data-filter="metal"]');
  const marker = controls.querySelector<HTMLSelectElement>('[data-filter="marker"]');
  const text = controls.querySelector<HTMLInputElement>('[data-filter="text"]');
  const count = controls.querySelector<HTMLElement>('[data-count]');
  const jump = root.querySelector<HTMLElement>('[data-jump]');
  controls.hidden = false;

  const applyFilters = () => {
    const query = (text?.value ?? '').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!metal?.value || row.dataset.metal === metal.value) &&
        (!marker?.value || row.dataset.marker === marker.value) &&
        (!query || (row.cells[2]?.textContent ?? '').toLowerCase().includes(query));
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.textContent = `Showing ${shown} of ${rows.length} rows`;
    // The "jump to metal" links point at rows a filter may hide: offer them only on the full table.
    if (jump) jump.hidden = shown !== rows.length;
  };
  for (const control of [metal, marker, text]) control?.addEventListener('input', applyFilters);
  applyFilters();

  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  headers.forEach((header, column) => {
    const kind = header.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent ?? '';
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (row: HTMLTableRowElement) => row.cells[column]?.textContent?.trim() ?? '';
      const sorted = [...rows].sort((a, b) => {
        const order = kind === 'number' ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b), 'en', { sensitivity: 'base' });
        return ascending ? order : -order;
      });
      body.append(...sorted);
    });
  });
}
