// The /search/ page: query and filters come from and go to the URL (/search/?q=…&kind=Policy),
// so a search can be shared. Results come a page at a time ("Show more"), so every one can be
// reached. Arrow keys move between results; Enter follows a result's link.
import { searchResults, type SearchResults } from './pagefind-client.ts';
import { hitLabel, type SearchHit } from './search-hit.ts';
import { base } from './site-files.ts';

// Ten at a time: each result fetches its page's outline and one section (about 1 KB).
const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const filtersDetails = document.querySelector<HTMLDetailsElement>('[data-filters-box]');
const filtersBox = filtersDetails?.querySelector<HTMLElement>('[data-filters]');
const results = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const hint = document.querySelector<HTMLElement>('[data-search-hint]');
const more = document.querySelector<HTMLElement>('[data-search-more]');
const moreButton = more?.querySelector('button');

const shortcut = document.querySelector<HTMLElement>('[data-shortcut]');
const shortcutToggle = shortcut?.querySelector<HTMLButtonElement>('[data-shortcut-toggle]');
if (shortcut && shortcutToggle) {
  const show = () => {
    const on = localStorage.getItem('search-shortcut') !== 'off';
    shortcutToggle.textContent = on ? 'Turn the / shortcut off' : 'Turn the / shortcut on';
  };
  shortcutToggle.addEventListener('click', () => {
    localStorage.setItem('search-shortcut', localStorage.getItem('search-shortcut') === 'off' ? 'on' : 'off');
    show();
  });
  show();
  shortcut.hidden = false;
}

if (form && input && filtersDetails && filtersBox && results && status && hint && more && moreButton) {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';

  const selectedFilters = (): Record<string, string[]> => {
    const selected: Record<string, string[]> = {};
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (selected[box.name] ??= []).push(box.value);
    }
    return selected;
  };

  const resultItem = (hit: SearchHit) => {
    const item = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = hitLabel(hit);
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.append(...hit.excerpt.map((part) => (part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text)));
    item.append(kind, heading, excerpt);
    if (hit.subResults.length > 0) {
      const subs = document.createElement('ul');
      for (const sub of hit.subResults) {
        const subItem = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        subItem.append(subLink);
        subs.append(subItem);
      }
      item.append(subs);
    }
    return item;
  };

  const link = (text: string, href: string) => Object.assign(document.createElement('a'), { textContent: text, href });
  /**
   * Where else to look when the filters leave nothing: the same search without them, and for
   * facilities the smelter index's own filter (its address written by the code that reads it,
   * loaded only now).
   */
  const showHint = async (query: string, filters: Record<string, string[]>) => {
    const { metal = [], year = [], kind = [] } = filters;
    const facilities = metal.length > 0 || kind.includes('Smelter');
    const { searchFromFilter } = await import('../../lib/domain/facility-index.ts');
    const index = searchFromFilter({ name: query, metal: metal.length === 1 ? metal[0]! : '', year: year.length === 1 ? year[0]! : '', marked: '' });
    hint.replaceChildren(
      'Nothing matches with these filters. Try ',
      link('the same search without filters', `${window.location.pathname}?${new URLSearchParams({ q: query })}`),
      ...(facilities ? [', or ', link(`the smelter index’s filter${metal.length === 1 ? ` for ${metal[0]}` : ''}`, `${base}/smelters/${index}`)] : []),
      '.',
    );
    hint.hidden = false;
  };

  let current: { query: string; results: SearchResults } | undefined;
  let latest = 0;
  // A file that did not arrive (the connection dropped) is said, not left as "Searching…".
  const failed = 'Search could not load its results. Check your connection and search again.';
  const showMore = async (ticket: number) => {
    if (!current) return [];
    const from = results.children.length;
    const hits = await current.results.load(from, from + PAGE_SIZE);
    if (ticket !== latest) return [];
    const items = hits.map(resultItem);
    results.append(...items);
    const shown = results.children.length;
    const left = current.results.total - shown;
    more.hidden = left <= 0;
    moreButton.textContent = `Show ${Math.min(left, PAGE_SIZE)} more (${shown} of ${current.results.total} shown)`;
    return items;
  };

  const run = async () => {
    const ticket = ++latest;
    const query = input.value.trim();
    const filters = selectedFilters();
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, values] of Object.entries(filters)) for (const value of values) next.append(name, value);
    history.replaceState(null, '', `${window.location.pathname}${next.size ? `?${next}` : ''}`);
    hint.hidden = true;
    if (!query) {
      current = undefined;
      results.removeAttribute('aria-busy');
      results.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    // Busy from the new query until its first results and count are shown (assistive technology,
    // and anything reading the list, waits rather than reading a half-replaced list).
    results.setAttribute('aria-busy', 'true');
    try {
      const found = await searchResults(query, filters);
      if (ticket !== latest) return;
      current = { query, results: found };
      results.replaceChildren();
      await showMore(ticket);
      if (ticket !== latest) return;
      const { total } = found;
      status.textContent = total === 0 ? `No results for “${query}”.` : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”.`;
      if (total === 0 && Object.keys(filters).length > 0) await showHint(query, filters);
    } catch {
      if (ticket === latest) status.textContent = failed;
    }
    if (ticket === latest) results.removeAttribute('aria-busy');
  };
  moreButton.addEventListener('click', async () => {
    try {
      const [first] = await showMore(latest);
      first?.querySelector('a')?.focus();
    } catch {
      status.textContent = failed;
    }
  });

  // The filters are on the page from the start (src/data/search-facets.ts); tick those of the address.
  const boxes = Array.from(filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  for (const box of boxes) {
    box.checked = params.getAll(box.name).includes(box.value);
    box.addEventListener('change', run);
  }
  // Beside the results on wide screens, open; below them on phones, collapsed unless a filter is set.
  filtersDetails.open = window.matchMedia('(min-width: 62rem)').matches || boxes.some((box) => box.checked);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  const links = () => Array.from(results.querySelectorAll<HTMLAnchorElement>(':scope > li > h2 > a'));
  const move = (event: KeyboardEvent, from: number) => {
    const all = links();
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const next = from + (event.key === 'ArrowDown' ? 1 : -1);
    event.preventDefault();
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };
  input.addEventListener('keydown', (event) => move(event, -1));
  results.addEventListener('keydown', (event) => {
    const index = links().indexOf(event.target as HTMLAnchorElement);
    if (index >= 0) move(event, index);
  });

  status.textContent = input.value.trim() ? 'Searching…' : '';
  void run();
}
