// The /search/ page: query and filters come from and go to the URL (/search/?q=…&kind=Policy),
// so a search can be shared. Arrow keys move between results; Enter follows a result's link.
import { hitLabel, loadPagefind, search } from './pagefind-client.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const filtersBox = form?.querySelector<HTMLElement>('[data-filters]');
const results = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
document.querySelector<HTMLElement>('[data-search-no-js]')?.setAttribute('hidden', '');

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

const FILTER_LABELS: Record<string, string> = { kind: 'Kind', year: 'Year', metal: 'Metal', issuer: 'Issuer' };

if (form && input && filtersBox && results && status) {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';

  const selectedFilters = (): Record<string, string[]> => {
    const selected: Record<string, string[]> = {};
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (selected[box.name] ??= []).push(box.value);
    }
    return selected;
  };

  const run = async () => {
    const query = input.value.trim();
    const filters = selectedFilters();
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, values] of Object.entries(filters)) for (const value of values) next.append(name, value);
    history.replaceState(null, '', `${window.location.pathname}${next.size ? `?${next}` : ''}`);
    if (!query) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const { hits, total } = await search(query, filters, 50);
    status.textContent = total === 0 ? `No results for “${query}”.` : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > hits.length ? ` (showing the first ${hits.length})` : ''}.`;
    results.replaceChildren(
      ...hits.map((hit) => {
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
        excerpt.innerHTML = hit.excerpt;
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
      }),
    );
  };

  const buildFilters = async () => {
    const pagefind = await loadPagefind();
    const available = await pagefind.filters();
    const chosen = new Map<string, string[]>(Object.keys(FILTER_LABELS).map((name) => [name, params.getAll(name)]));
    const sets = Object.keys(FILTER_LABELS)
      .filter((name) => available[name] && Object.keys(available[name] ?? {}).length > 0)
      .map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FILTER_LABELS[name] ?? name;
        fieldset.append(legend);
        for (const value of Object.keys(available[name] ?? {}).sort()) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = chosen.get(name)?.includes(value) ?? false;
          box.addEventListener('change', run);
          label.append(box, ` ${value}`);
          fieldset.append(label);
        }
        return fieldset;
      });
    filtersBox.replaceChildren(...sets);
    filtersBox.hidden = false;
  };

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

  void buildFilters().then(run);
}
