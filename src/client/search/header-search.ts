// The header's search box, enhanced into a combobox with live results. Loaded only once the
// reader focuses the box or presses "/" (see search-bootstrap.ts); Pagefind itself loads then too.
import { loadPagefind, searchTitles } from './pagefind-client.ts';
import { hitLabel, type SearchHit } from './search-hit.ts';

export function enhanceHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.dataset.enhanced) return;
  input.dataset.enhanced = 'true';
  void loadPagefind();

  const list = document.createElement('ul');
  list.id = 'header-search-results';
  list.className = 'search-popup';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  list.hidden = true;
  form.append(list);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let options: HTMLLIElement[] = [];
  let latest = 0;

  const close = () => {
    latest++; // a search still running must not reopen the list
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = options.length === 0 ? -1 : (index + options.length) % options.length;
    const option = options[active];
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };
  const option = (index: number, url: string, title: string, label?: string) => {
    const item = document.createElement('li');
    item.id = `header-search-option-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.dataset.url = url;
    if (label) {
      const kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = label;
      item.append(kind);
    }
    const text = document.createElement('span');
    text.className = 'search-title';
    text.textContent = title;
    item.append(text);
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => window.location.assign(url));
    return item;
  };
  const render = (query: string, hits: SearchHit[], total: number) => {
    const all = option(hits.length, `${form.action}?q=${encodeURIComponent(query)}`, total === 0 ? `No results for “${query}”: open the search page` : `All ${total} results for “${query}”, with filters`);
    all.classList.add('search-all');
    options = [...hits.map((hit, index) => option(index, hit.url, hit.title, hitLabel(hit))), all];
    list.replaceChildren(...options);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = `${total} results`;
    active = -1;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) return close();
    timer = setTimeout(async () => {
      const ticket = ++latest;
      const { hits, total } = await searchTitles(query);
      const stillWanted = ticket === latest && document.activeElement === input && input.value.trim().length >= 2;
      if (stillWanted) render(query, hits, total);
    }, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return;
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      const url = options[active]?.dataset.url;
      if (url) window.location.href = url;
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // The reader may have typed while this module was loading: search for what is already there.
  if (input.value.trim().length >= 2) input.dispatchEvent(new Event('input'));
}
