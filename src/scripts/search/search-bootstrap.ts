// On every page: a few lines that wait for the reader to reach for search — focusing the header
// box, or pressing "/" — and only then load the search code and Pagefind. Nothing loads before.
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
if (input) {
  const enhance = () => import('./header-search.ts').then(({ enhanceHeaderSearch }) => enhanceHeaderSearch(input));
  input.addEventListener('focus', enhance, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
