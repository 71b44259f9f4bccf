// The /smelters/ filter: name, metal, year listed, marked. Its data file (every facility, compact)
// is fetched only when the reader first uses the filter or opens a filtered address; the filter
// lives in the address (?q=…&metal=…&year=…&marked=…), so a filtered view can be shared and
// survives a reload. Without JavaScript the form stays disabled and the letter index serves.
import { decodeFacilityIndex, filterFacilities, filterFromSearch, formatYears, isFiltering, searchFromFilter, type FacilityFilter, type FacilityIndexFile, type IndexedFacility } from '../lib/domain/facility-index.ts';
import { paths, url } from '../lib/presentation/url.ts';

const PAGE_SIZE = 100;
const form = document.querySelector<HTMLFormElement>('[data-facility-filter]');
const controls = form?.querySelector<HTMLFieldSetElement>('[data-filter-controls]');
const status = form?.querySelector<HTMLElement>('[data-filter-status]');
const results = document.querySelector<HTMLElement>('[data-filter-results]');
const letterIndex = document.querySelector<HTMLElement>('[data-letter-index]');

if (form && controls && status && results && letterIndex) {
  const field = (name: keyof FacilityFilter) => form.elements.namedItem({ name: 'q', metal: 'metal', year: 'year', marked: 'marked' }[name]) as HTMLInputElement | HTMLSelectElement | null;
  const readForm = (): FacilityFilter => ({ name: field('name')?.value ?? '', metal: field('metal')?.value ?? '', year: field('year')?.value ?? '', marked: field('marked')?.value ?? '' });
  const idle = 'Type part of a name or choose a metal, a year or the marker.';
  let data: Promise<{ facilities: IndexedFacility[]; years: number[] }> | undefined;
  const load = () =>
    (data ??= fetch(form.dataset.source ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<FacilityIndexFile>) : Promise.reject(new Error(String(response.status)))))
      .then((file) => ({ facilities: decodeFacilityIndex(file), years: file.years })));

  const render = (matches: IndexedFacility[], years: number[], shown: number) => {
    const table = document.createElement('table');
    table.createCaption().textContent = `Facilities matching the filter${matches.length > shown ? ` (first ${shown} of ${matches.length})` : ''}`;
    const head = table.createTHead().insertRow();
    for (const title of ['Facility', 'Metal', 'Listed in', 'Marked in']) {
      const cell = document.createElement('th');
      cell.scope = 'col';
      cell.textContent = title;
      head.append(cell);
    }
    const body = table.createTBody();
    for (const facility of matches.slice(0, shown)) {
      const row = body.insertRow();
      const name = document.createElement('th');
      name.scope = 'row';
      const link = document.createElement('a');
      link.href = url(paths.facility(facility.id));
      link.textContent = facility.name;
      name.append(link);
      row.append(name);
      for (const text of [facility.metal, formatYears(facility.years, years), facility.markedYears.length > 0 ? formatYears(facility.markedYears, years) : 'Never']) row.insertCell().textContent = text;
    }
    const scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.append(table);
    results.replaceChildren(scroll);
    if (matches.length > shown) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'more';
      more.textContent = `Show ${Math.min(PAGE_SIZE, matches.length - shown)} more`;
      more.addEventListener('click', () => {
        render(matches, years, shown + PAGE_SIZE);
        results.querySelectorAll('tbody tr')[shown]?.querySelector('a')?.focus();
      });
      results.append(more);
    }
  };

  const apply = async () => {
    const filter = readForm();
    history.replaceState(history.state, '', `${location.pathname}${searchFromFilter(filter)}${location.hash}`);
    if (!isFiltering(filter)) {
      status.textContent = idle;
      results.hidden = true;
      letterIndex.hidden = false;
      return;
    }
    status.textContent = 'Loading the list of facilities…';
    try {
      const { facilities, years } = await load();
      if (searchFromFilter(readForm()) !== searchFromFilter(filter)) return; // a newer filter is on its way
      const matches = filterFacilities(facilities, filter);
      status.textContent = matches.length === 0 ? 'No facility matches this filter. Remove a condition or check the spelling.' : `${matches.length} ${matches.length === 1 ? 'facility matches' : 'facilities match'} the filter.`;
      results.hidden = matches.length === 0;
      letterIndex.hidden = true;
      if (matches.length > 0) render(matches, years, PAGE_SIZE);
    } catch {
      data = undefined;
      status.textContent = 'The list of facilities could not be loaded; use the index by letter below.';
      letterIndex.hidden = false;
    }
  };

  const initial = filterFromSearch(location.search);
  for (const key of ['name', 'metal', 'year', 'marked'] as const) {
    const control = field(key);
    if (control) control.value = initial[key];
  }
  controls.disabled = false;
  status.textContent = idle;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => void apply());
  form.addEventListener('focusin', () => void load().catch(() => undefined), { once: true });
  if (isFiltering(initial)) void apply();
}
