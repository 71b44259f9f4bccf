// /compare/: with JavaScript, two year selects replace the buttons (one per pair) that work without
// it, and a shared ?from=&to= link goes straight to its comparison page.
const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
if (form) {
  const pairs = JSON.parse(form.dataset.pairs ?? '{}') as Record<string, string>;
  const target = (a: number, b: number) => pairs[`${Math.min(a, b)}-${Math.max(a, b)}`];
  const query = new URLSearchParams(window.location.search);
  const shared = query.has('from') && query.has('to') ? target(Number(query.get('from')), Number(query.get('to'))) : undefined;
  if (shared) window.location.replace(shared);

  const selects = form.querySelector<HTMLElement>('[data-compare-selects]');
  const buttons = form.querySelector<HTMLElement>('[data-compare-buttons]');
  const message = form.querySelector<HTMLElement>('[data-compare-message]');
  if (selects && buttons) {
    selects.hidden = false;
    buttons.hidden = true;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const from = Number((form.elements.namedItem('from') as HTMLSelectElement).value);
    const to = Number((form.elements.namedItem('to') as HTMLSelectElement).value);
    const href = target(from, to);
    if (href) window.location.assign(href);
    else if (message) message.textContent = 'Choose two different years.';
  });
}
