// On every page: a few lines that wait for the reader to reach for search — focusing the header
// box, or pressing "/" — and only then load the search code and Pagefind. Nothing loads before.
// The "/" shortcut can be turned off on the search page (WCAG 2.1.4), remembered in localStorage.
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
if (input) {
  const enhance = () => import('./search/header-search.ts').then(({ enhanceHeaderSearch }) => enhanceHeaderSearch(input));
  input.addEventListener('focus', enhance, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const enabled = localStorage.getItem('search-shortcut') !== 'off';
    if (enabled && event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
