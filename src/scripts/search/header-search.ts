// The header's search box, enhanced into a combobox with live results. Loaded only once the
// reader focuses the box or presses "/" (see search-bootstrap.ts); Pagefind itself loads then too.
import { hitLabel, loadPagefind, search, type SearchHit } from './pagefind-client.ts';

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
  const render = (query: string, hits: SearchHit[], total: number) => {
    options = hits.map((hit, index) => {
      const option = document.createElement('li');
      option.id = `header-search-option-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.url = hit.url;
      const label = document.createElement('span');
      label.className = 'search-kind';
      label.textContent = hitLabel(hit);
      const title = document.createElement('a');
      title.href = hit.url;
      title.tabIndex = -1;
      title.textContent = hit.title;
      option.append(label, title);
      option.addEventListener('mousedown', (event) => event.preventDefault());
      return option;
    });
    const all = document.createElement('li');
    all.className = 'search-all';
    const link = document.createElement('a');
    link.href = `${form.action}?q=${encodeURIComponent(query)}`;
    link.textContent = total === 0 ? `No results for “${query}”` : `All ${total} results for “${query}”, with filters`;
    all.append(link);
    list.replaceChildren(...options, all);
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
      const { hits, total } = await search(query, {}, 8);
      if (ticket === latest) render(query, hits, total);
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
