// Search results come from small per-section files (src/lib/presentation/search-sections.ts),
// with Pagefind's word positions: splitting must keep those positions, and excerpts must mark
// exactly the matched words.
import { describe, expect, it } from 'vitest';
import { excerptStart, matchedSections, pageWords, sectionExcerpt, splitIntoSections, type PagefindFragment } from '../src/lib/presentation/search-sections.ts';

const fragment = (content: string, anchors: PagefindFragment['anchors'], meta: PagefindFragment['meta'] = { title: 'Report 2014', kind: 'Report', year: '2014' }): PagefindFragment => ({ url: '/reports/2014/', content, meta, anchors });
const heading = (id: string, text: string, location: number, element = 'h2') => ({ element, id, text, location });
// Words 0–2 lead, 3–6 "Due diligence", 7–9 "Smelters".
const report = fragment('Report 2014 lead. Due diligence measures gold. Smelters listed gold.', [heading('due-diligence', 'Due diligence', 3), heading('smelters', 'Smelters', 7), { element: 'p', id: 'note-1', text: 'a note', location: 8 }]);

describe('splitIntoSections', () => {
  it('cuts the page at headings with an id, keeping Pagefind’s word positions', () => {
    const { outline, texts } = splitIntoSections(report);
    expect(outline).toEqual({ url: '/reports/2014/', title: 'Report 2014', kind: 'Report', year: '2014', sections: [[0, '', ''], [3, 'due-diligence', 'Due diligence'], [7, 'smelters', 'Smelters']] });
    expect(texts).toEqual(['Report 2014 lead.', 'Due diligence measures gold.', 'Smelters listed gold.']);
    // Every word is in exactly one section, at its page position.
    expect(texts.join(' ').split(' ')).toEqual(pageWords(report.content));
  });

  it.each([
    ['a heading at the very start (no lead)', fragment('Title words here', [heading('title', 'Title', 0, 'h1')]), [[0, 'title', 'Title']]],
    ['two headings in a row (the first is empty)', fragment('Lead A B', [heading('a', 'A', 1), heading('b', 'B', 1)]), [[0, '', ''], [1, 'b', 'B']]],
    ['headings without text or id, and other anchors', fragment('Lead x y', [heading('', 'No id', 1), heading('blank', '  ', 1), { element: 'div', id: 'box', text: 'Box', location: 2 }]), [[0, '', '']]],
    ['anchors out of order', fragment('a b c d', [heading('late', 'Late', 3), heading('early', 'Early', 1)]), [[0, '', ''], [1, 'early', 'Early'], [3, 'late', 'Late']]],
  ])('%s', (_case, page, sections) => {
    expect(splitIntoSections(page).outline.sections).toEqual(sections);
  });

  it('counts words as Pagefind does: any whitespace but U+FEFF separates them, and zero-width spaces are not shown', () => {
    expect(pageWords('a\u00a0b\n\tc  d\ufeffe')).toEqual(['a', 'b', 'c', 'd\ufeffe']);
    expect(splitIntoSections(fragment('zero\u200Bwidth word', [])).texts).toEqual(['zerowidth word']);
  });

  it('leaves out kind and year the page does not have, and titles a page without one by its address', () => {
    expect(splitIntoSections(fragment('Words', [], {})).outline).toEqual({ url: '/reports/2014/', title: '/reports/2014/', sections: [[0, '', '']] });
  });
});

describe('matchedSections', () => {
  const { outline } = splitIntoSections(report);
  it.each([
    ['one match', [5], [{ index: 1, positions: [5] }]],
    ['most matches first', [6, 8, 9], [{ index: 2, positions: [8, 9] }, { index: 1, positions: [6] }]],
    ['a tie goes to the earlier section', [9, 0], [{ index: 0, positions: [0] }, { index: 2, positions: [9] }]],
    ['no match', [], []],
  ])('%s', (_case, positions, expected) => {
    expect(matchedSections(outline, positions)).toEqual(expected);
  });
});

describe('excerptStart', () => {
  it.each([
    ['a short section starts at 0', [3], 10, 24, 0],
    ['no match starts at 0', [], 100, 24, 0],
    ['centres a lone match', [50], 100, 10, 45],
    ['keeps the window inside the section', [98], 100, 10, 90],
    ['picks the densest run', [5, 60, 62, 64], 100, 10, 57],
  ])('%s', (_case, matches, words, length, start) => {
    expect(excerptStart(matches, words, length)).toBe(start);
  });
});

describe('sectionExcerpt', () => {
  it('marks exactly the matched words and elides what the window leaves out', () => {
    const text = Array.from({ length: 30 }, (_, at) => `w${at}`).join(' ');
    const parts = sectionExcerpt(text, 100, [110, 112], 6);
    expect(parts).toEqual([{ text: '… w8 w9 ' }, { text: 'w10', marked: true }, { text: ' w11 ' }, { text: 'w12', marked: true }, { text: ' w13 …' }]);
  });

  it('shows a short section whole, and ignores positions outside it', () => {
    expect(sectionExcerpt('Smelters listed gold.', 7, [9, 3, 40], 24)).toEqual([{ text: 'Smelters listed ' }, { text: 'gold.', marked: true }]);
  });

  it('keeps text as text: markup in the page’s words is not turned into elements', () => {
    expect(sectionExcerpt('<b>bold</b> & more', 0, [0], 24)).toEqual([{ text: '<b>bold</b>', marked: true }, { text: ' & more' }]);
  });
});
