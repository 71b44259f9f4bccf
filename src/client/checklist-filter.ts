// The /checklist/ filters: which codes and which topic to show. The filter lives in the address
// (?code=…&code=…&topic=…), so a filtered checklist can be shared and survives a reload. Without
// JavaScript the form stays disabled and every topic and code is shown.
import { checklistFilterFromSearch, searchFromChecklistFilter, showsCode, showsTopic, type ChecklistFilter } from '../lib/presentation/checklist-filter.ts';

const form = document.querySelector<HTMLFormElement>('[data-checklist-filter]');
const controls = form?.querySelector<HTMLFieldSetElement>('[data-filter-controls]');
const status = form?.querySelector<HTMLElement>('[data-filter-status]');

if (form && controls && status) {
  const codeBoxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="code"]'));
  const topicSelect = form.querySelector<HTMLSelectElement>('select[name="topic"]');
  const codes = codeBoxes.map((box) => box.value);
  const topics = Array.from(topicSelect?.options ?? []).map((option) => option.value).filter(Boolean);
  const sections = Array.from(document.querySelectorAll<HTMLElement>('[data-topic]'));

  const readForm = (): ChecklistFilter => ({ codes: codeBoxes.filter((box) => box.checked).map((box) => box.value), topic: topicSelect?.value ?? '' });

  const apply = (filter: ChecklistFilter) => {
    let shown = 0;
    let topicsShown = 0;
    let openings = false;
    for (const section of sections) {
      const everyTopic = section.hasAttribute('data-every-topic');
      section.hidden = !showsTopic(filter, section.dataset.topic ?? '', everyTopic);
      if (section.hidden) continue;
      // The codes' openings are shown with every topic, not counted as one.
      if (everyTopic) openings = true;
      else topicsShown++;
      for (const cell of section.querySelectorAll<HTMLElement>('[data-code]')) {
        cell.hidden = !showsCode(filter, cell.dataset.code ?? '');
        if (!cell.hidden) shown += cell.querySelectorAll('[data-sentence]').length;
      }
    }
    status.textContent = `Showing ${shown} ${shown === 1 ? 'requirement' : 'requirements'} in ${topicsShown} ${topicsShown === 1 ? 'topic' : 'topics'}${openings ? ' and the codes’ openings' : ''}.`;
  };

  const initial = checklistFilterFromSearch(location.search, { codes, topics });
  for (const box of codeBoxes) box.checked = initial.codes.includes(box.value);
  if (topicSelect) topicSelect.value = initial.topic;
  controls.disabled = false;
  apply(initial);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const filter = readForm();
    history.replaceState(history.state, '', `${location.pathname}${searchFromChecklistFilter(filter, codes)}${location.hash}`);
    apply(filter);
  });
}
