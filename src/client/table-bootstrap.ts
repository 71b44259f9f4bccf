// On pages with a [data-table]: loads the table's filters and sorting (data-table.ts) only when
// they may be wanted: the address already holds a table view, the reader touches, tabs into or
// types in the table, or it comes within a screen of view. The controls are on the page from the start (hidden
// by CSS without JavaScript), so nothing moves when the code arrives.
const roots = Array.from(document.querySelectorAll<HTMLElement>('[data-table]'));
if (roots.length > 0) {
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    observer?.disconnect();
    void import('./data-table.ts').then(({ enhanceTables }) => enhanceTables(roots));
  };
  const observer = 'IntersectionObserver' in window ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), { rootMargin: '100% 0px' }) : undefined;
  if (window.location.search || !observer) load();
  else
    for (const root of roots) {
      observer.observe(root);
      for (const type of ['focusin', 'pointerdown', 'input']) root.addEventListener(type, load, { once: true });
    }
}
